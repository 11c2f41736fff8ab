package vn.ocop.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import vn.ocop.identity.boundary.LoginResult;
import vn.ocop.identity.boundary.Logins;
import vn.ocop.shared.web.ClientAddress;

import java.util.Set;

/** Users and roles come from the database, through the {@link Logins} boundary (throttle, audit). */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    Logins logins;

    @Inject
    LoginAttempt attempt;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = logins.verify(login.getCaller(), login.getPassword().getValue(), ClientAddress.of(request),
                attempt.isInteractive());
        if (!result.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempt.setStamp(result.stamp());
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
    }
}
