/**
 * What is truly cross-cutting: the audit trail, the clock, text normalisation, the one
 * business-exception tree and the database migrations. Owns no business noun; every capability
 * may depend on it and it depends on none of them.
 */
package vn.ocop.shared;
