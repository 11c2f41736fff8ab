package vn.ocop.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The statistics report of the OCOP programme for the People's Committee (báo cáo thống kê kết quả thực hiện
 * Chương trình OCOP), A4 portrait, for a year or a period: products by group, by commune and class, by class;
 * producers by legal form; certificates; training. The template words the headings; the caller gives the figures
 * and the labels (group names, communes, legal forms, audiences) in Vietnamese.
 *
 * @param issuingBodyLine1 e.g. "ỦY BAN NHÂN DÂN"
 * @param issuingBodyLine2 e.g. "HUYỆN ĐAN PHƯỢNG"
 * @param place place of the date line, e.g. "Đan Phượng"
 * @param date day of the report
 * @param year the year reported on, or null for a period from {@code from} to {@code to}
 * @param from first day of the period
 * @param to last day of the period
 * @param numberLine the report's number as the body registers it ("Số: 12/BC-UBND"), its sequence left blank for the
 *                   clerk when the report is printed before it is registered
 * @param signature the lines above the signature, e.g. "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
 * @param signer the signer's name, or null to leave the space for it
 */
public record StatisticsDocument(String issuingBodyLine1, String issuingBodyLine2, String place, LocalDate date,
                                 Integer year, LocalDate from, LocalDate to, List<Count> productsByGroup,
                                 List<CommuneRow> productsByCommune, List<Count> productsByStars,
                                 List<ProducerRow> producersByType, Certificates certificates,
                                 List<TrainingRow> training, String numberLine, List<String> signature, String signer) {

    /** The number left for the clerk to fill in ("Số:        /BC-UBND"): reports are registered when sent. */
    public static final String UNREGISTERED = "Số:        /BC-UBND";
    /** The signature of the People's Committee's chair on its behalf. */
    public static final List<String> CHAIR = List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");

    /** A report not yet registered, to be signed by the chair. */
    public StatisticsDocument(String issuingBodyLine1, String issuingBodyLine2, String place, LocalDate date,
                              Integer year, LocalDate from, LocalDate to, List<Count> productsByGroup,
                              List<CommuneRow> productsByCommune, List<Count> productsByStars,
                              List<ProducerRow> producersByType, Certificates certificates, List<TrainingRow> training) {
        this(issuingBodyLine1, issuingBodyLine2, place, date, year, from, to, productsByGroup, productsByCommune, productsByStars,
                producersByType, certificates, training, UNREGISTERED, CHAIR, null);
    }

    public StatisticsDocument {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(certificates, "certificates");
        productsByGroup = List.copyOf(productsByGroup);
        productsByCommune = List.copyOf(productsByCommune);
        productsByStars = List.copyOf(productsByStars);
        producersByType = List.copyOf(producersByType);
        training = List.copyOf(training);
        numberLine = numberLine == null || numberLine.isBlank() ? UNREGISTERED : numberLine;
        signature = signature == null || signature.isEmpty() ? CHAIR : List.copyOf(signature);
    }

    /** A label and its count, e.g. a product group, or a class ("5 sao", "Chưa xếp hạng"). */
    public record Count(String label, long count) {
    }

    /** The products of a commune: all, then by class (5★, 4★, 3★) and those not rated. */
    public record CommuneRow(String commune, long total, long fiveStars, long fourStars, long threeStars, long unrated) {
    }

    /** A legal form: the active producers, and those of them with a product. */
    public record ProducerRow(String type, long active, long withProduct) {
    }

    /**
     * Certificates issued in the period, and the state of all certificates at its end; the inspections after recognition
     * held in the period by conclusion (compliant, to remedy, proposing revocation).
     */
    public record Certificates(long issued, long valid, long expiring, long expired, long revoked, long superseded,
                               long inspectedCompliant, long inspectedToRemedy, long inspectedProposingRevocation) {

        public Certificates(long issued, long valid, long expiring, long expired, long revoked, long superseded) {
            this(issued, valid, expiring, expired, revoked, superseded, 0, 0, 0);
        }

        /** Without superseded certificates (a period before any re-evaluation or upgrade). */
        public Certificates(long issued, long valid, long expiring, long expired, long revoked) {
            this(issued, valid, expiring, expired, revoked, 0);
        }
    }

    /**
     * An audience: the courses held in the period, the people who completed them, and the coverage at the end of the
     * period's year (required, trained, share trained formatted, e.g. "83,3 %").
     */
    public record TrainingRow(String audience, long courses, long completed, long required, long trained,
                              String percent) {
    }
}
