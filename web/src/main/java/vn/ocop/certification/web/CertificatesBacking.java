package vn.ocop.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.control.NoticeRule;
import vn.ocop.certification.boundary.CertificateFilter;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.Certificates;
import vn.ocop.certification.boundary.ExpiryNotices;
import vn.ocop.certification.boundary.ExpiringView;
import vn.ocop.certification.boundary.NoticeView;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.control.NoticeState;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.AddressFilter;
import vn.ocop.shared.web.FilterChips;
import vn.ocop.shared.web.PagedList;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The register of certificates (search, commune, state), and the certificates expiring within 30/90/180 days by
 * commune, with the written notice to each producer printed and recorded as sent.
 */
@Named
@ViewScoped
public class CertificatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice of the expiring lists that shows the notices still to send (due or overdue). */
    static final int NOTICES = 0;

    @Inject
    Certificates certificates;

    @Inject
    ExpiryNotices expiry;

    @Inject
    Geography geography;

    private String text;
    private Long communeId;
    private CertificateStatus status;
    private NoticeState notice;
    private int days = 30;
    private PagedList<CertificateView> list;
    private List<ExpiringView> expiring;
    private List<UnitView> communes;
    private LocalDate sentOn = LocalDate.now(Clocks.VIETNAM);
    private List<vn.ocop.certification.boundary.ReceivedView> received;

    @PostConstruct
    void init() {
        list = new PagedList<>((first, size) -> certificates.list(new CertificateFilter(text, communeId, status, null, notice), first, size),
                CertificateView::id);
        communes = geography.communes();
        received = certificates.received();
        refreshExpiring();
    }

    /** The certificates expiring within the days chosen, or, for {@value #NOTICES}, the notices due and overdue. */
    public void refreshExpiring() {
        expiring = days == NOTICES ? expiry.noticesDue(communeId) : expiry.expiring(days, communeId);
    }

    /** Prints the notice for the certificate and records it as sent on the date chosen. */
    public void sendNotice(String number) {
        NoticeView notice = expiry.sendNotice(number, sentOn);
        if (notice.late()) {
            Texts.warn("certification_certificates.noticeSentLate", notice.certificate(),
                    notice.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        } else {
            Texts.info("certification_certificates.noticeSent", notice.certificate());
        }
        refreshExpiring();
    }

    public void markNow() {
        int[] marked = expiry.markExpiry();
        Texts.info("certification_certificates.marked", marked[0], marked[1]);
    }

    /** How many days before the last day of validity the notice falls due (the server's setting). */
    public int getLeadDays() {
        return NoticeRule.configured().leadDays();
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    /** The notices due and overdue, then 30, 90 and 180 days, labelled in the page's language. */
    public List<jakarta.faces.model.SelectItem> getDayChoices() {
        List<jakarta.faces.model.SelectItem> choices = new java.util.ArrayList<>();
        choices.add(new jakarta.faces.model.SelectItem(NOTICES, Texts.get("certification_certificates.noticesDue")));
        java.util.stream.Stream.of(30, 90, 180)
                .forEach(n -> choices.add(new jakarta.faces.model.SelectItem(n, Texts.get("certification_certificates.withinDays", n))));
        return choices;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public CertificateStatus getStatus() { return status; }
    public void setStatus(CertificateStatus status) { this.status = status; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public PagedList<CertificateView> getList() { return list; }
    public List<ExpiringView> getExpiring() { return expiring; }
    public List<UnitView> getCommunes() { return communes; }
    public List<vn.ocop.certification.boundary.ReceivedView> getReceived() { return received; }
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate sentOn) { this.sentOn = sentOn; }

    // The filters given in the address (a figure of the home page or the statistics, a bookmark).
    public String getStatusParameter() { return status == null ? null : status.name(); }
    public void setStatusParameter(String text) { status = AddressFilter.value(CertificateStatus.class, text); }
    public String getCommuneParameter() { return communeId == null ? null : communeId.toString(); }
    public void setCommuneParameter(String text) { communeId = AddressFilter.id(text); }
    public String getNoticeParameter() { return notice == null ? null : notice.name(); }
    public void setNoticeParameter(String text) { notice = AddressFilter.value(NoticeState.class, text); }
    public String getDaysParameter() { return String.valueOf(days); }
    public void setDaysParameter(String text) { days = java.util.Objects.requireNonNullElse(AddressFilter.number(text, NOTICES, 30, 90, 180), days); }

    /** The filters of the register applied, shown as chips above it. */
    public List<FilterChips.Chip> getChips() {
        return new FilterChips("certification/certificates.xhtml")
                .add("status", status, "certification_decision.status", status == null ? null : Texts.get("CertificateStatus." + status.name()))
                .commune(communeId, "certification_certificates.commune", communes)
                .add("notice", notice, "certification_certificates.notice", notice == null ? null : Texts.get("NoticeState." + notice.name()))
                .chips();
    }

    public NoticeState getNotice() { return notice; }
    public void setNotice(NoticeState notice) { this.notice = notice; }
    public NoticeState[] getNoticeStates() { return NoticeState.values(); }
}
