package vn.ocop.certification.boundary;

import java.io.Serializable;

import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.DecisionKind;
import vn.ocop.certification.entity.DecisionStatus;

import java.time.LocalDate;

/** A decision in a list: its kind, state, number and date once issued, how many products, the round it comes from. */
public record DecisionView(long id, DecisionKind kind, DecisionStatus status, String number, LocalDate date, int productCount,
                           String summary, Long roundId, String roundTitle, Long refersToId, String refersToNumber,
                           long version, boolean confersClass) implements Serializable {

    public static DecisionView of(Decision d) {
        return of(d, d.getProducts().size());
    }

    /** In a list, with its number of products counted by the database (a decision may recognise thousands). */
    static DecisionView of(Decision d, int productCount) {
        return new DecisionView(d.getId(), d.getKind(), d.getStatus(), d.getNumber(), d.getSignedOn(), productCount,
                d.text().summary(), d.getRound() == null ? null : d.getRound().getId(),
                d.getRound() == null ? null : d.getRound().getTitle(),
                d.getRefersTo() == null ? null : d.getRefersTo().getId(),
                d.getRefersTo() == null ? null : d.getRefersTo().getNumber(), d.getVersion(), d.confersClass());
    }
}
