package vn.ocop.training;

import org.junit.jupiter.api.Test;
import vn.ocop.training.control.CertificateNumbers;
import vn.ocop.training.control.CoverageRules;
import vn.ocop.training.control.CoverageRules.Completion;
import vn.ocop.training.control.CoverageRules.Line;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.Audience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coverage per year, audience and commune: trained / required, the target, the untrained by name. */
class CoverageRulesTest {

    private static final long TAN_HOI = 21;
    private static final long PHUNG = 10;
    private static final long DISTRICT = 2;

    private static Trainee manager(long id, String name, long commune, String communeName) {
        return new Trainee(Trainee.managerKey(id), name, Audience.PRODUCER_MANAGER, commune, communeName, 100 + id,
                "HTX " + id, "01000000" + id, null, null);
    }

    private static Trainee staff(long id, String name, Audience audience, long unit, String unitName) {
        return new Trainee(Trainee.userKey(id), name, audience, unit, unitName, null, null, null, "u" + id, null);
    }

    private static final List<Trainee> REQUIRED = List.of(
            manager(1, "Nguyễn Văn An", TAN_HOI, "Xã Tân Hội"),
            manager(2, "Trần Thị Bình", TAN_HOI, "Xã Tân Hội"),
            manager(3, "Lê Văn Cường", TAN_HOI, "Xã Tân Hội"),
            manager(4, "Đỗ Thị Dung", PHUNG, "Thị trấn Phùng"),
            staff(5, "Phạm Hương", Audience.DISTRICT_STAFF, DISTRICT, "Huyện Đan Phượng"),
            staff(6, "Vũ Minh", Audience.COMMUNE_STAFF, PHUNG, "Thị trấn Phùng"));

    private static final List<Completion> COMPLETIONS = List.of(
            new Completion("M1", Audience.PRODUCER_MANAGER, LocalDate.of(2019, 6, 26)),
            new Completion("M2", Audience.PRODUCER_MANAGER, LocalDate.of(2020, 8, 14)),
            // a staff course does not train a manager
            new Completion("M3", Audience.DISTRICT_STAFF, LocalDate.of(2019, 5, 10)),
            // a commune officer trained in a district staff course counts
            new Completion("U6", Audience.DISTRICT_STAFF, LocalDate.of(2019, 5, 10)));

    private static Line line(List<Line> lines, int year, Audience audience, Long unit) {
        return lines.stream().filter(l -> l.year() == year && l.audience() == audience && java.util.Objects.equals(l.unitId(), unit))
                .findFirst().orElseThrow();
    }

    @Test
    void aYearCountsTheCoursesCompletedByItsEnd() {
        List<Line> lines = CoverageRules.lines(REQUIRED, COMPLETIONS, List.of(2019, 2020), Map.of());
        Line tanHoi2019 = line(lines, 2019, Audience.PRODUCER_MANAGER, TAN_HOI);
        assertEquals(3, tanHoi2019.required());
        assertEquals(1, tanHoi2019.trained());
        assertEquals(new BigDecimal("33.3"), tanHoi2019.percent());
        assertEquals(List.of("Lê Văn Cường", "Trần Thị Bình"), tanHoi2019.untrained(), "by name, diacritics aside");
        Line tanHoi2020 = line(lines, 2020, Audience.PRODUCER_MANAGER, TAN_HOI);
        assertEquals(2, tanHoi2020.trained());
        assertEquals(new BigDecimal("66.7"), tanHoi2020.percent());
        assertEquals(List.of("Lê Văn Cường"), tanHoi2020.untrained());
        assertEquals(0, line(lines, 2020, Audience.PRODUCER_MANAGER, PHUNG).trained());
        assertEquals(1, line(lines, 2019, Audience.COMMUNE_STAFF, PHUNG).trained());
        assertEquals(0, line(lines, 2019, Audience.DISTRICT_STAFF, DISTRICT).trained());
    }

    @Test
    void theTargetIs100PercentUnlessThePlanSaysOtherwise() {
        List<Line> lines = CoverageRules.lines(REQUIRED, COMPLETIONS, List.of(2019, 2020),
                Map.of(CoverageRules.targetKey(2019, Audience.PRODUCER_MANAGER), 30));
        Line tanHoi2019 = line(lines, 2019, Audience.PRODUCER_MANAGER, TAN_HOI);
        assertEquals(30, tanHoi2019.target());
        assertTrue(tanHoi2019.targetMet(), "33.3 % of a 30 % target");
        assertEquals(100, line(lines, 2020, Audience.PRODUCER_MANAGER, TAN_HOI).target());
        assertFalse(line(lines, 2020, Audience.PRODUCER_MANAGER, TAN_HOI).targetMet());
    }

    @Test
    void totalsAddTheCommunesOfAnAudience() {
        List<Line> totals = CoverageRules.totals(CoverageRules.lines(REQUIRED, COMPLETIONS, List.of(2020), Map.of()));
        Line managers = totals.stream().filter(l -> l.audience() == Audience.PRODUCER_MANAGER).findFirst().orElseThrow();
        assertNull(managers.unitId());
        assertEquals(4, managers.required());
        assertEquals(2, managers.trained());
        assertEquals(new BigDecimal("50.0"), managers.percent());
        assertEquals(List.of(Audience.DISTRICT_STAFF, Audience.COMMUNE_STAFF, Audience.PRODUCER_MANAGER),
                totals.stream().map(Line::audience).toList());
    }

    @Test
    void thePeopleToTrainAreTheUntrainedOfTheYear() {
        List<Trainee> next = CoverageRules.untrained(REQUIRED, COMPLETIONS, 2020);
        assertEquals(List.of("U5", "M4", "M3"), next.stream().map(Trainee::key).toList(),
                "by audience, commune and name");
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("66.7"), CoverageRules.percent(2, 3));
        assertEquals(new BigDecimal("100.0"), CoverageRules.percent(0, 0));
        assertEquals(new BigDecimal("12.5"), CoverageRules.percent(1, 8));
        assertEquals(new BigDecimal("99.9"), CoverageRules.percent(2000, 2001), "99.95 is shown 99.9: 100 % means everybody");
        assertEquals(new BigDecimal("100.0"), CoverageRules.percent(2001, 2001));
    }

    @Test
    void aTargetIsMetByTheExactShareNotTheRoundedOne() {
        assertFalse(line(2000, 2001, 100).targetMet(), "2,000 of 2,001 is 99.95 %, short of 100 %");
        assertTrue(line(2001, 2001, 100).targetMet());
        assertTrue(line(0, 0, 100).targetMet(), "nobody required");
        assertFalse(line(1599, 1999, 80).targetMet(), "79.99 % is short of 80 % though shown 80.0");
        assertEquals(new BigDecimal("80.0"), line(1599, 1999, 80).percent());
        assertTrue(line(1600, 2000, 80).targetMet(), "exactly 80 %");
        assertTrue(line(1600, 1999, 80).targetMet(), "80.04 %");
        List<CoverageRules.Line> totals = CoverageRules.totals(List.of(line(1000, 1000, 100), line(1000, 1001, 100)));
        assertFalse(totals.get(0).targetMet(), "the district's total, 2,000 of 2,001, compared exactly too");
        assertEquals(new BigDecimal("99.9"), totals.get(0).percent());
    }

    private static CoverageRules.Line line(int trained, int required, int target) {
        return new CoverageRules.Line(2020, Audience.PRODUCER_MANAGER, null, null, required, trained,
                CoverageRules.percent(trained, required), target, List.of());
    }

    @Test
    void certificateNumbersAreUrlSafeRunPerYearAndCannotBeGuessed() {
        String first = CertificateNumbers.format(2026, 1);
        assertTrue(first.matches("DT-2026-0001-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}"), first);
        java.util.Set<String> checks = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            checks.add(CertificateNumbers.format(2026, 1).substring(13));
        }
        assertTrue(checks.size() > 1, "the check is random: " + checks);
        assertEquals(first, CertificateNumbers.canonical(" " + first.toLowerCase(java.util.Locale.ROOT) + " "));
        assertEquals("DT-2020-0123", CertificateNumbers.canonical(" dt-2020-0123 "), "numbers printed before the check still verify");
        assertNull(CertificateNumbers.canonical("DT-2026-0001-O0I1"), "no look-alike characters");
        assertNull(CertificateNumbers.canonical("DT-2020-1;DROP"));
        assertNull(CertificateNumbers.canonical(null));
    }
}
