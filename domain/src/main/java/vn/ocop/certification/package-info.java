/**
 * Certification (148/QĐ-TTg; Decree 30/2020/NĐ-CP for the documents' form): the People's Committee's decisions recognising the products of a
 * concluded evaluation round (drafted from the round, previewed, approved by a leader, issued with a gap-free
 * number per issuing body and year and frozen with their PDF and its SHA-256), the OCOP certificates of the
 * products recognised (36 months from signing, a URL-safe number, a QR code of the public verification page),
 * the daily marking of certificates expiring and expired, expiry notices, the register of inspections after
 * recognition (with their follow-up), revocation by a decision with its grounds (an inspection that proposed it among
 * them), decisions of higher levels recorded as received, and the public verification. The rule of a product's class on
 * a day, from its certificates and the received decisions ({@link vn.ocop.certification.control.StarClass}), is its own:
 * the dashboard and the statistics read it.
 *
 * <p>Reads the rating capability (concluded rounds and their frozen results) and the registration capability
 * (products, producers); renders through {@code vn.ocop.reports}. Only what stands above it depends on it (planning,
 * statistics, the web layer and the demonstration data). It must never change a round, a result or a product.
 */
package vn.ocop.certification;
