package vn.ocop.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.InspectionView;
import vn.ocop.certification.boundary.Inspections;
import vn.ocop.certification.boundary.Revocations;
import vn.ocop.certification.entity.RevocationGround;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decision page's revocation draft: the certificates ticked and the grounds; opened from an inspection that
 * proposed it, its certificate and the inspection's ground come ticked.
 */
@Named
@ViewScoped
public class DecisionRevocationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Revocations revocations;

    @Inject
    Inspections inspections;

    @Inject
    DecisionBacking decision;

    private List<String> revoked = new ArrayList<>();
    private String grounds;
    private List<RevocationGround> groundCodes = new ArrayList<>();
    private Long inspection;
    private InspectionView inspected;

    /** Called by the view parameter, after the decision is shown. */
    public void load() {
        if (inspection != null) {
            inspected = inspections.inspection(inspection);
            revoked = new ArrayList<>(List.of(inspected.certificate()));
            groundCodes = new ArrayList<>(List.of(RevocationGround.INSPECTION_FINDINGS));
        }
    }

    /** Drafts the revocation of the certificates ticked, for the grounds given, and opens it. */
    public String draftRevocation() {
        DecisionDetails drafted = revocations.draftRevocation(decision.getId(), revoked, groundCodes, grounds, inspection);
        return "/certification/decision?faces-redirect=true&id=" + drafted.decision().id();
    }

    /** The grounds offered; the inspection's only for a revocation drafted from an inspection that proposed it. */
    public List<RevocationGround> getGroundChoices() {
        return Arrays.stream(RevocationGround.values())
                .filter(g -> inspection != null || g != RevocationGround.INSPECTION_FINDINGS).toList();
    }

    public List<String> getRevoked() { return revoked; }
    public void setRevoked(List<String> revoked) { this.revoked = revoked; }
    public List<RevocationGround> getGroundCodes() { return groundCodes; }
    public void setGroundCodes(List<RevocationGround> groundCodes) { this.groundCodes = groundCodes; }
    public Long getInspection() { return inspection; }
    public void setInspection(Long inspection) { this.inspection = inspection; }
    public InspectionView getInspected() { return inspected; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
}
