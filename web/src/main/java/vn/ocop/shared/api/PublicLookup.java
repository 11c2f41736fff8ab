package vn.ocop.shared.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.ocop.shared.web.ClientAddress;
import vn.ocop.shared.web.VerificationLimit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the public look-ups by number share (no sign-in): 429 when one address asks too often ({@link VerificationLimit},
 * the same limit for every look-up), 404 for an unknown number, and an answer that is never cached.
 */
public abstract class PublicLookup {

    @Inject
    VerificationLimit limit;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    /** The record found, as the contract answers it; the look-up runs only when the address may ask once more. */
    protected Response lookUp(Supplier<Optional<?>> lookup) {
        if (!limit.allow(ClientAddress.of(request))) {
            return ApiErrors.tooManyLookups(limit.retryAfterSeconds(), headers);
        }
        Object found = lookup.get().orElseThrow(NotFoundException::new);
        return Response.ok(found).header("Cache-Control", "no-store").build();
    }
}
