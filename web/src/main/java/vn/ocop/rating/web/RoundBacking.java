package vn.ocop.rating.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.identity.entity.Role;
import vn.ocop.rating.boundary.CandidateView;
import vn.ocop.rating.boundary.CouncilForm;
import vn.ocop.rating.boundary.MemberRoundView;
import vn.ocop.rating.boundary.PersonView;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.boundary.Councils;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.Scoring;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.web.PagedList;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.Serializable;
import java.util.List;

/**
 * A round. The office sets it up (products, council, advisory group) and moves it on; leaders and
 * administrators read it; a council member sees their own products and where they stand, and the
 * chair opens the results. The council member's view comes from {@link Scoring}, the rest from {@link Rounds}.
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
    private RoundForm form = new RoundForm();
    private CouncilForm council = new CouncilForm();
    private final Appointment appointment = new Appointment();
    private final Appointment advisor = new Appointment();
    private String candidateText;
    private PagedList<CandidateView> candidates;
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
            form = RoundForm.of(details.round());
            candidates = new PagedList<>((first, size) -> rounds.candidates(id, candidateText, first, size),
                    CandidateView::productId);
        }
    }

    private long version() {
        return details.round().version();
    }

    private void saved(String dialog) {
        Texts.info("general.saved");
        if (dialog != null) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
    }

    public void startEdit() {
        form = RoundForm.of(details.round());
    }

    public void saveEdit() {
        details = rounds.update(id, version(), form);
        saved("editDialog");
    }

    public void addProduct(long productId) {
        details = rounds.addProduct(id, version(), productId);
        saved(null);
    }

    public void removeProduct(long productId) {
        details = rounds.removeProduct(id, version(), productId);
        saved(null);
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

    public String startScoring() {
        rounds.startScoring(id, version());
        return reloaded("rating_round.scoringStarted");
    }

    public String conclude() {
        rounds.conclude(id, version());
        return reloaded("rating_round.concluded");
    }

    /** The chair opens the results to the members who submitted. */
    public String openResults() {
        scoring.openResults(id);
        return reloaded("rating_round.resultsOpened");
    }

    /** The round's status changed: the page is shown afresh, with the confirmation. */
    private String reloaded(String key) {
        Texts.info(key);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/rating/round?faces-redirect=true&id=" + id;
    }

    /** Council accounts, for the council; council members' and officers' accounts, for the advisory group. */
    public List<PersonView> getCouncilPeople() {
        return people.stream().filter(p -> p.role() == Role.COUNCIL).toList();
    }

    public List<PersonView> getPeople() {
        return people;
    }

    public MemberRole[] getRoles() {
        return MemberRole.values();
    }

    /** The rules by which a council may meet a star mark, the default first. */
    public List<GateRule> getGateRules() {
        return List.of(GateRule.MAJORITY, GateRule.MEAN, GateRule.UNANIMOUS);
    }

    public boolean isOffice() {
        return session.hasRole(Roles.OFFICER);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RoundDetails getDetails() {
        return details;
    }

    public MemberRoundView getMember() {
        return member;
    }

    public RoundForm getForm() {
        return form;
    }

    public CouncilForm getCouncil() {
        return council;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public Appointment getAdvisor() {
        return advisor;
    }

    public String getCandidateText() {
        return candidateText;
    }

    public void setCandidateText(String candidateText) {
        this.candidateText = candidateText;
    }

    public PagedList<CandidateView> getCandidates() {
        return candidates;
    }

    /** What the member and advisor dialogs hold. */
    public static class Appointment implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long userId;
        private MemberRole role;
        private boolean lead;
        private String position;

        void clear(MemberRole defaultRole) {
            userId = null;
            role = defaultRole;
            lead = false;
            position = null;
        }

        public Long getUserId() { return userId; }
        public void setUserId(Long userId) { this.userId = userId; }
        public MemberRole getRole() { return role; }
        public void setRole(MemberRole role) { this.role = role; }
        public boolean isLead() { return lead; }
        public void setLead(boolean lead) { this.lead = lead; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
    }
}
