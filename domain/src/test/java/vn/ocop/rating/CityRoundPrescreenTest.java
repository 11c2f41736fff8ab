package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.entity.CommunePrescreen;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rating.RoundFixtures.PROCESSED;
import static vn.ocop.rating.RoundFixtures.T;

/**
 * Under 148/QĐ-TTg as amended by 1489/QĐ-TTg the commune pre-screens for the City: a City round admits a product only
 * when its latest pre-screen passed, for the dossier as submitted; the former district's rounds (148) take products
 * without any pre-screen, as before.
 */
class CityRoundPrescreenTest {

    private static final LocalDate SCREENED = LocalDate.of(2026, 9, 20);

    private static EvaluationRound cityRound() {
        return new EvaluationRound(EvaluationLevel.PROVINCE, 2026, RoundFixtures.regime1489(), "Đợt Thành phố 2026", null,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15));
    }

    private static BusinessException refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(BusinessException.class, call);
    }

    @Test
    void theCityRoundOfThe1489RegimeNeedsThePrescreenTheDistrictRoundOf148DoesNot() {
        assertTrue(cityRound().needsPrescreen());
        assertFalse(RoundFixtures.round().needsPrescreen(), "the former district's rounds keep their rules");
        assertFalse(new EvaluationRound(EvaluationLevel.PROVINCE, 2024, RoundFixtures.regime148(), "Đợt Thành phố 2024", null,
                RoundFixtures.STARTS, RoundFixtures.ENDS).needsPrescreen(), "under 148 the district evaluated before the City");
    }

    @Test
    void aProductWhoseCurrentDossierPassedThePrescreenEnters() {
        EvaluationRound round = cityRound();
        Product jam = RoundFixtures.submitted("Mứt sen Ô Diên", PROCESSED);
        round.add(jam, RoundFixtures.usableSheet(PROCESSED), new CommunePrescreen(true, true, SCREENED, null), T);
        assertEquals(1, round.getProducts().size());
    }

    @Test
    void aProductNeverPrescreenedIsRefusedAndSoIsTheThreeArgumentAdd() {
        EvaluationRound round = cityRound();
        Product jam = RoundFixtures.submitted("Mứt sen Ô Diên", PROCESSED);
        BusinessException missing = refused(() -> round.add(jam, RoundFixtures.usableSheet(PROCESSED), CommunePrescreen.NONE, T));
        assertEquals("rating.round.prescreenMissing", missing.messageKey());
        assertArrayEquals(new Object[] {"Mứt sen Ô Diên"}, missing.arguments());
        assertEquals("rating.round.prescreenMissing", refused(() -> round.add(jam, RoundFixtures.usableSheet(PROCESSED), T))
                .messageKey(), "without a pre-screen given, none");
        assertEquals("rating.round.prescreenMissing", refused(() -> round.add(jam, RoundFixtures.usableSheet(PROCESSED), null, T))
                .messageKey());
        assertTrue(round.getProducts().isEmpty());
    }

    @Test
    void aPassOfAnEarlierSubmissionDoesNotCountForTheDossierSubmittedAgain() {
        EvaluationRound round = cityRound();
        Product jam = RoundFixtures.submitted("Mứt sen Ô Diên", PROCESSED);
        assertEquals("rating.round.prescreenMissing", refused(() -> round.add(jam, RoundFixtures.usableSheet(PROCESSED),
                new CommunePrescreen(true, false, SCREENED, null), T)).messageKey());
        assertEquals("rating.round.prescreenMissing", refused(() -> round.add(jam, RoundFixtures.usableSheet(PROCESSED),
                new CommunePrescreen(false, false, SCREENED, "Thiếu xác nhận"), T)).messageKey(),
                "returned, then submitted again: waiting for the commune's new pre-screen");
    }

    @Test
    void aReturnedDossierIsRefusedWithTheCommunesReasons() {
        EvaluationRound round = cityRound();
        Product returned = RoundFixtures.idea("Bánh tẻ Liên Minh", PROCESSED);
        BusinessException refusal = refused(() -> round.add(returned, RoundFixtures.usableSheet(PROCESSED),
                new CommunePrescreen(false, false, SCREENED, "Chưa có xác nhận lao động địa phương"), T));
        assertEquals("rating.round.prescreenReturned", refusal.messageKey());
        assertArrayEquals(new Object[] {"Bánh tẻ Liên Minh", "Chưa có xác nhận lao động địa phương"}, refusal.arguments());
        assertEquals("rating.round.prescreenMissing", refused(() -> round.add(RoundFixtures.submitted("Giò chả", PROCESSED),
                RoundFixtures.usableSheet(PROCESSED), new CommunePrescreen(false, true, SCREENED, "Thiếu hồ sơ"), T)).messageKey());
    }

    @Test
    void theDistrictRoundOf148TakesProductsWithoutAnyPrescreenAsBefore() {
        EvaluationRound district = RoundFixtures.round();
        district.add(RoundFixtures.submitted("Mứt sen Tân Hội", PROCESSED), RoundFixtures.usableSheet(PROCESSED),
                CommunePrescreen.NONE, T);
        district.add(RoundFixtures.submitted("Tương ớt Thọ An", PROCESSED), RoundFixtures.usableSheet(PROCESSED), T);
        assertEquals(2, district.getProducts().size());
    }

    @Test
    void aCityRoundWithProductsUnder148CannotMoveIntoThePeriodOfThePrescreen() {
        EvaluationRound city2025 = new EvaluationRound(EvaluationLevel.PROVINCE, 2025, RoundFixtures.regime148(), "Đợt Thành phố",
                null, LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 25));
        city2025.add(RoundFixtures.submitted("Mứt sen Tân Hội", PROCESSED), RoundFixtures.usableSheet(PROCESSED), T);
        assertEquals("rating.round.prescreenRegime", refused(() -> city2025.describe(2025, "Đợt Thành phố", null,
                LocalDate.of(2025, 7, 10), LocalDate.of(2025, 7, 15), RoundFixtures.regime1489())).messageKey());
        assertFalse(city2025.needsPrescreen());
    }
}
