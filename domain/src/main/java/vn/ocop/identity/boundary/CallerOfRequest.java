package vn.ocop.identity.boundary;

import jakarta.enterprise.context.RequestScoped;

import java.util.function.Supplier;

/**
 * The caller as read once per request: a page asks several boundaries, each of which needs the caller's scope. Kept
 * for the request only, so a change to the account (even one made in the database itself) shows at the next request.
 */
@RequestScoped
public class CallerOfRequest {

    private String username;
    private Caller caller;

    /** The caller of the name, read once per request (an absent account, null, is read again). */
    Caller caller(String name, Supplier<Caller> read) {
        if (caller == null || !name.equals(username)) {
            caller = read.get();
            username = name;
        }
        return caller;
    }

    void forget() {
        caller = null;
        username = null;
    }
}
