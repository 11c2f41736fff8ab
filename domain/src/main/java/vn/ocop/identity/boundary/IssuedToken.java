package vn.ocop.identity.boundary;

/** A token just created: the one time its secret is shown. */
public record IssuedToken(TokenView token, String secret) {
}
