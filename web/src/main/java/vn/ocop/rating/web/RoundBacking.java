package vn.ocop.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.identity.entity.Role;
import vn.ocop.rating.boundary.CouncilForm;
import vn.ocop.rating.boundary.MemberRoundView;
import vn.ocop.rating.boundary.PersonView;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.Councils;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.Scoring;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.Serializable;
import java.util.List;

/**
 * A round. The office sets it up (products, council, advisory group) and moves it on; leaders and
 * administrators read it; a council member sees their own products and where they stand, and the
 * chair opens the results. The council member's view comes from {@link Scoring}, the rest from {@link Rounds}.
 * Setting the round up is {@link RoundSetupBacking}'s, its moves {@link RoundMovesBacking}'s.
 */
@Named
@ViewScoped
public class RoundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rounds rounds;

    @Inject
    Councils councils;

    @Inject
    Scoring scoring;

    @Inject
    UserSession session;

    private Long id;
    private RoundDetails details;
    private MemberRoundView member;
    private CouncilForm council = new CouncilForm();
    private final Appointment appointment = new Appointment();
    private final Appointment advisor = new Appointment();
    private List<PersonView> people = List.of();

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        if (session.hasRole(Roles.COUNCIL)) {
            member = scoring.myRound(id);
        } else {
            details = rounds.round(id);
        }
    }

    /** The version of the round shown, which a change must name. */
    public long version() {
        return details.round().version();
    }

    /** Shows the round as a change returned it, with the confirmation; the dialog that made the change closes. */
    public void show(RoundDetails changed, String dialog) {
        details = changed;
        saved(dialog);
    }

    private void saved(String dialog) {
        Texts.info("general.saved");
        if (dialog != null) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
    }

    public void startCouncil() {
        council = CouncilForm.of(details.council());
    }

    public void establishCouncil() {
        details = councils.establishCouncil(id, version(), council);
        saved("councilDialog");
    }

    public void startAppointment() {
        appointment.clear(MemberRole.MEMBER);
        people = councils.people();
    }

    public void appoint() {
        details = councils.appoint(id, version(), appointment.userId == null ? -1 : appointment.userId, appointment.role,
                appointment.position);
        saved("memberDialog");
    }

    public void dismiss(long memberId) {
        details = councils.dismiss(id, version(), memberId);
        saved(null);
    }

    public void startAdvisor() {
        advisor.clear(null);
        people = councils.people();
    }

    public void addAdvisor() {
        details = councils.addAdvisor(id, version(), advisor.userId == null ? -1 : advisor.userId, advisor.lead,
                advisor.position);
        saved("advisorDialog");
    }

    public void removeAdvisor(long advisorId) {
        details = councils.removeAdvisor(id, version(), advisorId);
        saved(null);
    }

    /** Council accounts, for the council; council members' and officers' accounts, for the advisory group. */
    public List<PersonView> getCouncilPeople() {
        return people.stream().filter(p -> p.role() == Role.COUNCIL).toList();
    }

    public List<PersonView> getPeople() {
        return people;
    }

    public boolean isOffice() {
        return session.hasRole(Roles.OFFICER);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RoundDetails getDetails() { return details; }
    public MemberRoundView getMember() { return member; }
    public CouncilForm getCouncil() { return council; }
    public Appointment getAppointment() { return appointment; }
    public Appointment getAdvisor() { return advisor; }
}
