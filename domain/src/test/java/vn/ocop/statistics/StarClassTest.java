package vn.ocop.statistics;

import org.junit.jupiter.api.Test;
import vn.ocop.statistics.control.StarClass;
import vn.ocop.statistics.control.StarClass.Recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
    void theHighestClassThatHoldsWinsWhicheverLevelGaveIt() {
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

    @Test
    void theSourcesHighestClassesMergePerProduct() {
        assertEquals(Map.of(1L, 4, 2L, 3, 3L, 5), StarClass.highest(Map.of(1L, 3, 2L, 3), Map.of(1L, 4, 3L, 5)));
    }
}
