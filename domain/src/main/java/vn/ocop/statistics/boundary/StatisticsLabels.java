package vn.ocop.statistics.boundary;

import vn.ocop.certification.control.StarClass;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.registration.control.PrintedLabels;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.reports.StatisticsDocument;
import vn.ocop.statistics.control.Period;
import vn.ocop.training.entity.Audience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Vietnamese wording of the printed statistics and the workbook: classes, legal forms, audiences, percentages. */
public final class StatisticsLabels {

    private static final Map<Audience, String> AUDIENCES = Map.of(Audience.DISTRICT_STAFF, "Cán bộ cấp huyện",
            Audience.COMMUNE_STAFF, "Cán bộ cấp xã", Audience.COUNCIL_ADVISORY, "Hội đồng, tổ tư vấn",
            Audience.PRODUCER_MANAGER, "Người quản lý chủ thể");

    private StatisticsLabels() {
    }

    /** "5 sao", …; "Chưa xếp hạng" for {@link StarClass#UNRATED}. */
    public static String stars(int stars) {
        return stars == StarClass.UNRATED ? "Chưa xếp hạng" : stars + " sao";
    }

    public static String type(ProducerType type) {
        return PrintedLabels.producerType(type);
    }

    public static String audience(Audience audience) {
        return AUDIENCES.get(audience);
    }

    /** "83,3 %". */
    public static String percent(BigDecimal value) {
        return vn.ocop.reports.Formats.percent(value, vn.ocop.reports.Formats.VIETNAMESE);
    }

    /** The report's document record, for the district's People's Committee, dated {@code today}. */
    public static StatisticsDocument document(StatisticsView view, LocalDate today, IssuingBody body) {
        Period period = view.period();
        List<StatisticsDocument.CommuneRow> communes = view.productsByCommune().stream()
                .map(c -> new StatisticsDocument.CommuneRow(c.name(), c.count(), c.stars(5), c.stars(4), c.stars(3),
                        c.stars(StarClass.UNRATED)))
                .toList();
        List<StatisticsDocument.Count> stars = new ArrayList<>();
        view.productsByStars().forEach((s, n) -> stars.add(new StatisticsDocument.Count(stars(s), n)));
        StatisticsView.CertificateCounts c = view.certificates();
        return new StatisticsDocument(body.getHeaderLine1(), body.getHeaderLine2(), body.getPlace(), today,
                period.wholeYear() ? Integer.valueOf(period.from().getYear()) : null, period.from(), period.to(),
                view.productsByGroup().stream().map(g -> new StatisticsDocument.Count(g.group(), g.count())).toList(), communes,
                stars, view.producersByType().stream()
                        .map(t -> new StatisticsDocument.ProducerRow(type(t.type()), t.active(), t.withProduct())).toList(),
                new StatisticsDocument.Certificates(c.issued(), c.valid(), c.expiring(), c.expired(), c.revoked(),
                        c.superseded(), c.inspected().compliant(), c.inspected().toRemedy(), c.inspected().proposeRevocation()),
                view.training().stream().map(t -> new StatisticsDocument.TrainingRow(audience(t.audience()), t.courses(),
                        t.completed(), t.required(), t.trained(), percent(t.percent()))).toList());
    }
}
