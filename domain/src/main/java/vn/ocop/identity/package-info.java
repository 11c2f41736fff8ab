/**
 * Users, their role, the administrative unit they work for (commune officers see their commune),
 * passwords (PBKDF2) and the lockout after repeated failures. Depends on {@code vn.ocop.shared}
 * and {@code vn.ocop.geography}; the other capabilities ask it who the caller is.
 */
package vn.ocop.identity;
