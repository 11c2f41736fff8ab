package vn.ocop.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.InspectionFilter;
import vn.ocop.certification.boundary.InspectionView;
import vn.ocop.certification.boundary.Inspections;
import vn.ocop.certification.entity.InspectionOutcome;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.shared.web.AddressFilter;
import vn.ocop.shared.web.PagedList;

import java.io.Serializable;
import java.util.List;

/**
 * The register of inspections after recognition: by year, outcome, commune, certificate (the certificate's own
 * inspections) and the overdue ones only; paged in the database.
 */
@Named
@ViewScoped
public class InspectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inspections inspections;

    @Inject
    Geography geography;

    private Integer year;
    private InspectionOutcome outcome;
    private Long communeId;
    private String certificate;
    private boolean overdue;
    private PagedList<InspectionView> list;
    private List<UnitView> communes;
    private List<Integer> years;

    @PostConstruct
    void init() {
        list = new PagedList<>((first, size) -> inspections.list(
                new InspectionFilter(year, outcome, communeId, certificate, null, overdue), first, size), InspectionView::id);
        communes = geography.communes();
        years = inspections.years();
    }

    public InspectionOutcome[] getOutcomes() {
        return InspectionOutcome.values();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public InspectionOutcome getOutcome() { return outcome; }
    public void setOutcome(InspectionOutcome outcome) { this.outcome = outcome; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public String getCertificate() { return certificate; }
    public void setCertificate(String certificate) { this.certificate = certificate; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    public PagedList<InspectionView> getList() { return list; }
    public List<UnitView> getCommunes() { return communes; }
    public List<Integer> getYears() { return years; }

    // The filters given in the address (the home page's overdue inspections, a certificate's inspections, a bookmark).
    public String getOutcomeParameter() { return outcome == null ? null : outcome.name(); }
    public void setOutcomeParameter(String text) { outcome = AddressFilter.value(InspectionOutcome.class, text); }
    public String getOverdueParameter() { return overdue ? "true" : null; }
    public void setOverdueParameter(String text) { overdue = Boolean.TRUE.equals(AddressFilter.flag(text)); }
}
