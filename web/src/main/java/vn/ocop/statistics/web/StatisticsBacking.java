package vn.ocop.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.control.StarClass;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.registration.web.ProductGroups;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;
import vn.ocop.statistics.boundary.Statistics;
import vn.ocop.statistics.boundary.StatisticsView;
import vn.ocop.statistics.control.Period;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The statistics of a year or a period for the People's Committee (the downloads are {@link StatisticsExportsBacking}). */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Statistics statistics;

    @Inject
    UserSession session;

    private Integer year;
    private boolean byDates;
    private LocalDate from;
    private LocalDate to;
    private StatisticsView view;

    /** Called when the page opens: the year asked for, or this year. */
    public void load() {
        if (view == null) {
            show();
        }
    }

    public void show() {
        view = statistics.of(period());
        year = view.period().year() != null ? view.period().year() : year;
    }

    /** A group of product sets in the page's language. */
    public String group(String group) {
        return ProductGroups.name(group, session.getLocale());
    }

    /** The period chosen on the page: a year, or from one day to another. */
    public Period period() {
        return byDates ? statistics.period(null, text(from), text(to)) : statistics.period(text(year), null, null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Whether the states shown are today's, so that the certificates' list (which shows today's states) matches the
     * counts and can be linked.
     */
    public boolean isToday() {
        return view != null && view.period().on().equals(LocalDate.now(Clocks.VIETNAM));
    }

    /** "Từ 01/01/2019 đến 31/12/2019; số liệu tình trạng tính đến ngày 31/12/2019." */
    public String getPeriodText() {
        Period period = view.period();
        return Texts.get("statistics.periodShown", DAY.format(period.from()), DAY.format(period.to()), DAY.format(period.on()));
    }

    /** The products with a class at the period's end. */
    public long getRated() {
        return view.products() - view.productsByStars().getOrDefault(StarClass.UNRATED, 0L);
    }

    public List<Integer> getYears() {
        return statistics.years();
    }

    public List<Integer> getClasses() {
        return StatisticsView.CLASSES;
    }

    public List<Map.Entry<Integer, Long>> getStars() {
        return List.copyOf(view.productsByStars().entrySet());
    }

    public long getStarsTotal() {
        return view.productsByStars().values().stream().mapToLong(Long::longValue).sum();
    }

    public long getActiveTotal() {
        return view.producersByType().stream().mapToLong(StatisticsView.TypeCount::active).sum();
    }

    public long getWithProductTotal() {
        return view.producersByType().stream().mapToLong(StatisticsView.TypeCount::withProduct).sum();
    }

    public long communeTotal(int stars) {
        return view.productsByCommune().stream().mapToLong(c -> c.stars(stars)).sum();
    }

    /** The count of certificates in a state at the period's end. */
    public long certificates(CertificateStatus status) {
        StatisticsView.CertificateCounts c = view.certificates();
        return switch (status) {
            case VALID -> c.valid();
            case EXPIRING -> c.expiring();
            case EXPIRED -> c.expired();
            case REVOKED -> c.revoked();
            case SUPERSEDED -> c.superseded();
        };
    }

    public StatisticsView getView() { return view; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public boolean isByDates() { return byDates; }
    public void setByDates(boolean byDates) { this.byDates = byDates; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
