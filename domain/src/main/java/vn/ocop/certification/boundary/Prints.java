package vn.ocop.certification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.control.VerificationAddress;
import vn.ocop.certification.control.Wording;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.DecisionKind;
import vn.ocop.certification.entity.DecisionProduct;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.certification.entity.ProductSnapshot;
import vn.ocop.geography.entity.IssuerLines;
import vn.ocop.reports.CertificateDocument;
import vn.ocop.reports.DecisionDocument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The documents of the certification capability as the reports module prints them, from the entities. */
@ApplicationScoped
public class Prints {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    /**
     * A decision as it prints: a draft (no number, no date, "DỰ THẢO") or, at issue, with its number and signing date.
     */
    public DecisionDocument decision(Decision d, String number, LocalDate signedOn) {
        IssuerLines body = d.getIssuer();
        DecisionText text = d.text();
        boolean draft = number == null;
        List<String> bases = new ArrayList<>(DecisionText.lines(text.legalBases()));
        bases.add(text.proposer());
        List<DecisionDocument.Article> articles = List.of(new DecisionDocument.Article("Điều 1.", text.article1()),
                new DecisionDocument.Article("Điều 2.", text.article2()), new DecisionDocument.Article("Điều 3.", text.article3()));
        String numberLine = "Số: " + (draft ? "\u00a0".repeat(8) + "/" + Numbers.DECISION_SYMBOL : number);
        String tie = "(Kèm theo Quyết định số " + (draft ? "\u2026\u2026/" + Numbers.DECISION_SYMBOL : number) + " ngày "
                + (draft ? "\u2026\u2026/\u2026\u2026/" + d.getProgrammeYear() : SHORT.format(signedOn)) + " của " + body.shortName() + ")";
        String level = d.confersClass() ? "" : " CẤP " + body.area().toUpperCase(new Locale("vi"));
        DecisionDocument.Annex annex = d.getKind() == DecisionKind.RECOGNITION
                ? new DecisionDocument.Annex("DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT SẢN PHẨM OCOP" + level + " NĂM " + d.getProgrammeYear(),
                        tie, byClass(d.getProducts(), d.confersClass()))
                : new DecisionDocument.Annex("DANH SÁCH SẢN PHẨM BỊ THU HỒI GIẤY CHỨNG NHẬN SẢN PHẨM OCOP" + level, tie,
                        List.of(new DecisionDocument.Group(null, rows(d.getProducts(), 1, d.confersClass()))));
        return new DecisionDocument(body.headerLine1(), body.headerLine2(), numberLine, body.place(), draft ? null : signedOn, draft,
                "QUYẾT ĐỊNH", List.of(text.summary()), body.authority(), bases, articles, DecisionText.lines(text.recipients()),
                text.signingMode().lines(), text.signerName(), annex);
    }

    /** The annex's groups: the classes from the highest, the rows numbered across the groups; for a recognition at the
     * body's own level the classes are headed and shown as proposals. */
    static List<DecisionDocument.Group> byClass(List<DecisionProduct> products, boolean confersClass) {
        Map<Integer, List<DecisionProduct>> classes = new TreeMap<>(Comparator.reverseOrder());
        products.forEach(p -> classes.computeIfAbsent(p.getStars(), s -> new ArrayList<>()).add(p));
        List<DecisionDocument.Group> groups = new ArrayList<>();
        int no = 1;
        int index = 1;
        for (Map.Entry<Integer, List<DecisionProduct>> entry : classes.entrySet()) {
            String heading = confersClass ? Wording.classHeading(index++, entry.getKey())
                    : Wording.proposedHeading(index++, entry.getKey());
            groups.add(new DecisionDocument.Group(heading, rows(entry.getValue(), no, confersClass)));
            no += entry.getValue().size();
        }
        return groups;
    }

    private static List<DecisionDocument.Row> rows(List<DecisionProduct> products, int first, boolean confersClass) {
        List<DecisionDocument.Row> rows = new ArrayList<>();
        int no = first;
        for (DecisionProduct p : products) {
            ProductSnapshot printed = p.getSnapshot();
            rows.add(new DecisionDocument.Row(no++, printed.getProductName(), printed.getProducerName(), printed.getAddress(), p.getProductSet(),
                    Wording.score(p.getScore()), confersClass ? p.getStars() + " sao" : "Đề nghị " + p.getStars() + " sao", p.getNote()));
        }
        return rows;
    }

    /** A numbered certificate of an issued decision, from what the certificate keeps of its product. */
    public CertificateDocument certificate(Certificate c) {
        Decision d = c.getDecision();
        IssuerLines body = d.getIssuer();
        return new CertificateDocument(body.authority(), d.getProgrammeYear(), c.getSnapshot().getProductName(), c.getSnapshot().getProducerName(),
                c.getSnapshot().getAddress(), c.getStars(), c.getNumber(), d.getNumber(), d.getSignedOn(), c.getValidUntil(), body.place(),
                d.text().signingMode().lines(), d.text().signerName(), VerificationAddress.of(c.getNumber()),
                d.confersClass() ? null : "cấp " + body.area());
    }

    /** A certificate of an issued decision. */
    public CertificateDocument certificate(Decision d, String number, DecisionProduct p, LocalDate validUntil) {
        IssuerLines body = d.getIssuer();
        return new CertificateDocument(body.authority(), d.getProgrammeYear(), p.getSnapshot().getProductName(), p.getSnapshot().getProducerName(),
                p.getSnapshot().getAddress(), p.getStars(), number, d.getNumber(), d.getSignedOn(), validUntil, body.place(),
                d.text().signingMode().lines(), d.text().signerName(), VerificationAddress.of(number),
                d.confersClass() ? null : "cấp " + body.area());
    }

    /**
     * The written notice to the producer that their certificate expires, sent by {@code body} (the body
     * that recognised it, or the one that speaks for it once it no longer exists).
     */
    public DecisionDocument expiryNotice(Certificate c, IssuerLines body, String commune, LocalDate date) {
        Decision decision = c.getDecision();
        IssuerLines recognisedBy = decision.getIssuer();
        String until = SHORT.format(c.getValidUntil());
        List<DecisionDocument.Article> paragraphs = List.of(
                new DecisionDocument.Article(null, "Kính gửi: " + c.getSnapshot().getProducerName() + "."),
                new DecisionDocument.Article(null, body.shortName() + " thông báo: Giấy chứng nhận sản phẩm OCOP số " + c.getNumber()
                        + " cấp cho sản phẩm \u201c" + c.getSnapshot().getProductName() + "\u201d (" + (c.confersClass() ? "hạng " + c.getStars() + " sao"
                                : "sản phẩm OCOP cấp " + recognisedBy.area()) + ") theo Quyết định số "
                        + decision.getNumber() + " ngày " + SHORT.format(decision.getSignedOn()) + " của " + recognisedBy.shortName()
                        + " có giá trị đến hết ngày " + until + "."),
                new DecisionDocument.Article(null, "Để tiếp tục sử dụng Giấy chứng nhận, biểu trưng OCOP và hạng sao trên bao bì,"
                        + " nhãn sản phẩm, đề nghị chủ thể lập hồ sơ đề nghị đánh giá lại sản phẩm gửi " + body.shortName() + " trước ngày "
                        + until + ". Hồ sơ gồm phiếu đăng ký và báo cáo về sản phẩm theo Bộ tiêu chí, cập nhật những thay đổi trong"
                        + " 36 tháng kể từ khi được công nhận (nguồn nguyên liệu, thị trường, công bố chất lượng…)."),
                new DecisionDocument.Article(null, "Quá thời hạn trên, Giấy chứng nhận hết hiệu lực; chủ thể không được tiếp tục"
                        + " sử dụng biểu trưng OCOP và hạng sao của sản phẩm./."));
        List<String> recipients = new ArrayList<>(List.of("Như trên;"));
        if (commune != null) {
            recipients.add("UBND " + commune + ";");
        }
        recipients.add("Lưu: VT, KT.");
        return new DecisionDocument(body.headerLine1(), body.headerLine2(), null, body.place(), date, false, "THÔNG BÁO",
                List.of("Về việc Giấy chứng nhận sản phẩm OCOP sắp hết hiệu lực"), null, List.of(), paragraphs, recipients,
                decision.text().signingMode().lines(), null, null);
    }
}
