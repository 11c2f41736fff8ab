/**
 * Rating: the criteria catalogue — criteria sets (1048/QĐ-TTg of 2019, 148/QĐ-TTg of 2023) as
 * versioned data with their scoring sheets per product set, the transcription as imported and the
 * documented corrections that make a sheet whole, the validation that decides whether a sheet can
 * be used for scoring, and the regimes (which level evaluates, recognises and forwards which star
 * classes, by date, with local practice as data) — and the evaluation rounds: the products of a
 * round, its council and advisory group (members taken from the user accounts), the members'
 * declarations of conflict of interest and their score sheets. Results (means, star classes,
 * gates, spread, conclusions, quorum) will follow here.
 * Depends on {@code vn.ocop.shared}, {@code vn.ocop.geography}, the accounts of
 * {@code vn.ocop.identity} and the products and product sets of {@code vn.ocop.registration};
 * neither registration nor identity depends on rating. Never on certification or training.
 */
package vn.ocop.rating;
