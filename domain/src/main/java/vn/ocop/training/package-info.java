/**
 * Training (the plan's coverage targets): courses with their sessions, the people enrolled (managers of
 * producers, the programme staff of the district and the communes, council members), attendance,
 * the completion rule of a course, numbered completion certificates verifiable in public, and the
 * coverage of the plan's targets per year, audience and commune. Depends on {@code vn.ocop.shared},
 * {@code vn.ocop.geography}, {@code vn.ocop.identity} and {@code vn.ocop.registration} (whose
 * producers' managers are people to train); never on rating or certification.
 *
 * <p>Who is required to be trained (the denominator of the coverage), as the portal applies it (docs/rules.md, "Training"):
 * <ul>
 * <li>producers' managers: every manager of an active producer that takes part in the programme,
 * i.e. has at least one product registered in the OCOP cycle;</li>
 * <li>district staff: every enabled user of the district OCOP office (role OFFICER);</li>
 * <li>commune staff: every enabled commune officer (role COMMUNE), counted in their commune;</li>
 * <li>council and advisory members: every enabled council account (role COUNCIL).</li>
 * </ul>
 * The people required are those of today (registration keeps no history of managers), so a past
 * year's figure is today's people against the courses completed by the end of that year. A person
 * counts as trained once they completed a course of their audience; the district and commune staff
 * share their courses (a mixed class of programme staff counts for both).
 */
package vn.ocop.training;
