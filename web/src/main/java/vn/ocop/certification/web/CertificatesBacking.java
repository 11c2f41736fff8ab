package vn.ocop.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.CertificateFilter;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.Certificates;
import vn.ocop.certification.boundary.ExpiringView;
import vn.ocop.certification.boundary.NoticeView;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.shared.control.Clocks;
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

    @Inject
    Certificates certificates;

    @Inject
    Geography geography;

    private String text;
    private Long communeId;
    private CertificateStatus status;
    private int days = 30;
    private PagedList<CertificateView> list;
    private List<ExpiringView> expiring;
    private List<UnitView> communes;
    private LocalDate sentOn = LocalDate.now(Clocks.VIETNAM);
    private List<vn.ocop.certification.boundary.ReceivedView> received;

    @PostConstruct
    void init() {
        list = new PagedList<>((first, size) -> certificates.list(new CertificateFilter(text, communeId, status, null), first, size),
                CertificateView::id);
        communes = geography.communes();
        received = certificates.received();
        refreshExpiring();
    }

    public void refreshExpiring() {
        expiring = certificates.expiring(days, communeId);
    }

    /** Prints the notice for the certificate and records it as sent on the date chosen. */
    public void sendNotice(String number) {
        NoticeView notice = certificates.sendNotice(number, sentOn);
        Texts.info("certification_certificates.noticeSent", notice.certificate());
        refreshExpiring();
    }

    public void markNow() {
        int[] marked = certificates.markExpiry();
        Texts.info("certification_certificates.marked", marked[0], marked[1]);
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    /** 30, 90 and 180 days, labelled in the page's language. */
    public List<jakarta.faces.model.SelectItem> getDayChoices() {
        return java.util.stream.Stream.of(30, 90, 180)
                .map(n -> new jakarta.faces.model.SelectItem(n, Texts.get("certification_certificates.withinDays", n))).toList();
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
}
