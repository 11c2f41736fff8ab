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
 */
public record StatisticsDocument(String issuingBodyLine1, String issuingBodyLine2, String place, LocalDate date,
                                 Integer year, LocalDate from, LocalDate to, List<Count> productsByGroup,
                                 List<CommuneRow> productsByCommune, List<Count> productsByStars,
                                 List<ProducerRow> producersByType, Certificates certificates,
                                 List<TrainingRow> training) {

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

    /** Certificates issued in the period, and the state of all certificates at its end. */
    public record Certificates(long issued, long valid, long expiring, long expired, long revoked) {
    }

    /**
     * An audience: the courses held in the period, the people who completed them, and the coverage at the end of the
     * period's year (required, trained, share trained formatted, e.g. "83,3 %").
     */
    public record TrainingRow(String audience, long courses, long completed, long required, long trained,
                              String percent) {
    }
}
