/**
 * Statistics of the programme for the People's Committee: per year or period, the products by group, by
 * commune and by star class, the producers by legal form, the certificates and the training; the same as a page, a
 * PDF report, an Excel workbook and JSON; and the flat export of every product and certificate for the province's
 * and the national systems (CSV and JSON). Reads registration, certification, training and geography; owns no table
 * and changes nothing. Never depends on the web tier; the reports module only through its document records.
 *
 * <p>Definitions (a period runs from its first to its last day, both included; a year is 1 January to 31 December;
 * "the period's end" is its last day, or today while the period runs: states are never foretold):
 * <ul>
 * <li><b>Product in the period</b>: registered by the period's end, i.e. its first move in the OCOP cycle
 * ({@code product_transition}) happened on or before the last day; counted under its producer's commune (today's
 * commune of the producer) and its product set's group ({@code product_set.group_name}).</li>
 * <li><b>Star class of a product on a date</b> ({@link vn.ocop.certification.control.StarClass}): the class in force, that
 * of its latest recognition by that date when it still holds: its district certificates that confer a class (not those
 * of a recognition at district level, such as Đan Phượng's 2019 practice, whose class is the council's proposal to the
 * City) valid on that date ({@code valid_from} ≤ date ≤ {@code valid_until}) and not revoked on or before it, and the
 * products of received decisions of the City or the central level signed by that date and valid until at least that
 * date. A later recognition replaces the earlier class whether it rose or fell, and a replaced one does not return
 * when the later is revoked; none: "not rated" (chưa xếp hạng). The statistics take the class on the period's last
 * day; the export takes today's.</li>
 * <li><b>Certificates</b> (the district's own; those of higher levels are not the district's certificates): issued in
 * the period = their decision was signed in it; the state at the period's end of every certificate issued by then,
 * by {@link vn.ocop.certification.control.Validity}: revoked (revoked on or before the last day), superseded (replaced
 * by a later recognition by then), expired, expiring (30 days or less left) or valid.</li>
 * <li><b>Producers</b>: active producers (today's status: registration keeps no history of it) whose registration
 * date, when recorded, is on or before the period's end; their legal form on that day (today's form, or the former
 * form of the first recorded change after that day); "with a product": with a product registered by the period's
 * end.</li>
 * <li><b>Training</b>: the courses held in the period (their last day in it) and the people who completed them, by the
 * course's audience; the coverage per audience is that of {@link vn.ocop.training.boundary.TrainingCoverage} for the
 * year of the period's end (required people of today, trained by the end of that year).</li>
 * </ul>
 * A commune officer gets their own commune only: products and producers of the commune, certificates issued for it,
 * completions by its people (and the courses they completed), its coverage.
 */
package vn.ocop.statistics;
