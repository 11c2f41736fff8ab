package vn.ocop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import vn.ocop.identity.control.SignInThrottle;

/** The one {@link SignInThrottle} of this server, shared by every sign-in (the control is thread-safe). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SignInLimits {

    private final SignInThrottle throttle = new SignInThrottle();

    public boolean allows(String address, String username) {
        return throttle.allows(address, username, System.nanoTime());
    }

    public boolean failed(String address, String username) {
        return throttle.failed(address, username, System.nanoTime());
    }

    public void succeeded(String address, String username) {
        throttle.succeeded(address, username);
    }
}
