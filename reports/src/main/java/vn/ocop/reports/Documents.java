package vn.ocop.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRStringUtil;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.jdt.JRJdtCompiler;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Renders official documents to PDF.
 *
 * <p>Each kind of document has a record, a template {@code vn/ocop/reports/<name>.jrxml} and one method here.
 * A template is compiled on first use (with the Eclipse JDT compiler, which needs no JDK and no class path
 * on disk, so it works inside an application server) and then kept for the life of this object. Thread-safe:
 * create one per application and share it.
 */
public final class Documents {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    /** What a blank value of a form prints as, to be filled in by hand. */
    private static final String DOTS = "\u2026".repeat(8);
    /** Liberation Serif has no ballot boxes; DejaVu Sans (from jasperreports-fonts, embedded too) has them. */
    private static final String BOX_FONT = "<style fontName=\"DejaVu Sans\">";
    private static final String BOLD = "<style isBold=\"true\">";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** A date to write by hand: "……/……/…………". */
    private static final String DATE_DOTS = "\u2026\u2026/\u2026\u2026/\u2026\u2026\u2026\u2026";
    private static final String CLASS_LINE = "Xếp hạng: " + "\u2026".repeat(4) + " sao";
    /** The legend of the star marks of a scoring sheet, as styled text (★ in DejaVu Sans). */
    private static final String STAR_MARKS = "<style fontName=\"DejaVu Sans\" isItalic=\"false\" size=\"8\">★★★</style>, "
            + "<style fontName=\"DejaVu Sans\" isItalic=\"false\" size=\"8\">★★★★</style>, "
            + "<style fontName=\"DejaVu Sans\" isItalic=\"false\" size=\"8\">★★★★★</style>: mức tối thiểu của tiêu chí"
            + " đối với sản phẩm 3 sao, 4 sao, 5 sao.";
    /** How to fill in a scoring sheet by hand, as styled text. */
    private static final String BLANK_INSTRUCTIONS = "Mỗi tiêu chí chọn một phương án (đánh dấu <style fontName=\"DejaVu Sans\""
            + " isItalic=\"false\">☒</style> vào ô) và ghi điểm vào cột \"Điểm chấm\". " + STAR_MARKS;

    private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    private final ConcurrentMap<String, JasperReport> templates = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();

    public Documents() {
        context.setProperty("net.sf.jasperreports.compiler.java", JRJdtCompiler.class.getName());
    }

    /** The list of administrative units, A4 portrait, with the header of the issuing body. */
    public byte[] pdf(UnitListDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("title", document.title());
        parameters.put("subtitle", document.subtitle());
        return render("unit-list", parameters, new JRBeanCollectionDataSource(document.rows()));
    }

    /** The producer's form registering a product for OCOP evaluation, A4 portrait, signed by its representative. */
    public byte[] pdf(ProductRegistrationDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("producerHeading", text(document.producerName()).toUpperCase(VIETNAMESE));
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("addressee", document.addressee());
        parameters.put("producerName", orDots(text(document.producerName())));
        parameters.put("producerType", orDots(text(document.producerType())));
        parameters.put("taxCode", orDots(text(document.taxCode())));
        parameters.put("address", orDots(joined(", ", document.address(), document.commune())));
        parameters.put("representativeName", orDots(text(document.representativeName())));
        parameters.put("representativeTitle", orDots(text(document.representativeTitle())));
        parameters.put("phone", orDots(text(document.phone())));
        parameters.put("email", orDots(text(document.email())));
        parameters.put("productName", orDots(text(document.productName())));
        parameters.put("productSet", orDots(joined(" - ", document.productSetCode(), document.productSetName())));
        parameters.put("criteriaSet", orDots(text(document.criteriaSet())));
        parameters.put("registrationTypes", ballot(document.registrationTypes()));
        parameters.put("samples", document.samples());
        return render("product-registration", parameters, new JRBeanCollectionDataSource(document.attachments()));
    }

    /** The checklist of a product's dossier, A4 portrait, with the header of the issuing body. */
    public byte[] pdf(DossierChecklistDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("productName", text(document.productName()));
        parameters.put("producerName", text(document.producerName()));
        parameters.put("commune", text(document.commune()));
        parameters.put("productSet", joined(" - ", document.productSetCode(), document.productSetName()));
        parameters.put("completenessPercent", document.completenessPercent());
        parameters.put("mandatoryPresent", document.mandatoryPresent());
        parameters.put("mandatoryTotal", document.mandatoryTotal());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (DossierChecklistDocument.Row row : document.rows()) {
            rows.add(Map.of("no", row.no(), "item", text(row.item()), "requirement", text(row.requirement()),
                    "status", text(row.status()), "documents", evidence(row.documents())));
        }
        return render("dossier-checklist", parameters, new JRMapCollectionDataSource(rows));
    }

    /** The commune's pre-screen of a product's dossier, A4 portrait: the items with their result, the outcome, signatures. */
    public byte[] pdf(PrescreenDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("productName", text(document.productName()));
        parameters.put("producerName", text(document.producerName()));
        parameters.put("commune", text(document.commune()));
        parameters.put("productSet", text(document.productSet()));
        parameters.put("outcome", text(document.outcome()));
        parameters.put("remarks", document.remarks() == null || document.remarks().isBlank() ? null : text(document.remarks()));
        parameters.put("reasons", document.reasons() == null || document.reasons().isBlank() ? null : text(document.reasons()));
        parameters.put("officerName", text(document.officerName()));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PrescreenDocument.Row row : document.rows()) {
            rows.add(Map.of("no", row.no(), "item", text(row.item()), "requirement", text(row.requirement()),
                    "result", text(row.result())));
        }
        return render("prescreen", parameters, new JRMapCollectionDataSource(rows));
    }

    /**
     * A blank scoring sheet of one product set, A4 portrait: options with a box to tick, points and star marks,
     * a column for the member's score, the part totals and the signature.
     */
    public byte[] pdf(ScoringSheetDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("heading", String.join("\n",
                "Tên sản phẩm: " + "\u2026".repeat(31),
                "Tên chủ thể: " + "\u2026".repeat(32),
                "Họ và tên người đánh giá: " + "\u2026".repeat(25),
                "Ngày đánh giá: " + DATE_DOTS));
        parameters.put("instructions", BLANK_INSTRUCTIONS);
        parameters.put("classLine", CLASS_LINE);
        return sheet(document, parameters);
    }

    /**
     * A council member's scoring sheet for a product of a round, A4 portrait: the blank sheet's form
     * under a header filled in from the round, the council, the member and the product; once
     * submitted, the options chosen ticked (☒, in bold), the points per criterion, section and part,
     * and the total; before that, the pre-filled sheet to score on paper. The member's name under
     * the signature.
     */
    public byte[] pdf(MemberSheetDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        String role = joined(", ", document.position(), document.role());
        parameters.put("heading", String.join("\n",
                "Đợt đánh giá: " + bold(document.round()) + " (" + encoded(joined(", ", document.level(),
                        "năm " + document.year())) + ")",
                "Hội đồng thành lập theo Quyết định số " + encoded(orDots(text(document.decisionNumber()))) + " ngày "
                        + encoded(orDots(shortDate(document.decisionDate()))),
                "Thành viên đánh giá: " + bold(document.member()) + (role.isEmpty() ? "" : " (" + encoded(role) + ")"),
                "Tên sản phẩm: " + bold(document.product()),
                "Tên chủ thể: " + encoded(orDots(text(document.producer()))),
                "Địa chỉ: " + encoded(orDots(text(document.commune()))),
                "Ngày đánh giá: " + (document.submitted() ? shortDate(document.submittedAt().toLocalDate()) : DATE_DOTS)));
        if (document.submitted()) {
            parameters.put("instructions", "Phiếu đã nộp trên hệ thống lúc " + TIME.format(document.submittedAt()) + " ngày "
                    + shortDate(document.submittedAt().toLocalDate()) + ". Phương án đã chọn được đánh dấu " + BOX_FONT
                    + "\u2612</style> và in đậm; cột \"Điểm chấm\" ghi điểm của từng tiêu chí, mục và phần. " + STAR_MARKS);
            parameters.put("total", orDots(text(document.total())) + " / " + maximum(document.sheet()) + " điểm");
        } else {
            parameters.put("instructions", BLANK_INSTRUCTIONS);
            parameters.put("classLine", CLASS_LINE);
        }
        parameters.put("signer", text(document.member()));
        return sheet(document.sheet(), parameters);
    }

    private byte[] sheet(ScoringSheetDocument document, Map<String, Object> parameters) {
        parameters.put("criteriaSet", text(document.criteriaSet()));
        parameters.put("criteriaSetName", text(document.criteriaSetName()));
        parameters.put("productSet", text(document.productSet()));
        parameters.put("partTotals", document.parts().stream()
                .map(part -> "Phần " + part.code() + ": " + (part.scored() == null ? DOTS : part.scored()) + " / "
                        + part.maximum() + " điểm")
                .collect(Collectors.joining("\n")));
        parameters.putIfAbsent("total", DOTS + " / " + maximum(document) + " điểm");
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ScoringSheetDocument.Row row : document.rows()) {
            rows.add(Map.of("level", row.level(), "text", sheetText(row), "points", text(row.points()),
                    "stars", "\u2605".repeat(Math.max(0, row.stars())), "box", row.ticked() ? "\u2612" : "\u2610",
                    "scored", text(row.scored())));
        }
        return render("scoring-sheet", parameters, new JRMapCollectionDataSource(rows));
    }

    private static int maximum(ScoringSheetDocument document) {
        return document.parts().stream().mapToInt(ScoringSheetDocument.Part::maximum).sum();
    }

    /**
     * The minutes of a council session, A4 portrait with the Decree 30 header: the
     * council, time and place, the members present and absent, the quorum, the table of results (a
     * line under a product gives the star marks that lowered its class and the reason of a conclusion
     * other than proposed), the members beyond the spread and the re-scores, the conclusions grouped,
     * the signatures of the secretary and the chair.
     */
    public byte[] pdf(MinutesDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
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
        return render("minutes", parameters, new JRMapCollectionDataSource(rows));
    }

    /** "Căn cứ …;" lines, the last one ending with a full stop. */
    private static String legalBases(List<String> bases) {
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
                : secretaries.stream().map(Documents::person).collect(Collectors.joining("; "))) + ".");
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

    /**
     * A certificate of completion of a training course, A4 landscape: the header of the issuing body, the
     * participant's name, the course and its dates, the number and how to verify it, the signature block.
     */
    public byte[] pdf(TrainingCertificateDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("number", "Số: " + document.number());
        parameters.put("name", text(document.name()));
        parameters.put("organisation", text(document.organisation()).isBlank() ? null : "Đơn vị: " + document.organisation());
        parameters.put("course", "Đã hoàn thành khóa đào tạo \u201c" + text(document.courseTitle()) + "\u201d (mã khóa "
                + text(document.courseCode()) + ")");
        parameters.put("dates", "Thời gian: từ ngày " + shortDate(document.startDate()) + " đến ngày "
                + shortDate(document.endDate()) + (document.hours() == null ? "" : ", " + document.hours() + " giờ học")
                + (text(document.organiser()).isBlank() ? "" : "; đơn vị tổ chức: " + document.organiser()));
        parameters.put("verification", text(document.verification()));
        return render("training-certificate", parameters, new net.sf.jasperreports.engine.JREmptyDataSource(0));
    }

    /** The attendance sheet of one session, A4 portrait, one row per participant with room to sign. */
    public byte[] pdf(AttendanceSheetDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("course", text(document.courseTitle()) + " (" + text(document.courseCode()) + ")");
        parameters.put("session", joined(" \u2013 ", "Buổi " + document.sessionNumber() + ", ngày "
                + shortDate(document.sessionDate()), document.sessionTopic()));
        parameters.put("venue", text(document.venue()).isBlank() ? null : "Địa điểm: " + document.venue());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (AttendanceSheetDocument.Row row : document.rows()) {
            rows.add(Map.of("no", row.no(), "name", text(row.name()), "organisation", text(row.organisation()),
                    "commune", text(row.commune())));
        }
        return render("attendance-sheet", parameters, new JRMapCollectionDataSource(rows));
    }

    /** The coverage of a year's training against the plan's targets, A4 portrait. */
    public byte[] pdf(TrainingCoverageDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("title", "BÁO CÁO KẾT QUẢ ĐÀO TẠO, TẬP HUẤN OCOP NĂM " + document.year());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (TrainingCoverageDocument.Row row : document.rows()) {
            rows.add(Map.of("audience", text(row.audience()), "unit", text(row.unit()), "required", row.required(),
                    "trained", row.trained(), "percent", text(row.percent()), "target", text(row.target()),
                    "untrained", text(row.untrained()), "total", row.total()));
        }
        return render("training-coverage", parameters, new JRMapCollectionDataSource(rows));
    }

    // ---- statistics ----

    /** A star in a heading, in DejaVu Sans (Liberation Serif has no ★). */
    private static final String STAR = "<style fontName=\"DejaVu Sans\">\u2605</style>";

    /**
     * The statistics report of a year or a period, A4 portrait, Decree 30/2020 layout: one table per section (products
     * by group, by commune and class, by class; producers by legal form; certificates; training), each with its total.
     */
    public byte[] pdf(StatisticsDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", nfc(document.issuingBodyLine1()));
        parameters.put("issuingBodyLine2", nfc(document.issuingBodyLine2()));
        parameters.put("placeAndDate", nfc(placeAndDate(document.place(), document.date())));
        parameters.put("title", "Thống kê kết quả thực hiện Chương trình OCOP " + period(document));
        parameters.put("numberLine", nfc(document.numberLine()));
        parameters.put("signature", nfc(String.join("\n", document.signature())));
        parameters.put("signer", nfc(document.signer()));
        List<Map<String, ?>> rows = new ArrayList<>();
        section(rows, "1. Sản phẩm theo nhóm sản phẩm", "Nhóm sản phẩm", "Số sản phẩm");
        document.productsByGroup().forEach(g -> row(rows, "row", g.label(), g.count()));
        row(rows, "total", "Tổng số", document.productsByGroup().stream().mapToLong(StatisticsDocument.Count::count).sum());
        section(rows, "2. Sản phẩm theo xã, thị trấn và hạng sao", "Xã, thị trấn", "Tổng số", "5 " + STAR, "4 " + STAR,
                "3 " + STAR, "Chưa xếp hạng");
        long[] sums = new long[5];
        for (StatisticsDocument.CommuneRow c : document.productsByCommune()) {
            long[] values = {c.total(), c.fiveStars(), c.fourStars(), c.threeStars(), c.unrated()};
            row(rows, "row", c.commune(), values);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i];
            }
        }
        row(rows, "total", "Tổng số", sums);
        section(rows, "3. Sản phẩm theo hạng sao (cuối kỳ)", "Hạng", "Số sản phẩm");
        document.productsByStars().forEach(s -> row(rows, "row", s.label(), s.count()));
        row(rows, "total", "Tổng số", document.productsByStars().stream().mapToLong(StatisticsDocument.Count::count).sum());
        section(rows, "4. Chủ thể theo loại hình (đang hoạt động cuối kỳ)", "Loại hình", "Số chủ thể", "Có sản phẩm");
        document.producersByType().forEach(p -> row(rows, "row", p.type(), p.active(), p.withProduct()));
        row(rows, "total", "Tổng số", document.producersByType().stream().mapToLong(StatisticsDocument.ProducerRow::active).sum(),
                document.producersByType().stream().mapToLong(StatisticsDocument.ProducerRow::withProduct).sum());
        StatisticsDocument.Certificates certificates = document.certificates();
        section(rows, "5. Giấy chứng nhận sản phẩm OCOP", "Chỉ tiêu", "Số lượng");
        row(rows, "row", "Cấp trong kỳ", certificates.issued());
        row(rows, "row", "Còn hiệu lực (cuối kỳ)", certificates.valid());
        row(rows, "row", "Sắp hết hiệu lực (30 ngày hoặc ít hơn)", certificates.expiring());
        row(rows, "row", "Hết hiệu lực", certificates.expired());
        row(rows, "row", "Bị thu hồi", certificates.revoked());
        section(rows, "6. Đào tạo, tập huấn", "Đối tượng", "Khóa học trong kỳ", "Người hoàn thành", "Phải đào tạo",
                "Đã đào tạo", "Tỷ lệ");
        for (StatisticsDocument.TrainingRow t : document.training()) {
            rows.add(inSection(rows, cells("row", t.audience(), Long.toString(t.courses()), Long.toString(t.completed()),
                    Long.toString(t.required()), Long.toString(t.trained()), t.percent())));
        }
        return render("statistics", parameters, new JRMapCollectionDataSource(rows));
    }

    /** "năm 2019", or "từ ngày 01/01/2019 đến ngày 30/06/2019". */
    static String period(StatisticsDocument document) {
        return document.year() != null ? "năm " + document.year()
                : "từ ngày " + shortDate(document.from()) + " đến ngày " + shortDate(document.to());
    }

    private static void section(List<Map<String, ?>> rows, String heading, String... columns) {
        String[] encoded = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            encoded[i] = columns[i].contains("<style") ? columns[i] : encoded(columns[i]);
        }
        Map<String, Object> section = cells("section", encoded);
        section.put("heading", nfc(heading));
        section.put("section", (int) rows.stream().filter(r -> "section".equals(r.get("kind"))).count() + 1);
        headings(section, section);
        rows.add(section);
    }

    private static void row(List<Map<String, ?>> rows, String kind, String label, long... values) {
        rows.add(inSection(rows, cells(kind, labelled(label, values))));
    }

    /** The row, numbered with the section it belongs to (the last one started). */
    private static Map<String, Object> inSection(List<Map<String, ?>> rows, Map<String, Object> row) {
        row.put("section", rows.isEmpty() ? 0 : rows.get(rows.size() - 1).get("section"));
        if (!rows.isEmpty()) {
            headings(rows.get(rows.size() - 1), row);
        }
        return row;
    }

    /**
     * Carries the section's heading and column headings on each of its rows ("heading", "hl", "h1" to "h5"): the
     * group header, printed again at the top of each continuation page, reads them from the row that page starts with.
     */
    private static void headings(Map<String, ?> from, Map<String, Object> to) {
        boolean section = "section".equals(from.get("kind"));
        to.put("heading", from.get("heading"));
        to.put("hl", section ? from.get("label") : from.get("hl"));
        for (int i = 1; i <= 5; i++) {
            to.put("h" + i, section ? from.get("v" + i) : from.get("h" + i));
        }
    }

    private static String[] labelled(String label, long... values) {
        String[] cells = new String[values.length + 1];
        cells[0] = label;
        for (int i = 0; i < values.length; i++) {
            cells[i + 1] = Long.toString(values[i]);
        }
        return cells;
    }

    /** A row of the report: its kind (section, row, total), the label and up to five values (a section: the column headings). */
    private static Map<String, Object> cells(String kind, String... cells) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", kind);
        for (int i = 0; i < cells.length; i++) {
            row.put(i == 0 ? "label" : "v" + i, nfc(cells[i]));
        }
        return row;
    }

    private static String nfc(String text) {
        return text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    /** The line as styled text, a ticked option in bold, the note in italics below (the template draws the box). */
    private static String sheetText(ScoringSheetDocument.Row row) {
        String text = JRStringUtil.xmlEncode(text(row.text()).strip());
        text = row.ticked() ? BOLD + text + "</style>" : text;
        String note = text(row.note()).strip();
        return note.isEmpty() ? text : text + "\n<style isItalic=\"true\" size=\"10\">" + JRStringUtil.xmlEncode(note) + "</style>";
    }

    /**
     * The date as written in official documents: "ngày 05 tháng 02 năm 2024", "ngày 15 tháng 3 năm 2024".
     * Days below 10 and the months January and February take a leading zero (Decree 30/2020, Annex I).
     */
    public static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        return String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }

    /** A date in a table cell: "05/02/2024". */
    static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    private static String placeAndDate(String place, LocalDate date) {
        return joined(", ", place, longDate(date));
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    /** The text for styled markup, in bold; a dotted line when blank. */
    private static String bold(String text) {
        return BOLD + encoded(orDots(text(text))) + "</style>";
    }

    private static String encoded(String text) {
        return JRStringUtil.xmlEncode(text);
    }

    /** A blank value of a form as a dotted line, to be filled in by hand. */
    private static String orDots(String text) {
        return text.isBlank() ? DOTS : text;
    }

    /** The parts that are not blank, joined by the separator. */
    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
    }

    /** One line per choice, "☒ label" or "☐ label", as styled text (the box in DejaVu Sans). */
    private static String ballot(List<ProductRegistrationDocument.Choice> choices) {
        return choices.stream()
                .map(choice -> BOX_FONT + (choice.chosen() ? "\u2612" : "\u2610") + "</style>\u00a0"
                        + JRStringUtil.xmlEncode(text(choice.label())))
                .collect(Collectors.joining("\n"));
    }

    /** One line per file: "- file name (issuer, dd/MM/yyyy)". */
    private static String evidence(List<DossierChecklistDocument.Evidence> documents) {
        return documents.stream().map(document -> {
            String details = joined(", ", document.issuer(), shortDate(document.issuedOn()));
            return "- " + text(document.fileName()) + (details.isEmpty() ? "" : " (" + details + ")");
        }).collect(Collectors.joining("\n"));
    }

    // ---- certification: decisions, notices, certificates ----

    /**
     * A decision (or a notice) of the People's Committee, A4 portrait, Decree 30/2020 layout, with its annex
     * on a page of its own. A draft prints "DỰ THẢO", a number without its sequence and a date to fill in.
     */
    public byte[] pdf(DecisionDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("numberLine", document.numberLine());
        parameters.put("placeAndDate", document.date() == null
                ? joined(", ", document.place(), "ngày \u2026 tháng \u2026 năm \u2026")
                : placeAndDate(document.place(), document.date()));
        parameters.put("draft", document.draft());
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(paragraph("TYPE", document.type()));
        if (!document.summary().isEmpty()) {
            rows.add(paragraph("SUMMARY", String.join("\n", document.summary())));
        }
        if (document.authority() != null && !document.authority().isBlank()) {
            rows.add(paragraph("AUTHORITY", document.authority()));
        }
        document.bases().forEach(basis -> rows.add(paragraph("BASIS", basis)));
        if (document.authority() != null && !document.authority().isBlank()) {
            rows.add(paragraph("DECIDES", document.type() + ":"));
        }
        List<String> articles = new ArrayList<>();
        for (DecisionDocument.Article article : document.articles()) {
            String body = JRStringUtil.xmlEncode(text(article.text()));
            articles.add(article.heading() == null ? body
                    : "<style isBold=\"true\">" + JRStringUtil.xmlEncode(article.heading()) + "</style> " + body);
        }
        // The last article travels with "Nơi nhận" and the signature (Decree 30/2020/NĐ-CP, Annex I: the signature
        // never stands alone on a page): one band that the page breaks before, never inside.
        String last = articles.isEmpty() ? null : articles.remove(articles.size() - 1);
        articles.forEach(article -> rows.add(paragraph("ARTICLE", article)));
        Map<String, Object> signature = new HashMap<>(paragraph("SIGNATURE", last));
        signature.put("recipients", recipients(document.recipients()));
        signature.put("signature", String.join("\n", document.signature()));
        signature.put("signer", document.signer());
        rows.add(signature);
        DecisionDocument.Annex annex = document.annex();
        if (annex != null) {
            parameters.put("annexTitle", annex.title());
            parameters.put("annexSubtitle", annex.subtitle());
            for (DecisionDocument.Group group : annex.groups()) {
                if (group.heading() != null) {
                    rows.add(annexRow("GROUP", group.heading()));
                }
                for (DecisionDocument.Row row : group.rows()) {
                    Map<String, Object> cells = annexRow("ROW", null);
                    cells.put("no", Integer.toString(row.no()));
                    cells.put("product", text(row.product()));
                    cells.put("producer", text(row.producer()));
                    cells.put("address", text(row.address()));
                    cells.put("productSet", text(row.productSet()));
                    cells.put("score", text(row.score()));
                    cells.put("stars", text(row.stars()));
                    cells.put("note", text(row.note()));
                    rows.add(cells);
                }
            }
        }
        return render("decision", parameters, new JRMapCollectionDataSource(rows));
    }

    /** Compiles the templates of decisions and certificates now, so that issuing spends no time on it. */
    public void prepareCertification() {
        compiled("decision");
        compiled("certificate");
    }

    /** One certificate, A4 landscape. */
    public byte[] pdf(CertificateDocument certificate) {
        return certificates(List.of(certificate)).batch();
    }

    /**
     * Certificates filled once and exported twice: each to a PDF of its own (kept with the certificate) and all
     * of them to one PDF, one page each, to print them in one go.
     */
    public RenderedCertificates certificates(List<CertificateDocument> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate to render");
        }
        // Each certificate is filled and exported on its own, so a large batch uses every core; the order is kept.
        compiled("certificate");
        List<JasperPrint> prints = (certificates.size() > 1 ? certificates.parallelStream() : certificates.stream())
                .map(c -> fill("certificate", Map.of(), new JRMapCollectionDataSource(List.of(certificateFields(c))))).toList();
        List<byte[]> each = (prints.size() > 1 ? prints.parallelStream() : prints.stream()).map(p -> export(List.of(p))).toList();
        return new RenderedCertificates(each, prints.size() == 1 ? each.get(0) : export(prints));
    }

    private static Map<String, ?> certificateFields(CertificateDocument c) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("issuingBody", text(c.issuingBody()));
        fields.put("programme", "Chương trình Mỗi xã một sản phẩm (OCOP) năm " + c.programmeYear());
        fields.put("productName", text(c.productName()));
        fields.put("producerName", "Chủ thể: <style isBold=\"true\">" + JRStringUtil.xmlEncode(text(c.producerName())) + "</style>");
        fields.put("producerAddress", text(c.producerAddress()).isBlank() ? null : "Địa chỉ: " + c.producerAddress());
        boolean ownLevel = c.level() != null;
        fields.put("classLabel", ownLevel ? "Đạt" : "Đạt hạng");
        fields.put("stars", ownLevel ? c.level().toUpperCase(new java.util.Locale("vi")) : "\u2605".repeat(c.stars()));
        fields.put("starsText", ownLevel ? "Hạng sao do cấp có thẩm quyền đánh giá, công nhận"
                : "Sản phẩm OCOP " + c.stars() + " sao");
        fields.put("number", c.number());
        fields.put("decision", "Quyết định số " + text(c.decisionNumber()) + ", " + longDate(c.decisionDate()));
        fields.put("validity", "Có giá trị đến hết ngày " + shortDate(c.validUntil()));
        fields.put("placeAndDate", placeAndDate(c.place(), c.decisionDate()));
        fields.put("signature", String.join("\n", c.signature()));
        fields.put("signer", c.signer());
        fields.put("verificationUrl", c.verificationUrl());
        fields.put("qr", QrCode.of(c.verificationUrl()));
        return fields;
    }

    private static Map<String, Object> paragraph(String kind, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("part", 0);
        row.put("kind", kind);
        row.put("text", text);
        return row;
    }

    private static Map<String, Object> annexRow(String kind, String text) {
        Map<String, Object> row = paragraph(kind, text);
        row.put("part", 1);
        return row;
    }

    /** "Nơi nhận:" in bold italic (12 pt), then one "- entry" a line (11 pt), as styled text. */
    private static String recipients(List<String> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        return "<style isBold=\"true\" isItalic=\"true\" size=\"12\">Nơi nhận:</style>\n" + entries.stream()
                .map(entry -> "- " + JRStringUtil.xmlEncode(text(entry))).collect(Collectors.joining("\n"));
    }

    /** How many templates this instance has compiled so far. */
    int compilations() {
        return compilations.get();
    }

    private byte[] render(String template, Map<String, Object> parameters, JRDataSource rows) {
        return export(List.of(fill(template, parameters, rows)));
    }

    private JasperPrint fill(String template, Map<String, ?> parameters, JRDataSource rows) {
        Map<String, Object> fillParameters = new HashMap<>(parameters);
        fillParameters.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        try {
            return JasperFillManager.getInstance(context).fill(compiled(template), fillParameters, rows);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render the document " + template, e);
        }
    }

    /** The filled documents as one PDF, in order. */
    private byte[] export(List<JasperPrint> prints) {
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Cannot export the document " + prints.get(0).getName(), e);
        }
    }

    private JasperReport compiled(String template) {
        return templates.computeIfAbsent(template, this::compile);
    }

    private JasperReport compile(String template) {
        String resource = template + ".jrxml";
        try (InputStream jrxml = Documents.class.getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException("No template " + resource + " next to " + Documents.class.getName());
            }
            JasperReport report = JasperCompileManager.getInstance(context).compile(jrxml);
            compilations.incrementAndGet();
            return report;
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile the template " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
