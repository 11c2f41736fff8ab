package vn.ocop.rating.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.ConflictDeclaration;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scoring by the council members, each for the rounds whose council they sit on (membership is by
 * user account and checked here on every call): before opening a product they declare no conflict
 * of interest or a conflict (kept, never overwritten; with a conflict they cannot score it); they
 * save drafts of their sheet at any time (only what changed is stored), submit it when complete
 * (it is then locked). Sealed: a member sees no other member's sheet until they submitted their own
 * and the chair opened the results; once they may have seen a product's result, neither their sheet
 * nor their declaration for it changes ("rating.sheet.locked"). Declarations, drafts, submissions and
 * the opening are audited.
 */
@Stateless
@RolesAllowed(Roles.COUNCIL)
public class Scoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    ScoringForms forms;

    @Resource
    SessionContext context;

    /** The rounds whose council the caller sits on, the latest first. */
    public List<RoundView> myRounds() {
        return em.createNamedQuery(EvaluationRound.OF_MEMBER, EvaluationRound.class).setParameter("username", username())
                .getResultList().stream().map(RoundView::of).toList();
    }

    /** One of the caller's rounds: their role and, per product, where they stand and their own total. */
    public MemberRoundView myRound(long roundId) {
        CouncilMember me = me(roundId);
        EvaluationRound round = me.getCouncil().getRound();
        Map<Long, List<ConflictDeclaration>> declarations = em.createNamedQuery(ConflictDeclaration.OF_MEMBER,
                        ConflictDeclaration.class).setParameter("member", me).getResultList().stream()
                .collect(Collectors.groupingBy(d -> d.getRoundProduct().getId()));
        Map<Long, ScoreSheet> sheets = new HashMap<>();
        em.createNamedQuery(ScoreSheet.OF_MEMBER, ScoreSheet.class).setParameter("member", me).getResultList()
                .forEach(s -> sheets.put(s.getRoundProduct().getId(), s));
        List<MemberRoundView.Product> products = em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class)
                .setParameter("round", round).getResultList().stream().map(rp -> {
                    ScoreSheet sheet = sheets.get(rp.getId());
                    RoundProductView view = RoundProductView.of(rp);
                    return new MemberRoundView.Product(view.productId(), view.product(), view.producer(), view.productSet(),
                            ScoringState.of(declarations.getOrDefault(rp.getId(), List.of()), sheet),
                            sheet == null ? null : forms.form(rp.getSheetId()).choices().totals(sheet.choices()).total());
                }).toList();
        return new MemberRoundView(RoundView.of(round), me.getRole(), products, round.minutesVisibleTo(
                me.getRole().scores() ? products.stream().map(MemberRoundView.Product::state).toList() : null));
    }

    /** The caller's own sheet for a product of their round (before any declaration: only where they stand). */
    public MemberSheetView sheet(long roundId, long productId) {
        CouncilMember me = me(roundId);
        return view(me, roundProduct(roundId, productId));
    }

    /**
     * Declares no conflict of interest with the product (the sheet opens) or a conflict, with a note
     * (the member then cannot score it; a sheet already opened is withdrawn and no longer counts).
     * Appended, never overwritten.
     */
    public MemberSheetView declare(long roundId, long productId, boolean conflict, String note) {
        CouncilMember me = me(roundId);
        RoundProduct product = roundProduct(roundId, productId);
        List<ConflictDeclaration> earlier = declarations(me, product);
        ScoreSheet sheet = sheetOf(me, product);
        ConflictDeclaration declaration = ConflictDeclaration.declare(me, product, earlier, conflict, note, acting.now());
        product.getRound().requireUnseen(ScoringState.of(earlier, sheet));
        em.persist(declaration);
        if (!conflict && sheet == null) {
            em.persist(new ScoreSheet(me, product, acting.now()));
        } else if (conflict && sheet != null) {
            String before = sheet.auditState();
            sheet.withdraw();
            em.flush();
            acting.audit("SHEET_WITHDRAWN", sheet, before, declaration.getNote());
        }
        UniqueValues.flush(em, new BusinessException("rating.conflict.alreadyDeclared"));
        acting.audit("CONFLICT_DECLARED", declaration, null, declaration.getNote());
        return view(me, product);
    }

    /**
     * Saves choices into the caller's draft (criterion id → option id; null clears one). Only what
     * differs is written, so saving the same choices again changes nothing and is always accepted.
     *
     * @param version the version of the sheet the page holds
     */
    public SavedSheet save(long roundId, long productId, long version, Map<Long, Long> choices) {
        ScoreSheet sheet = mySheet(roundId, productId);
        SheetChoices form = forms.form(sheet.getRoundProduct().getSheetId()).choices();
        String before = sheet.auditState();
        if (sheet.save(form, version, choices, acting.now()) > 0) {
            Records.flush(em);
            acting.audit("SHEET_DRAFT_SAVED", sheet, before, null);
        }
        Map<Long, Long> saved = sheet.choices();
        return new SavedSheet(sheet.getVersion(), sheet.getSavedAt(), form.totals(saved), form.missing(saved).size());
    }

    /** Submits the caller's sheet when every criterion has its option; it is then locked. */
    public MemberSheetView submit(long roundId, long productId, long version) {
        ScoreSheet sheet = mySheet(roundId, productId);
        String before = sheet.auditState();
        sheet.submit(forms.form(sheet.getRoundProduct().getSheetId()).choices(), version, acting.now());
        Records.flush(em);
        acting.audit("SHEET_SUBMITTED", sheet, before, null);
        return view(sheet.getMember(), sheet.getRoundProduct());
    }

    /**
     * The sheets that count for a product (submitted, by members without a conflict), once they may
     * be seen: after the chair opened the results, and for a council member only once they submitted
     * their own sheet for it (or declared a conflict). The office, leaders and administrators see
     * them once the results are opened.
     */
    @RolesAllowed({Roles.COUNCIL, Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
    public List<SubmittedSheetView> sheets(long roundId, long productId) {
        RoundProduct product = roundProduct(roundId, productId);
        if (!product.getRound().sheetsVisibleTo(own(roundId, product))) {
            throw new BusinessException("rating.scoring.sealed");
        }
        return counted(product);
    }

    /**
     * SEAM for the results: per product of the round that the caller may see
     * (as {@link #sheets}), the sheets that count with each member's own total. Means, part subtotals,
     * star classes, gates, spread, conclusions and the quorum are to be computed from this input by
     * the result rules; until then this answers the members' totals only.
     */
    @RolesAllowed({Roles.COUNCIL, Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
    public List<ProductScores> scores(long roundId) {
        EvaluationRound round = Records.find(em, EvaluationRound.class, roundId);
        return em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class).setParameter("round", round).getResultList()
                .stream().filter(rp -> round.sheetsVisibleTo(own(roundId, rp)))
                .map(rp -> new ProductScores(RoundProductView.of(rp), counted(rp))).toList();
    }

    /** The chair opens the results of the round: members who submitted may then see the others' sheets. */
    public MemberRoundView openResults(long roundId) {
        CouncilMember me = me(roundId);
        EvaluationRound round = me.getCouncil().getRound();
        String before = round.auditState();
        round.openResults(me, acting.now());
        Records.flush(em);
        acting.audit("RESULTS_OPENED", round, before, null);
        return myRound(roundId);
    }

    private MemberSheetView view(CouncilMember me, RoundProduct product) {
        List<ConflictDeclaration> declarations = declarations(me, product);
        ScoreSheet sheet = sheetOf(me, product);
        ScoringState state = ScoringState.of(declarations, sheet);
        SheetForm form = forms.form(product.getSheetId());
        Map<Long, Long> choices = sheet == null ? Map.of() : sheet.choices();
        Optional<ConflictDeclaration> latest = ConflictDeclaration.latest(declarations);
        return new MemberSheetView(RoundView.of(product.getRound()), RoundProductView.of(product), me.getRole(), state,
                latest.map(ConflictDeclaration::getNote).orElse(null), latest.map(ConflictDeclaration::getDeclaredAt).orElse(null),
                sheet == null ? 0 : sheet.getVersion(), sheet == null ? null : sheet.getSavedAt(),
                sheet == null ? null : sheet.getSubmittedAt(), form, choices, form.choices().totals(choices),
                form.choices().missing(choices), product.getRound().sheetsVisibleTo(viewer(me, state)));
    }

    private List<SubmittedSheetView> counted(RoundProduct product) {
        SheetChoices form = forms.form(product.getSheetId()).choices();
        return em.createNamedQuery(ScoreSheet.OF_ROUND_PRODUCT, ScoreSheet.class).setParameter("roundProduct", product)
                .getResultList().stream().filter(ScoreSheet::counts).map(s -> {
                    Map<Long, Long> choices = s.choices();
                    CouncilMember member = s.getMember();
                    return new SubmittedSheetView(member.getId(), member.getUser().getUsername(), member.getUser().getFullName(),
                            member.getRole(), s.getSubmittedAt(), form.totals(choices), choices);
                }).toList();
    }

    /** The caller's state for the product when they are a council member; null for the office, leaders, administrators. */
    private ScoringState own(long roundId, RoundProduct product) {
        if (!context.isCallerInRole(Roles.COUNCIL)) {
            return null;
        }
        CouncilMember me = me(roundId);
        return viewer(me, ScoringState.of(declarations(me, product), sheetOf(me, product)));
    }

    /** The member's state as the seal takes it: null for a member who does not score (the secretary), as for the office. */
    private static ScoringState viewer(CouncilMember me, ScoringState state) {
        return me.getRole().scores() ? state : null;
    }

    /** The caller's sheet for the product; says why when there is none (no declaration yet, a conflict). */
    private ScoreSheet mySheet(long roundId, long productId) {
        Optional<ScoreSheet> sheet = em.createNamedQuery(ScoreSheet.MINE, ScoreSheet.class).setParameter("round", roundId)
                .setParameter("product", productId).setParameter("username", username()).getResultStream().findFirst();
        if (sheet.isPresent()) {
            return sheet.get();
        }
        CouncilMember me = me(roundId);
        RoundProduct product = roundProduct(roundId, productId);
        Optional<ConflictDeclaration> latest = ConflictDeclaration.latest(declarations(me, product));
        if (latest.isPresent() && latest.get().isConflict()) {
            throw new BusinessException("rating.conflict.cannotScore");
        }
        throw new BusinessException("rating.conflict.declareFirst");
    }

    /** The caller as a member of the round's council; "not found" for anyone else. */
    private CouncilMember me(long roundId) {
        return em.createNamedQuery(CouncilMember.MINE, CouncilMember.class).setParameter("round", roundId)
                .setParameter("username", username()).getResultStream().findFirst()
                .orElseThrow(Records::notFound);
    }

    private RoundProduct roundProduct(long roundId, long productId) {
        return em.createNamedQuery(RoundProduct.BY_PRODUCT, RoundProduct.class).setParameter("round", roundId)
                .setParameter("product", productId).getResultStream().findFirst()
                .orElseThrow(Records::notFound);
    }

    private List<ConflictDeclaration> declarations(CouncilMember member, RoundProduct product) {
        return em.createNamedQuery(ConflictDeclaration.OF, ConflictDeclaration.class).setParameter("member", member)
                .setParameter("roundProduct", product).getResultList();
    }

    private ScoreSheet sheetOf(CouncilMember member, RoundProduct product) {
        return em.createNamedQuery(ScoreSheet.OF, ScoreSheet.class).setParameter("member", member)
                .setParameter("roundProduct", product).getResultStream().findFirst().orElse(null);
    }

    private String username() {
        return context.getCallerPrincipal().getName();
    }
}
