package vn.ocop.rating.boundary;

import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.entity.Council;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The decision that established a council and the rules it works by (quorum, spread, star marks). */
public class CouncilForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String decisionNumber;
    private LocalDate decisionDate;
    private Integer quorumPercent = Council.DEFAULT_QUORUM_PERCENT;
    private boolean chairRequired = true;
    private BigDecimal maxSpread = Council.DEFAULT_SPREAD;
    private GateRule gateRule = GateRule.DEFAULT;

    public static CouncilForm of(CouncilView council) {
        CouncilForm form = new CouncilForm();
        form.decisionNumber = council.decisionNumber();
        form.decisionDate = council.decisionDate();
        form.quorumPercent = council.quorumPercent();
        form.chairRequired = council.chairRequired();
        form.maxSpread = council.maxSpread();
        form.gateRule = council.gateRule();
        return form;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public Integer getQuorumPercent() {
        return quorumPercent;
    }

    public void setQuorumPercent(Integer quorumPercent) {
        this.quorumPercent = quorumPercent;
    }

    public boolean isChairRequired() {
        return chairRequired;
    }

    public void setChairRequired(boolean chairRequired) {
        this.chairRequired = chairRequired;
    }

    public BigDecimal getMaxSpread() {
        return maxSpread;
    }

    public void setMaxSpread(BigDecimal maxSpread) {
        this.maxSpread = maxSpread;
    }

    public GateRule getGateRule() {
        return gateRule;
    }

    public void setGateRule(GateRule gateRule) {
        this.gateRule = gateRule;
    }
}
