package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.StarClass;
import vn.ocop.certification.control.StarClass.Recognition;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The star class of a product on a date, from its certificates and the received decisions. */
class StarClassTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 12, 5);
    private static final Recognition DISTRICT_3 = Recognition.certificate("OCOP-273-2019-0001", 3, SIGNED, LocalDate.of(2022, 12, 4), null);

    @Test
    void aCertificateCountsFromItsFirstToItsLastDay() {
        assertEquals(StarClass.UNRATED, StarClass.starsOn(SIGNED.minusDays(1), List.of(DISTRICT_3)));
        assertEquals(3, StarClass.starsOn(SIGNED, List.of(DISTRICT_3)));
        assertEquals(3, StarClass.starsOn(LocalDate.of(2022, 12, 4), List.of(DISTRICT_3)));
        assertEquals(StarClass.UNRATED, StarClass.starsOn(LocalDate.of(2022, 12, 5), List.of(DISTRICT_3)), "expired");
    }

    @Test
    void aRevokedCertificateStopsCountingOnTheDayOfItsRevocation() {
        Recognition revoked = Recognition.certificate("OCOP-273-2019-0002", 4, SIGNED, LocalDate.of(2022, 12, 4), LocalDate.of(2020, 6, 1));
        assertEquals(4, StarClass.starsOn(LocalDate.of(2020, 5, 31), List.of(revoked)));
        assertEquals(StarClass.UNRATED, StarClass.starsOn(LocalDate.of(2020, 6, 1), List.of(revoked)));
    }

    @Test
    void theLatestRecognitionWinsWhicheverLevelGaveIt() {
        Recognition city = Recognition.received(4, LocalDate.of(2020, 10, 1), LocalDate.of(2023, 9, 30));
        List<Recognition> both = List.of(DISTRICT_3, city);
        assertEquals(3, StarClass.starsOn(LocalDate.of(2020, 9, 30), both), "the city's decision not yet signed");
        assertEquals(4, StarClass.starsOn(LocalDate.of(2020, 10, 1), both));
        assertEquals(4, StarClass.starsOn(LocalDate.of(2023, 1, 1), both), "the district's certificate expired, the city's holds");
        assertEquals(StarClass.UNRATED, StarClass.starsOn(LocalDate.of(2023, 10, 1), both));
        assertTrue(StarClass.on(LocalDate.of(2021, 1, 1), both).orElseThrow().certificateNumber() == null,
                "a received class has no district certificate number");
    }

    @Test
    void amongEqualClassesTheDistrictCertificateThatHoldsLongerIsShown() {
        Recognition later = Recognition.certificate("OCOP-273-2021-0005", 3, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 28), null);
        assertEquals("OCOP-273-2021-0005", StarClass.on(LocalDate.of(2021, 6, 1), List.of(DISTRICT_3, later)).orElseThrow()
                .certificateNumber());
    }

    /** Re-evaluation or upgrade: the class in force is the latest recognition's, not the highest ever held. */
    @Test
    void aLaterRecognitionReplacesTheEarlierClassWhetherItRoseOrFell() {
        Recognition fell = Recognition.certificate("OCOP-273-2021-0007", 3, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 28), null);
        Recognition four = Recognition.certificate("OCOP-273-2019-0009", 4, SIGNED, LocalDate.of(2022, 12, 4), null);
        assertEquals(4, StarClass.starsOn(LocalDate.of(2021, 2, 28), List.of(four, fell)), "the day before the re-evaluation");
        assertEquals(3, StarClass.starsOn(LocalDate.of(2021, 3, 1), List.of(four, fell)), "fell: 3★ from its decision's day");
        Recognition rose = Recognition.received(5, LocalDate.of(2022, 1, 10), LocalDate.of(2025, 1, 9));
        assertEquals(5, StarClass.starsOn(LocalDate.of(2022, 1, 10), List.of(four, fell, rose)), "rose: the central level's 5★");
        Recognition sameDay = Recognition.certificate("OCOP-273-2021-0008", 4, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 28), null);
        assertEquals(4, StarClass.starsOn(LocalDate.of(2021, 3, 1), List.of(fell, sameDay)), "the same day: the higher class");
    }

    /** A district certificate (148/QĐ-TTg: the district recognises 3★) followed by the City's decision received. */
    @Test
    void aCityDecisionReceivedAfterADistrictCertificateGivesTheClassEvenWhenLower() {
        Recognition district = Recognition.certificate("OCOP-273-2023-0004", 4, LocalDate.of(2023, 6, 1), LocalDate.of(2026, 5, 31), null);
        Recognition city = Recognition.received(3, LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28));
        assertEquals(4, StarClass.starsOn(LocalDate.of(2024, 2, 29), List.of(district, city)));
        assertEquals(3, StarClass.starsOn(LocalDate.of(2024, 3, 1), List.of(district, city)), "the later, not the higher");
    }

    /** Our rule: a recognition replaced by a later one does not come back when the later one is revoked. */
    @Test
    void aRevokedLatestRecognitionLeavesTheProductWithoutAClass() {
        Recognition earlier = Recognition.certificate("OCOP-273-2021-0002", 4, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 28), null);
        Recognition revoked = Recognition.certificate("OCOP-273-2022-0001", 5, LocalDate.of(2022, 5, 2), LocalDate.of(2025, 5, 1),
                LocalDate.of(2023, 1, 9));
        assertEquals(5, StarClass.starsOn(LocalDate.of(2023, 1, 8), List.of(earlier, revoked)));
        assertEquals(StarClass.UNRATED, StarClass.starsOn(LocalDate.of(2023, 1, 9), List.of(earlier, revoked)),
                "the earlier 4★ was superseded and stays so");
        Recognition again = Recognition.certificate("OCOP-273-2024-0003", 3, LocalDate.of(2024, 6, 3), LocalDate.of(2027, 6, 2), null);
        assertEquals(3, StarClass.starsOn(LocalDate.of(2024, 6, 3), List.of(earlier, revoked, again)), "recognised again");
    }

    @Test
    void aRecognitionSignedAfterTheDayDoesNotCountYet() {
        Recognition later = Recognition.certificate("OCOP-273-2021-0003", 3, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 28), null);
        assertEquals(3, StarClass.starsOn(LocalDate.of(2021, 2, 28), List.of(DISTRICT_3, later)));
        assertEquals(StarClass.UNRATED, StarClass.starsOn(LocalDate.of(2019, 12, 4), List.of(DISTRICT_3, later)));
    }
}
