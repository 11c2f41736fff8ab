/**
 * Rating: the criteria catalogue — criteria sets (1048/QĐ-TTg of 2019, 148/QĐ-TTg of 2023) as
 * versioned data with their scoring sheets per product set, the transcription as imported and the
 * documented corrections that make a sheet whole, the validation that decides whether a sheet can
 * be used for scoring, and the regimes (which level evaluates, recognises and forwards which star
 * classes, by date, with local practice as data). Rounds, councils and scores will follow here.
 * Depends on {@code vn.ocop.shared}, {@code vn.ocop.geography} and the product sets of
 * {@code vn.ocop.registration}; registration never depends on rating. Never on certification or
 * training.
 */
package vn.ocop.rating;
