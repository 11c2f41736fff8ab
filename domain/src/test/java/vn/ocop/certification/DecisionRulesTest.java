package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.Wording;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.DecisionStatus;
import vn.ocop.certification.entity.DecisionTemplate;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.shared.entity.IssuedFile;
import vn.ocop.certification.entity.SigningMode;
import vn.ocop.geography.TestBodies;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.shared.control.BusinessException;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decision's life: drafted, edited, approved (with a signer), issued once, never changed afterwards. */
class DecisionRulesTest {

    private static final LocalDateTime AT = LocalDateTime.of(2019, 12, 1, 9, 0);
    private static final DecisionTemplate TEMPLATE = new DecisionTemplate("1048", "Căn cứ Luật Tổ chức chính quyền địa phương;",
            "Theo đề nghị của Trưởng phòng Kinh tế huyện.", "Phòng Kinh tế huyện", "Như Điều 3;\nLưu: VT, KT.");

    private static DecisionText wording(String signer) {
        TreeMap<Integer, Long> classes = new TreeMap<>();
        classes.put(3, 5L);
        classes.put(4, 2L);
        DecisionText text = Wording.recognition(TEMPLATE, TestBodies.danPhuong().lines(), 2019, 6, classes);
        return new DecisionText(text.summary(), text.legalBases(), text.proposer(), text.article1(), text.article2(),
                text.article3(), text.recipients(), SigningMode.DEPUTY, signer);
    }

    private static Decision draft(String signer) throws Exception {
        return Decision.recognition(round(), TestBodies.danPhuong(), wording(signer), AT, "officer");
    }

    private static EvaluationRound round() throws Exception {
        var constructor = EvaluationRound.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        EvaluationRound round = constructor.newInstance();
        Field year = EvaluationRound.class.getDeclaredField("year");
        year.setAccessible(true);
        year.setInt(round, 2019);
        return round;
    }

    @Test
    void defaultWordingSaysWhatTheDecisionRecognisesAndForHowLong() {
        DecisionText text = wording(null);
        assertEquals("Về việc công nhận kết quả đánh giá, phân hạng và cấp Giấy chứng nhận sản phẩm OCOP UBND huyện Đan Phượng năm 2019",
                text.summary());
        assertTrue(text.article1().startsWith("Công nhận 7 sản phẩm của 6 chủ thể"), text.article1());
        assertTrue(text.article1().contains("2 sản phẩm 4 sao, 5 sản phẩm 3 sao"), text.article1());
        assertTrue(text.article2().contains("36 tháng (03 năm) kể từ ngày ký"), text.article2());
        assertTrue(text.article3().endsWith("kể từ ngày ký./."), text.article3());
        assertEquals(SigningMode.DEPUTY, text.signingMode());
        assertEquals("TM. ỦY BAN NHÂN DÂN", SigningMode.DEPUTY.lines().get(0));
        assertEquals("KT. CHỦ TỊCH", SigningMode.DEPUTY.lines().get(1));
        assertEquals("PHÓ CHỦ TỊCH", SigningMode.DEPUTY.lines().get(2));
    }

    @Test
    void aDraftWithoutProductsOrSignerIsNotApproved() throws Exception {
        Decision decision = draft(null);
        BusinessException none = assertThrows(BusinessException.class, () -> decision.approve(AT, "leader"));
        assertEquals("certification.decision.noProducts", none.messageKey());
    }

    @Test
    void onlyAnApprovedDecisionIsIssuedAndThenItIsFrozen() throws Exception {
        Decision decision = draft("Nguyễn Văn Thắng");
        assertThrows(BusinessException.class, () -> decision.issue(1, LocalDate.of(2019, 12, 5), AT, "officer"),
                "a draft is not issued");
        Field status = Decision.class.getDeclaredField("status");
        status.setAccessible(true);
        status.set(decision, DecisionStatus.APPROVED);
        decision.issue(123, LocalDate.of(2019, 12, 5), AT, "officer");
        assertEquals("123/QĐ-UBND", decision.getNumber());
        assertEquals(2019, decision.getNumberYear());
        assertEquals(DecisionStatus.ISSUED, decision.getStatus());
        assertTrue(decision.awaitsPrint(), "printed just after the issuing transaction, not in it");
        BusinessException frozen = assertThrows(BusinessException.class, () -> decision.edit(wording("Người khác")));
        assertEquals("certification.decision.frozen", frozen.messageKey());
        assertThrows(BusinessException.class, decision::reopen);
        assertThrows(BusinessException.class, () -> decision.issue(124, LocalDate.of(2019, 12, 6), AT, "officer"), "issued once");
    }

    @Test
    void theLeaderSendsADecisionBackWithAReasonThatTheOfficeSeesUntilItIsApproved() throws Exception {
        Decision decision = draft("Nguyễn Văn Thắng");
        BusinessException noReason = assertThrows(BusinessException.class, () -> decision.sendBack("  ", AT, "leader"));
        assertEquals("certification.decision.reasonRequired", noReason.messageKey());
        decision.sendBack(" Sửa Điều 2: thời hạn 36 tháng ", AT, "leader");
        assertEquals(DecisionStatus.DRAFT, decision.getStatus());
        assertEquals("Sửa Điều 2: thời hạn 36 tháng", decision.getTrail().getSentBackReason());
        assertEquals("leader", decision.getTrail().getSentBackBy());
        Field status = Decision.class.getDeclaredField("status");
        status.setAccessible(true);
        status.set(decision, DecisionStatus.APPROVED);
        decision.sendBack("Thiếu nơi nhận", AT.plusHours(1), "leader");
        assertEquals(DecisionStatus.DRAFT, decision.getStatus(), "an approved decision sent back is a draft again");
        assertEquals(null, decision.getTrail().getApprovedBy());
        assertEquals("Thiếu nơi nhận", decision.getTrail().getSentBackReason());
        status.set(decision, DecisionStatus.APPROVED);
        decision.issue(7, LocalDate.of(2019, 12, 5), AT, "officer");
        assertEquals("certification.decision.frozen",
                assertThrows(BusinessException.class, () -> decision.sendBack("Muộn", AT, "leader")).messageKey());
    }

    @Test
    void anIssuedFileWhoseBytesChangedIsNeverServed() throws Exception {
        IssuedFile file = IssuedFile.pdf("%PDF-1.5 quyết định".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("%PDF-1.5 quyết định".getBytes(StandardCharsets.UTF_8), file.verifiedContent());
        Field content = IssuedFile.class.getDeclaredField("content");
        content.setAccessible(true);
        byte[] altered = "%PDF-1.5 quyết định".getBytes(StandardCharsets.UTF_8);
        altered[9] = 'Q';
        content.set(file, altered);
        assertEquals("certification.file.altered", assertThrows(BusinessException.class, file::verifiedContent).messageKey());
    }

    @Test
    void wordingIsRequiredAndNormalised() throws Exception {
        Decision decision = draft(null);
        DecisionText text = decision.text();
        BusinessException blank = assertThrows(BusinessException.class, () -> decision.edit(new DecisionText(" ", text.legalBases(),
                text.proposer(), text.article1(), text.article2(), text.article3(), text.recipients(), SigningMode.CHAIR, null)));
        assertEquals("summary", blank.field());
        BusinessException several = assertThrows(BusinessException.class, () -> decision.edit(new DecisionText(" ", "\n \n",
                text.proposer(), "", text.article2(), text.article3(), text.recipients(), null, "Đ".repeat(101))));
        assertEquals(List.of("summary error.required", "legalBases error.required", "article1 error.required",
                "signingMode error.required", "signerName error.tooLong"),
                several.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList(), "every problem at once");
        assertEquals(text.summary(), decision.text().summary(), "nothing taken");
        decision.edit(new DecisionText(text.summary(), text.legalBases(), text.proposer(), text.article1(), text.article2(),
                text.article3(), text.recipients(), SigningMode.CHAIR, "  Nguyễn Văn Thắng "));
        assertEquals("Nguyễn Văn Thắng", decision.text().signerName());
        assertEquals(SigningMode.CHAIR, decision.text().signingMode());
        assertNull(decision.getNumber());
    }

    @Test
    void legalBasesAndRecipientsKeepOneEntryPerLine() throws Exception {
        Decision decision = draft(null);
        DecisionText text = decision.text();
        decision.edit(new DecisionText(text.summary(), "  Căn cứ Luật A;\r\n\n  Căn cứ   Quyết định B; ", text.proposer(),
                text.article1(), text.article2(), text.article3(), "Như Điều 3;\nLưu: VT, KT.\n\n", SigningMode.DEPUTY, null));
        assertEquals("Căn cứ Luật A;\nCăn cứ Quyết định B;", decision.text().legalBases());
        assertEquals(java.util.List.of("Như Điều 3;", "Lưu: VT, KT."), DecisionText.lines(decision.text().recipients()));
        assertEquals(2, DecisionText.lines(TEMPLATE.getRecipients()).size(), "the template too");
        BusinessException blank = assertThrows(BusinessException.class, () -> decision.edit(new DecisionText(text.summary(),
                " \n ", text.proposer(), text.article1(), text.article2(), text.article3(), text.recipients(), SigningMode.DEPUTY,
                null)));
        assertEquals("legalBases", blank.field());
    }

    @Test
    void annexWordsAndScores() {
        assertEquals("I. SẢN PHẨM ĐẠT 4 SAO", Wording.classHeading(1, 4));
        assertEquals("II. SẢN PHẨM ĐẠT 3 SAO", Wording.classHeading(2, 3));
        assertEquals("72,43", Wording.score(new java.math.BigDecimal("72.43")));
        assertEquals("61,10", Wording.score(new java.math.BigDecimal("61.1")));
        assertEquals("Đánh giá lại", Wording.note(vn.ocop.registration.entity.RegistrationType.RE_EVALUATION));
    }
}
