package vn.ocop.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of a council session (biên bản họp Hội đồng đánh giá, phân hạng sản phẩm OCOP,
 * 148/QĐ-TTg): the council and the decision that established it, time and place, the members
 * present and absent and the quorum, the results per product, the members whose totals stray beyond
 * the spread, the conclusions grouped, the signatures of the chair and the secretary. Numbers come as
 * the caller formats them ("72,50"); a {@code null} string prints as nothing (names at the signatures
 * as a dotted line).
 *
 * @param issuingBodyLine1 the parent body, e.g. "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG"; null for none
 * @param issuingBodyLine2 the council, e.g. "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP"
 * @param place            the place of the date line, e.g. "Đan Phượng"
 * @param date             the date of the minutes
 * @param meeting          what the session is, e.g. "Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2024"
 * @param round            the round's title
 * @param legalBases       the "Căn cứ …" lines, without their final punctuation
 * @param startsOn         the round's first day
 * @param endsOn           its last day
 * @param venue            where the council met; null when not recorded
 * @param criteriaSet      the criteria set scored on, e.g. "148/QĐ-TTg"
 * @param members          the council, in the order of the decision
 * @param quorum           the quorum as it stands
 * @param maxSpread        the spread beyond which a member's total is flagged ("10")
 * @param results          one row per product of the round
 * @param disagreements    the members whose total strays beyond the spread, product by product
 * @param conclusions      the conclusions grouped (recognised, forwarded, returned, not recognised)
 * @param chair            the chair's name
 * @param secretary        the secretary's name
 * @param draft            whether the round is still open to change (not concluded): the minutes then say so under the title
 */
public record MinutesDocument(
        String issuingBodyLine1,
        String issuingBodyLine2,
        String place,
        LocalDate date,
        String meeting,
        String round,
        List<String> legalBases,
        LocalDate startsOn,
        LocalDate endsOn,
        String venue,
        String criteriaSet,
        List<Member> members,
        Quorum quorum,
        String maxSpread,
        List<Result> results,
        List<Disagreement> disagreements,
        List<ConclusionGroup> conclusions,
        String chair,
        String secretary,
        boolean draft) {

    public MinutesDocument {
        legalBases = List.copyOf(legalBases);
        members = List.copyOf(members);
        results = List.copyOf(results);
        disagreements = List.copyOf(disagreements);
        conclusions = List.copyOf(conclusions);
    }

    /**
     * A member of the council.
     *
     * @param position the position they hold, or null
     * @param role     their role in the council, e.g. "Chủ tịch Hội đồng"
     * @param present  whether they took part (submitted a sheet or declared a conflict of interest)
     * @param scores   false for the secretary, who keeps the minutes and does not score
     */
    public record Member(String name, String position, String role, boolean present, boolean scores) {
    }

    /**
     * The quorum: of the members who score, how many took part and how many must, whether the chair
     * must be among them and is, and whether it is met.
     */
    public record Quorum(int members, int present, int required, boolean chairRequired, boolean chairPresent,
                         boolean met) {
    }

    /**
     * The council's result for one product.
     *
     * @param mean       the mean of the members' totals ("72,50"); null while no sheet counts
     * @param stars      the class granted (3), null without a result
     * @param bandStars  the class of the mean by the bands, when the star marks lowered it; else null
     * @param gates      the star marks that lowered the class, as text ("4★: Phần A › … (≥ 1; 0.00)"); null for none
     * @param conclusion the council's conclusion in words, e.g. "Công nhận sản phẩm OCOP 3 sao"
     * @param note       the council's reason where it concluded other than proposed, or null
     * @param rescores   how many times the product's sheets were scored again at the chair's request
     */
    public record Result(int no, String product, String producer, String commune, String mean,
                         String partA, String partB, String partC, Integer stars, Integer bandStars, String gates,
                         String conclusion, String note, int rescores) {
    }

    /** A member whose total for a product strays from the others' mean by more than the spread (the difference unsigned). */
    public record Disagreement(String product, String member, String total, String othersMean, String difference) {
    }

    /**
     * One group of the conclusions, e.g. "Công nhận sản phẩm đạt OCOP", with its products as printed
     * ("Miến dong (Hợp tác xã …, Xã Tân Hội): 3 sao, 62,50 điểm").
     */
    public record ConclusionGroup(String heading, List<String> products) {
        public ConclusionGroup {
            products = List.copyOf(products);
        }
    }
}
