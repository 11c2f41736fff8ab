package vn.ocop.certification.control;

import vn.ocop.certification.entity.DecisionTemplate;
import vn.ocop.geography.entity.IssuerLines;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.certification.entity.SigningMode;
import vn.ocop.registration.entity.RegistrationType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Vietnamese wording a decision starts from (the recognition decision's usual form: articles 1–3, the 36 months of validity, the unit
 * in charge) and the words of the annex. Official documents are always in Vietnamese, so these are no interface
 * texts; the office edits the wording of each draft before a leader approves it.
 */
public final class Wording {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private Wording() {
    }

    /**
     * A recognition decision of a round's products.
     *
     * @param classes how many products per star class
     */
    public static DecisionText recognition(DecisionTemplate template, IssuerLines body, int year, int producers,
                                           SortedMap<Integer, Long> classes) {
        long products = classes.values().stream().mapToLong(Long::longValue).sum();
        String perClass = new TreeMap<>(classes).descendingMap().entrySet().stream()
                .map(e -> e.getValue() + " sản phẩm " + e.getKey() + " sao").collect(Collectors.joining(", "));
        return new DecisionText(
                "Về việc công nhận kết quả đánh giá, phân hạng và cấp Giấy chứng nhận sản phẩm OCOP " + body.shortName()
                        + " năm " + year,
                template.getLegalBases(), template.getProposer(),
                "Công nhận " + products + " sản phẩm của " + producers + " chủ thể trên địa bàn " + body.area() + " đạt sản phẩm OCOP năm "
                        + year + " (" + perClass + "), có danh sách kèm theo.",
                "Các chủ thể có sản phẩm được công nhận tại Điều 1 được sử dụng Giấy chứng nhận, biểu trưng OCOP và hạng sao"
                        + " đạt được trên bao bì, nhãn sản phẩm theo quy định. Kết quả đánh giá, phân hạng và Giấy chứng nhận"
                        + " sản phẩm OCOP có giá trị 36 tháng (03 năm) kể từ ngày ký Quyết định này. Giao " + template.getUnitInCharge()
                        + " công bố kết quả, trao Giấy chứng nhận cho các chủ thể; kiểm tra định kỳ hoặc đột xuất việc duy trì"
                        + " chất lượng sản phẩm và xử lý vi phạm theo quy định.",
                article3(template, body), template.getRecipients(), SigningMode.DEPUTY, null);
    }

    /**
     * A recognition at the body's own level (Đan Phượng's 2019 practice): the products are recognised as OCOP products
     * of the body's level, and the class its council found is only its proposal to {@code next}, which evaluates and
     * recognises the class; the decision confers no class.
     *
     * @param next    the body the products are proposed to, e.g. "UBND Thành phố Hà Nội"
     * @param classes how many products per class the council found
     */
    public static DecisionText localRecognition(DecisionTemplate template, IssuerLines body, int year, int producers,
                                                SortedMap<Integer, Long> classes, String next) {
        long products = classes.values().stream().mapToLong(Long::longValue).sum();
        String perClass = new TreeMap<>(classes).descendingMap().entrySet().stream()
                .map(e -> e.getValue() + " sản phẩm " + e.getKey() + " sao").collect(Collectors.joining(", "));
        String level = "cấp " + body.area();
        return new DecisionText(
                "Về việc công nhận sản phẩm OCOP " + level + " năm " + year + " và đề nghị " + next + " đánh giá, phân hạng",
                template.getLegalBases(), template.getProposer(),
                "Công nhận " + products + " sản phẩm của " + producers + " chủ thể trên địa bàn " + body.area()
                        + " đạt sản phẩm OCOP " + level + " năm " + year + ", có danh sách kèm theo. Hạng sao ghi trong danh sách"
                        + " là kết quả đánh giá của Hội đồng đánh giá, phân hạng sản phẩm OCOP " + level + " (" + perClass
                        + "), là đề xuất của " + level + " để " + next + " đánh giá, công nhận hạng sao; Quyết định này không"
                        + " công nhận hạng sao cho sản phẩm.",
                "Các chủ thể có sản phẩm tại Điều 1 được sử dụng Giấy chứng nhận sản phẩm OCOP " + level + " theo quy định;"
                        + " hạng sao chỉ được ghi trên bao bì, nhãn sản phẩm khi đã được cấp có thẩm quyền công nhận."
                        + " Giấy chứng nhận có giá trị 36 tháng (03 năm) kể từ ngày ký Quyết định này. Giao " + template.getUnitInCharge()
                        + " hoàn thiện hồ sơ các sản phẩm tại Điều 1 đề nghị " + next + " đánh giá, phân hạng; công bố kết quả,"
                        + " trao Giấy chứng nhận cho các chủ thể; kiểm tra định kỳ hoặc đột xuất việc duy trì chất lượng sản phẩm.",
                article3(template, body), template.getRecipients(), SigningMode.DEPUTY, null);
    }

    /**
     * A revocation by {@code body} of certificates of a recognition decision issued by {@code recognisedBy} (the same
     * body, or the one whose powers it took over), for its grounds.
     */
    public static DecisionText revocation(DecisionTemplate template, IssuerLines body, IssuerLines recognisedBy, String recognitionNumber,
                                          LocalDate recognitionSigned, String recognitionSummary, int certificates,
                                          String grounds) {
        String recognition = "Quyết định số " + recognitionNumber + " ngày " + SHORT.format(recognitionSigned) + " của "
                + recognisedBy.shortName();
        return new DecisionText("Về việc thu hồi Giấy chứng nhận sản phẩm OCOP",
                template.getLegalBases() + "\nCăn cứ " + recognition + " " + lowerFirst(recognitionSummary) + ";",
                template.getProposer(),
                "Thu hồi " + certificates + " Giấy chứng nhận sản phẩm OCOP đã cấp theo " + recognition
                        + " (có danh sách kèm theo). Lý do: " + grounds.strip() + (grounds.strip().endsWith(".") ? "" : "."),
                "Kể từ ngày Quyết định này có hiệu lực, các chủ thể có sản phẩm tại Điều 1 không được sử dụng Giấy chứng nhận,"
                        + " biểu trưng OCOP và hạng sao trên bao bì, nhãn sản phẩm. Giao " + template.getUnitInCharge()
                        + " thông báo cho các chủ thể và thu hồi Giấy chứng nhận đã cấp.",
                article3(template, body), template.getRecipients(), SigningMode.DEPUTY, null);
    }

    /** The wording of a revocation with the inspection's minutes added to its legal bases ("Căn cứ biên bản kiểm tra …;"). */
    public static DecisionText citing(DecisionText text, String inspection) {
        return new DecisionText(text.summary(), text.legalBases() + "\nCăn cứ " + inspection + ";", text.proposer(), text.article1(),
                text.article2(), text.article3(), text.recipients(), text.signingMode(), text.signerName());
    }

    /** Who carries the decision out: a district's office and communes, or the City's office and its unit in charge. */
    private static String article3(DecisionTemplate template, IssuerLines body) {
        String offices = "huyện".equals(body.area())
                ? "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Kinh tế, Chủ tịch UBND các xã, thị trấn"
                : "Chánh Văn phòng UBND " + body.area() + ", Thủ trưởng " + template.getUnitInCharge() + ", Chủ tịch UBND các xã, phường";
        return offices + ", các chủ thể có sản phẩm tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành"
                + " Quyết định này. Quyết định có hiệu lực kể từ ngày ký./.";
    }

    /** The note of an annex row: why the product was evaluated. */
    public static String note(RegistrationType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case FIRST_TIME -> "Lần đầu";
            case UPGRADE -> "Nâng hạng";
            case RE_EVALUATION -> "Đánh giá lại";
        };
    }

    /** The heading of an annex group of a recognition at the body's own level: the class proposed, not conferred. */
    public static String proposedHeading(int index, int stars) {
        return roman(index) + ". SẢN PHẨM ĐỀ NGHỊ CÔNG NHẬN " + stars + " SAO";
    }

    /** The heading of an annex group, e.g. "I. SẢN PHẨM ĐẠT 4 SAO". */
    public static String classHeading(int index, int stars) {
        return roman(index) + ". SẢN PHẨM ĐẠT " + stars + " SAO";
    }

    static String roman(int number) {
        Map<Integer, String> numerals = Map.of(1, "I", 2, "II", 3, "III", 4, "IV", 5, "V");
        return numerals.getOrDefault(number, Integer.toString(number));
    }

    /** A score as printed: two decimals with a decimal comma, e.g. "72,43". */
    public static String score(java.math.BigDecimal score) {
        return score == null ? "" : score.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
