package vn.ocop.reports;

import static vn.ocop.reports.Styled.BOLD;
import static vn.ocop.reports.Styled.BOX_FONT;
import static vn.ocop.reports.Styled.DOTS;
import static vn.ocop.reports.Styled.encoded;
import static vn.ocop.reports.Styled.joined;
import static vn.ocop.reports.Styled.orDots;
import static vn.ocop.reports.Styled.shortDate;
import static vn.ocop.reports.Styled.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The minutes of a council session, A4 portrait with the Decree 30 header: the council, time and place, the members
 * present and absent, the quorum, the table of results (a line under a product gives the star marks that lowered its
 * class and the reason of a conclusion other than proposed), the members beyond the spread and the re-scores, the
 * conclusions grouped, the signatures of the secretary and the chair.
 */
final class MinutesLayout {

    private MinutesLayout() {
    }

    static Layout of(MinutesDocument document) {
        Map<String, Object> parameters = Layout.headed(document.issuingBodyLine1(), document.issuingBodyLine2(),
                document.place(), document.date());
        parameters.put("meeting", text(document.meeting()));
        parameters.put("round", text(document.round()).isBlank() ? null : "(" + text(document.round()).strip() + ")");
        parameters.put("draft", document.draft()
                ? "Dự thảo: đợt đánh giá chưa kết thúc, kết quả và kết luận có thể còn thay đổi" : null);
        parameters.put("legalBases", legalBases(document.legalBases()));
        parameters.put("opening", opening(document));
        parameters.put("closing", closing(document));
        parameters.put("chair", orDots(text(document.chair())));
        parameters.put("secretary", orDots(text(document.secretary())));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (MinutesDocument.Result result : document.results()) {
            Map<String, Object> row = new HashMap<>();
            row.put("no", result.no());
            row.put("product", text(result.product()));
            row.put("producer", text(result.producer()));
            row.put("commune", text(result.commune()));
            row.put("mean", text(result.mean()));
            row.put("partA", text(result.partA()));
            row.put("partB", text(result.partB()));
            row.put("partC", text(result.partC()));
            row.put("stars", result.stars() == null ? "" : result.stars() + " sao");
            row.put("conclusion", text(result.conclusion()));
            row.put("remarks", remarks(result));
            rows.add(row);
        }
        return new Layout("minutes", parameters, rows);
    }

    /** "Căn cứ …;" lines, the last one ending with a full stop. */
    static String legalBases(List<String> bases) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            String base = text(bases.get(i)).strip().replaceAll("[.;,]+$", "");
            lines.add(base + (i == bases.size() - 1 ? "." : ";"));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** Sections I to III up to the table, as styled text. */
    private static String opening(MinutesDocument document) {
        List<String> lines = new ArrayList<>();
        lines.add(BOLD + "I. THỜI GIAN, ĐỊA ĐIỂM</style>");
        lines.add("- Thời gian: " + (document.startsOn() == null || document.startsOn().equals(document.endsOn())
                ? "ngày " + shortDate(document.endsOn())
                : "từ ngày " + shortDate(document.startsOn()) + " đến ngày " + shortDate(document.endsOn())) + ".");
        lines.add("- Địa điểm: " + encoded(orDots(text(document.venue()))) + ".");
        lines.add(BOLD + "II. THÀNH PHẦN</style>");
        MinutesDocument.Quorum quorum = document.quorum();
        List<MinutesDocument.Member> scoring = document.members().stream().filter(MinutesDocument.Member::scores).toList();
        List<MinutesDocument.Member> present = scoring.stream().filter(MinutesDocument.Member::present).toList();
        List<MinutesDocument.Member> absent = scoring.stream().filter(m -> !m.present()).toList();
        lines.add("1. Thành viên Hội đồng có mặt: " + present.size() + "/" + scoring.size() + " thành viên"
                + (present.isEmpty() ? "." : ":"));
        present.forEach(member -> lines.add("- " + person(member) + ";"));
        lines.add("2. Thành viên Hội đồng vắng mặt: " + (absent.isEmpty() ? "không có." : absent.size() + " thành viên:"));
        absent.forEach(member -> lines.add("- " + person(member) + ";"));
        List<MinutesDocument.Member> secretaries = document.members().stream().filter(m -> !m.scores()).toList();
        lines.add("3. Thư ký Hội đồng: " + (secretaries.isEmpty() ? DOTS
                : secretaries.stream().map(MinutesLayout::person).collect(Collectors.joining("; "))) + ".");
        if (quorum.chairPresent() && document.chair() != null) {
            lines.add("Chủ trì cuộc họp: " + encoded(document.chair()) + ", Chủ tịch Hội đồng.");
        }
        lines.add("Số thành viên tham dự: " + quorum.present() + "/" + quorum.members() + " thành viên chấm điểm; quy chế"
                + " hoạt động của Hội đồng yêu cầu ít nhất " + quorum.required() + " thành viên"
                + (quorum.chairRequired() ? ", trong đó có Chủ tịch Hội đồng" : "") + ". Cuộc họp " + BOLD
                + (quorum.met() ? "đủ" : "chưa đủ") + "</style> điều kiện theo quy chế"
                + (quorum.met() || !quorum.chairRequired() || quorum.chairPresent() ? "." : " (Chủ tịch Hội đồng vắng mặt)."));
        lines.add(BOLD + "III. NỘI DUNG</style>");
        long producers = document.results().stream().map(r -> text(r.producer()) + "|" + text(r.commune())).distinct().count();
        lines.add("Hội đồng đánh giá, phân hạng " + document.results().size() + " sản phẩm của " + producers
                + " chủ thể theo Bộ tiêu chí " + encoded(text(document.criteriaSet())) + ". Mỗi thành viên chấm độc lập"
                + " trên phiếu đánh giá của bộ sản phẩm; điểm của sản phẩm là trung bình cộng tổng điểm của các thành"
                + " viên, làm tròn đến hai chữ số thập phân; hạng sao xếp theo điểm trung bình và các tiêu chí đánh dấu sao.");
        lines.add(BOLD + "1. Kết quả đánh giá, phân hạng</style>");
        return String.join("\n", lines);
    }

    /** The rest after the table: disagreements, re-scores, conclusions grouped, the closing sentence. */
    private static String closing(MinutesDocument document) {
        List<String> lines = new ArrayList<>();
        String spread = text(document.maxSpread());
        lines.add(BOLD + "2. Thành viên chấm điểm chênh lệch</style>");
        if (document.disagreements().isEmpty()) {
            lines.add("Không có thành viên nào có tổng điểm chênh lệch quá " + spread + " điểm so với điểm trung bình của"
                    + " các thành viên còn lại.");
        } else {
            lines.add("Thành viên có tổng điểm chênh lệch quá " + spread + " điểm so với điểm trung bình của các thành"
                    + " viên còn lại:");
            document.disagreements().forEach(d -> lines.add("- " + encoded(text(d.product())) + ": " + encoded(text(d.member()))
                    + " chấm " + text(d.total()) + " điểm, trung bình của các thành viên còn lại " + text(d.othersMean())
                    + " điểm, chênh lệch " + text(d.difference()) + " điểm;"));
        }
        List<String> rescored = document.results().stream().filter(r -> r.rescores() > 0)
                .map(r -> encoded(text(r.product())) + " (" + r.rescores() + " lần)").toList();
        if (!rescored.isEmpty()) {
            lines.add("Phiếu được chấm lại theo yêu cầu của Chủ tịch Hội đồng: " + String.join("; ", rescored) + ".");
        }
        lines.add(BOLD + "IV. KẾT LUẬN CỦA HỘI ĐỒNG</style>");
        int number = 0;
        for (MinutesDocument.ConclusionGroup group : document.conclusions()) {
            lines.add(BOLD + ++number + ". " + encoded(text(group.heading())) + " (" + group.products().size()
                    + " sản phẩm)" + (group.products().isEmpty() ? "." : ":") + "</style>");
            group.products().forEach(product -> lines.add("- " + encoded(text(product)) + ";"));
        }
        lines.add("Biên bản đã được thông qua tại cuộc họp./.");
        return String.join("\n", lines);
    }

    /** "Nguyễn Văn An, Phó Chủ tịch UBND huyện, Chủ tịch Hội đồng", encoded for styled text. */
    private static String person(MinutesDocument.Member member) {
        return encoded(joined(", ", member.name(), member.position(), member.role()));
    }

    /** The line under a product: the star marks that lowered its class, the council's reason; null for none. */
    private static String remarks(MinutesDocument.Result result) {
        List<String> parts = new ArrayList<>();
        String gates = text(result.gates()).strip();
        if (!gates.isEmpty()) {
            String lowered = result.bandStars() == null || result.stars() == null ? ""
                    : " (hạ từ " + result.bandStars() + " sao xuống " + result.stars() + " sao)";
            parts.add("Tiêu chí đánh dấu sao chưa đạt" + lowered + ": "
                    + encoded(gates).replace("\u2605", BOX_FONT + "\u2605</style>"));
        }
        String note = text(result.note()).strip();
        if (!note.isEmpty()) {
            parts.add("Lý do kết luận: " + encoded(note));
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }
}
