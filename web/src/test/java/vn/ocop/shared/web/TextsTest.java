package vn.ocop.shared.web;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.DossierChecklist;
import vn.ocop.registration.entity.DossierItem;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A message's arguments as people read them: values of enumerations by their labels, in the page's language. */
class TextsTest {

    @Test
    void theDossierSubmissionNamesWhatIsMissingInEachLanguage() {
        List<Object> gaps = List.of(DossierItem.SELF_ASSESSMENT, DossierChecklist.Samples.MISSING);
        assertEquals("Chưa thể nộp hồ sơ đánh giá: còn thiếu Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí; các mẫu sản phẩm.",
                Texts.get(Locale.forLanguageTag("vi"), "registration.dossier.incomplete", gaps));
        assertEquals("The dossier cannot be submitted yet: missing Self-assessment against the criteria; the product samples.",
                Texts.get(Locale.ENGLISH, "registration.dossier.incomplete", gaps));
    }

    @Test
    void otherArgumentsStayAsTheyAre() {
        assertEquals("Kết quả sơ loại của xã: 3 đạt, 0 trả lại", Texts.get(Locale.forLanguageTag("vi"), "home.wait.prescreened", 3, 0));
    }
}
