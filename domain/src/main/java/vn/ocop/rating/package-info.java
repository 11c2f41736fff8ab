/**
 * Rating: the criteria catalogue — criteria sets (1048/QĐ-TTg of 2019, 148/QĐ-TTg of 2023) as
 * versioned data with their scoring sheets per product set, the transcription as imported and the
 * documented corrections that make a sheet whole, the validation that decides whether a sheet can
 * be used for scoring, and the regimes (which level evaluates, recognises and forwards which star
 * classes, by date, with local practice as data) — and the evaluation rounds: the products of a
 * round, its council and advisory group (members taken from the user accounts), the members'
 * declarations of conflict of interest and their score sheets; the results (means, star classes,
 * gates, spread, conclusions, quorum) and the minutes.
 *
 * <p>Sealed scoring ({@code EvaluationRound#resultVisibleTo}, {@code #minutesVisibleTo},
 * {@code #requireUnseen}). A council member who scores sees a product's result — mean, parts, class,
 * the members beyond the spread, the others' sheets — only once the chair opened the results and
 * their own sheet for that product is submitted (or they declared a conflict on it); the minutes,
 * which print every product, only once that holds for all the products of the round. The office,
 * leaders, administrators and the secretary (who does not score) see everything once opened.
 * The chair may open the results while members still draft, rather than waiting for every sheet:
 * an absent or slow member must not hold up the session (the quorum decides, at the conclusion,
 * whether enough members took part), and the per-product seal already keeps a drafting member
 * from seeing what their sheet could be adjusted to. Once a member may have seen a product's
 * result, their sheet and declaration for it never change again: no save, no submission, no
 * conflict that would withdraw it, and no re-score at the chair's request ("rating.sheet.locked").
 * So the chair's re-score is possible only before the opening; after it, a sheet still a draft
 * belongs to a member who has not seen that product's result.
 * Depends on {@code vn.ocop.shared}, {@code vn.ocop.geography}, the accounts of
 * {@code vn.ocop.identity} and the products and product sets of {@code vn.ocop.registration};
 * neither registration nor identity depends on rating. Never on certification or training.
 */
package vn.ocop.rating;
