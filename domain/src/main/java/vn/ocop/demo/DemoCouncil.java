package vn.ocop.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.ocop.rating.boundary.CouncilForm;
import vn.ocop.rating.boundary.Councils;
import vn.ocop.rating.boundary.PaperSheets;
import vn.ocop.rating.boundary.PersonView;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.ScoringForms;
import vn.ocop.rating.boundary.SheetForm;
import vn.ocop.rating.entity.MemberRole;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The council of a demonstration round, set up the same way in every year of the demonstration: established by its
 * decision, its members appointed from a list (account, role, position), the scoring started; then each member's paper
 * sheet (on the sheet's form) keyed twice, by the calling bean and by the second officer ({@link DemoPaperCheck}). A plain CDI bean, not an
 * EJB: its calls run in the calling bean's transaction and as the calling bean's run-as role and principal, so the data
 * is the same as when each bean did it itself.
 */
@Dependent
public class DemoCouncil {

    @Inject
    Rounds rounds;

    @Inject
    Councils councils;

    @Inject
    PaperSheets paper;

    @Inject
    DemoPaperCheck check;

    @Inject
    ScoringForms forms;

    /** Establishes the round's council by its decision, appoints the members and starts the scoring; answers the round. */
    RoundDetails seat(long round, RoundDetails details, String decision, LocalDate decidedOn, List<String[]> members) {
        CouncilForm council = new CouncilForm();
        council.setDecisionNumber(decision);
        council.setDecisionDate(decidedOn);
        RoundDetails seated = councils.establishCouncil(round, details.round().version(), council);
        Map<String, Long> people = new LinkedHashMap<>();
        councils.people().forEach((PersonView p) -> people.put(p.username(), p.id()));
        for (String[] member : members) {
            seated = councils.appoint(round, seated.round().version(), people.get(member[0]), MemberRole.valueOf(member[1]), member[2]);
        }
        return rounds.startScoring(round, seated.round().version());
    }

    /** The members who score (everyone but the secretary), in the council's order. */
    static List<Long> scorers(RoundDetails details) {
        return details.council().members().stream().filter(m -> m.role() != MemberRole.SECRETARY).map(m -> m.id()).toList();
    }

    /** The form of a score sheet, to fill in a member's choices. */
    SheetForm sheet(long sheetId) {
        return forms.form(sheetId);
    }

    /** Keys a member's paper sheet of a product twice, as the paper fallback requires. */
    void key(long round, long product, long member, Map<Long, Long> choices) {
        paper.enter(round, product, member, choices);
        check.enter(round, product, member, choices);
    }
}
