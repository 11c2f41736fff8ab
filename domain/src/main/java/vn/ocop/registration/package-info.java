/**
 * Producers (chủ thể OCOP: enterprises, cooperatives, cooperative groups, registered household
 * businesses), their managers and legal-form history, their products and each product's path
 * through the OCOP cycle up to a dossier submitted for evaluation. Depends on
 * {@code vn.ocop.shared} and {@code vn.ocop.geography}; never on rating, certification or training.
 */
package vn.ocop.registration;
