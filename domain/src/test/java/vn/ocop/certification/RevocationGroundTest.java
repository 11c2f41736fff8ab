package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.entity.RevocationGround;
import vn.ocop.shared.control.BusinessException;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.ocop.certification.entity.RevocationGround.FOOD_SAFETY;
import static vn.ocop.certification.entity.RevocationGround.OTHER;
import static vn.ocop.certification.entity.RevocationGround.PROCESS_NOT_FOLLOWED;
import static vn.ocop.certification.entity.RevocationGround.PRODUCTION_STOPPED;

/** The grounds of a revocation: chosen from the list (at least one), the explanation required only with "other". */
class RevocationGroundTest {

    @Test
    void theReasonPrintsTheGroundsInTheListsOrderThenTheExplanation() {
        assertEquals("Không tuân thủ quy trình sản xuất đã công bố; vi phạm quy định về an toàn thực phẩm. Kết quả kiểm tra"
                        + " đột xuất ngày 12/03/2024.",
                RevocationGround.reason(List.of(FOOD_SAFETY, PROCESS_NOT_FOLLOWED), " Kết quả kiểm tra đột xuất ngày 12/03/2024 "));
        assertEquals("Chủ thể ngừng sản xuất sản phẩm.", RevocationGround.reason(List.of(PRODUCTION_STOPPED), null),
                "the explanation is optional");
        assertEquals("Chủ thể ngừng sản xuất sản phẩm.", RevocationGround.reason(List.of(PRODUCTION_STOPPED, PRODUCTION_STOPPED), ""),
                "a ground chosen twice counts once");
        assertEquals("Cơ sở giải thể.", RevocationGround.reason(List.of(OTHER), "cơ sở giải thể"), "other: the explanation alone");
        assertEquals("PROCESS_NOT_FOLLOWED,FOOD_SAFETY,OTHER", RevocationGround.codes(List.of(OTHER, FOOD_SAFETY, PROCESS_NOT_FOLLOWED)));
        assertEquals(List.of(PROCESS_NOT_FOLLOWED, FOOD_SAFETY), RevocationGround.parse("PROCESS_NOT_FOLLOWED,FOOD_SAFETY"));
        assertEquals(List.of(), RevocationGround.parse(null), "a revocation drafted before the list");
    }

    @Test
    void noGroundOrOtherWithoutExplanationIsRefusedOnItsField() {
        for (List<RevocationGround> none : Arrays.asList(null, List.<RevocationGround>of(), Arrays.asList((RevocationGround) null))) {
            BusinessException e = assertThrows(BusinessException.class, () -> RevocationGround.reason(none, "vì sao"));
            assertEquals(RevocationGround.NONE_CHOSEN, e.messageKey());
            assertEquals("groundCodes", e.field());
        }
        BusinessException other = assertThrows(BusinessException.class, () -> RevocationGround.reason(List.of(OTHER, FOOD_SAFETY), "  "));
        assertEquals(RevocationGround.OTHER_UNEXPLAINED, other.messageKey());
        assertEquals("grounds", other.field());
    }
}
