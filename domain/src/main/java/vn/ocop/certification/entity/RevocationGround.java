package vn.ocop.certification.entity;

import vn.ocop.shared.control.BusinessException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a certificate is revoked: the grounds seen in revocation decisions (Hà Tĩnh, 3763/QĐ-UBND of 18/11/2021, revoking
 * five products) and OTHER, which needs the office's explanation. Each has the words the decision prints (official
 * documents are in Vietnamese); the screens label them from the bundles ({@code RevocationGround.<name>}).
 */
public enum RevocationGround {
    PROCESS_NOT_FOLLOWED("không tuân thủ quy trình sản xuất đã công bố"),
    FOOD_SAFETY("vi phạm quy định về an toàn thực phẩm"),
    RAW_MATERIAL_SUPPLIERS("cơ sở cung cấp nguyên liệu không bảo đảm điều kiện an toàn thực phẩm"),
    QUALITY_OR_DESIGN_CHANGED("sản phẩm không còn đáp ứng chất lượng, mẫu mã như khi được công nhận"),
    PRODUCTION_STOPPED("chủ thể ngừng sản xuất sản phẩm"),
    RECORDS_MISSING("không lưu giữ hồ sơ chất lượng, truy xuất nguồn gốc sản phẩm"),
    /** The findings of an inspection after recognition that proposed the revocation; the decision cites the inspection. */
    INSPECTION_FINDINGS("kết quả kiểm tra sau công nhận không đáp ứng yêu cầu"),
    OTHER(null);

    /** Arguments: none. */
    public static final String NONE_CHOSEN = "certification.revocation.noGround";
    /** Arguments: none. */
    public static final String OTHER_UNEXPLAINED = "certification.revocation.otherUnexplained";
    /** Arguments: none. */
    public static final String INSPECTION_MISSING = "certification.revocation.inspectionMissing";

    private final String printed;

    RevocationGround(String printed) {
        this.printed = printed;
    }

    /**
     * The reason as the decision prints it: the grounds chosen, in this list's order, then the explanation (required
     * with OTHER, else optional), e.g. "Không tuân thủ quy trình sản xuất đã công bố; vi phạm quy định về an toàn thực
     * phẩm. Kết quả kiểm tra đột xuất ngày …".
     */
    public static String reason(Collection<RevocationGround> grounds, String explanation) {
        return reason(grounds, explanation, null);
    }

    /**
     * The reason as printed, the inspection's ground citing the inspection (e.g. "kết quả kiểm tra sau công nhận không
     * đáp ứng yêu cầu (biên bản kiểm tra đột xuất ngày 12/03/2025 của …)"); that ground needs the citation, and a
     * citation needs that ground.
     */
    public static String reason(Collection<RevocationGround> grounds, String explanation, String inspection) {
        Set<RevocationGround> chosen = chosen(grounds);
        if (chosen.contains(INSPECTION_FINDINGS) != (inspection != null)) {
            throw BusinessException.onField("groundCodes", INSPECTION_MISSING);
        }
        String more = explanation == null ? "" : explanation.strip();
        if (chosen.contains(OTHER) && more.isEmpty()) {
            throw BusinessException.onField("grounds", OTHER_UNEXPLAINED);
        }
        String listed = chosen.stream().filter(g -> g != OTHER)
                .map(g -> g == INSPECTION_FINDINGS ? g.printed + " (" + inspection + ")" : g.printed).collect(Collectors.joining("; "));
        String text = listed.isEmpty() ? more : more.isEmpty() ? listed + "." : listed + ". " + more;
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** The codes as stored, comma-separated in this list's order. */
    public static String codes(Collection<RevocationGround> grounds) {
        return chosen(grounds).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<RevocationGround> chosen(Collection<RevocationGround> grounds) {
        java.util.List<RevocationGround> given = grounds == null ? java.util.List.of()
                : grounds.stream().filter(java.util.Objects::nonNull).toList();
        if (given.isEmpty()) {
            throw BusinessException.onField("groundCodes", NONE_CHOSEN);
        }
        return EnumSet.copyOf(given);
    }

    /** The codes stored, back as grounds; empty for none. */
    public static java.util.List<RevocationGround> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(codes.split(",")).map(RevocationGround::valueOf).toList();
    }
}
