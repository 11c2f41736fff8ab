package vn.ocop.certification.boundary;

import vn.ocop.certification.entity.DecisionTemplate;

/** The wording decisions of a regime start from. */
public record TemplateView(String regimeCode, String legalBases, String proposer, String unitInCharge, String recipients,
                           long version) {

    static TemplateView of(DecisionTemplate t) {
        return new TemplateView(t.getRegimeCode(), t.getLegalBases(), t.getProposer(), t.getUnitInCharge(), t.getRecipients(),
                t.getVersion());
    }
}
