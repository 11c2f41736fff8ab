package vn.ocop.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import vn.ocop.shared.control.BusinessException;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Runs a piece of an in-container test as the district OCOP office would, each call in its own
 * transactions (the boundaries start theirs), so a refused call rolls back only itself. What the
 * work throws comes back as it was thrown: this bean lives in the test WAR, whose container does
 * not know the application's exceptions and would wrap them.
 */
@Stateless
@RunAs("OFFICER")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOfficer {

    /** The value of the work, or what it threw. */
    public record Outcome<T>(T value, Exception thrown) {

        public T get() throws Exception {
            if (thrown != null) {
                throw thrown;
            }
            return value;
        }

        /** The message key of the business rule that refused the work; fails when the work went through or failed otherwise. */
        public String refusal() {
            return assertThrows(BusinessException.class, this::get).messageKey();
        }
    }

    /** Runs the work as the district office; the caller takes the value or the exception with {@code get()}. */
    public <T> Outcome<T> run(Callable<T> work) {
        try {
            return new Outcome<>(work.call(), null);
        } catch (Exception e) {
            return new Outcome<>(null, e);
        }
    }
}
