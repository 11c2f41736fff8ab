/**
 * Producers (chủ thể OCOP: enterprises, cooperatives, cooperative groups, registered household
 * businesses), their managers and legal-form history, their products and each product's path
 * through the OCOP cycle up to a dossier submitted for evaluation, and the commune's pre-screen of
 * that dossier under 148/QĐ-TTg as amended by 1489/QĐ-TTg ({@code Prescreens}: it passes the dossier
 * on or returns it to preparation). Depends on {@code vn.ocop.shared} and {@code vn.ocop.geography};
 * never on rating, certification or training (the pre-screen reads the dates of the regimes from
 * their reference table, {@code rating_regime}, not through the rating code; a recognised product's registration
 * again for a re-evaluation or an upgrade reads its certificate in force from {@code cert_certificate} the same way).
 * A product keeps its dossiers: each re-registration opens the next one, carrying over the documents still valid.
 */
package vn.ocop.registration;
