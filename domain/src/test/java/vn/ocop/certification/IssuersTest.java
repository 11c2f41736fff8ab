package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.Issuers;
import vn.ocop.geography.TestBodies;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.rating.entity.EvaluationLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which body drafts the recognition decision of a round: by the round's level, regime and last day. */
class IssuersTest {

    private static final List<IssuingBody> BODIES = List.of(TestBodies.haNoi(), TestBodies.danPhuong(), TestBodies.oDien());

    private static Optional<String> issuer(EvaluationLevel level, String regime, LocalDate lastDay, String deployed) {
        return Issuers.recognising(BODIES, level, regime, lastDay, deployed).map(IssuingBody::getCode);
    }

    @Test
    void aDistrictRoundIsRecognisedByTheFormerDistrictWhateverBodyTheServerRunsFor() {
        assertEquals(Optional.of("273"), issuer(EvaluationLevel.DISTRICT, "148", LocalDate.of(2024, 10, 15), "01"));
        assertEquals(Optional.of("273"), issuer(EvaluationLevel.DISTRICT, "1048", LocalDate.of(2019, 11, 15), "01"));
    }

    @Test
    void aCityRoundIsRecognisedByTheCity() {
        assertEquals(Optional.of("01"), issuer(EvaluationLevel.PROVINCE, "148-1489", LocalDate.of(2026, 10, 15), "01"));
        assertEquals(Optional.of("01"), issuer(EvaluationLevel.PROVINCE, "148", LocalDate.of(2024, 10, 15), "273"));
    }

    @Test
    void noBodyRecognisesADistrictRoundAfterTheDistrictsOrACommuneRoundOrACentralOne() {
        assertTrue(issuer(EvaluationLevel.DISTRICT, "148-1489", LocalDate.of(2025, 8, 1), "01").isEmpty());
        assertTrue(issuer(EvaluationLevel.DISTRICT, "148", LocalDate.of(2025, 7, 5), "01").isEmpty(), "no district on 05/07/2025");
        assertTrue(issuer(EvaluationLevel.COMMUNE, "148-1489", LocalDate.of(2026, 10, 15), "09898").isEmpty(), "communes pre-screen");
        assertTrue(issuer(EvaluationLevel.CENTRAL, "148-1489", LocalDate.of(2026, 10, 15), "01").isEmpty());
    }
}
