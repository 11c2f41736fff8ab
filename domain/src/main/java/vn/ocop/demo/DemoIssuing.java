package vn.ocop.demo;

import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.DecisionIssuing;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.entity.DecisionText;

import java.time.LocalDate;

/**
 * How the demonstration has a drafted decision issued, with the boundaries of the bean that loads it (as its caller:
 * the office): the signer named, the leader's approval, the issue on the day given under a number of the body's
 * register ({@link DemoRegister}).
 */
record DemoIssuing(Decisions decisions, DemoApproval leader, DecisionIssuing issuing) {

    DecisionDetails issue(DecisionDetails draft, String signer, LocalDate signedOn, String registerNumber) {
        DecisionText text = draft.text();
        DecisionDetails named = decisions.edit(draft.decision().id(), draft.decision().version(), new DecisionText(text.summary(),
                text.legalBases(), text.proposer(), text.article1(), text.article2(), text.article3(), text.recipients(),
                text.signingMode(), signer));
        DecisionDetails approved = leader.approve(named.decision().id(), named.decision().version());
        return issuing.issue(approved.decision().id(), approved.decision().version(), signedOn, registerNumber);
    }
}
