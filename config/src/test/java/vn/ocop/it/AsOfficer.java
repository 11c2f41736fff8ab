package vn.ocop.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs a piece of an in-container test as the district OCOP office would, each call in its own
 * transactions (the boundaries start theirs), so a refused call rolls back only itself.
 */
@Stateless
@RunAs("OFFICER")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOfficer {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
