package vn.ocop.rating.boundary;

import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.entity.IssuingBody;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.MinutesDate;
import vn.ocop.rating.control.PrintedResults;
import vn.ocop.rating.control.PrintedSheet;
import vn.ocop.rating.control.ProductResult;
import vn.ocop.rating.control.SheetTree;
import vn.ocop.rating.entity.ConflictDeclaration;
import vn.ocop.rating.entity.Council;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.CriteriaSet;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.rating.entity.ScoringSheet;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.reports.Documents;
import vn.ocop.reports.MemberSheetDocument;
import vn.ocop.reports.MinutesDocument;
import vn.ocop.reports.ScoringSheetDocument;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The printed documents of a round: a council member's scoring sheet for a
 * product (with their choices once submitted, else the pre-filled sheet of the paper fallback) and
 * the minutes of the council's session. Sealed like {@link Results}: the minutes only once the chair
 * opened the results (a council member who scores: once all their sheets are in), a council member
 * only for a round they sit on and only their own sheet; the office sees a member's submitted
 * choices only once the results are opened.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.LEADER, Roles.ADMIN})
public class RatingPrints {

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuingBodies bodies;

    @Inject
    RoundResults results;

    @Inject
    ScoringForms forms;

    @Inject
    Documents printer;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * A member's scoring sheet for a product of the round, for the office (any member of the round's
     * council) or for the member themselves (another member's sheet is "not found"). Submitted: the
     * options chosen, the points, the totals; not yet: the header filled in and the form blank, to
     * score on paper and sign. Refused for the secretary (who does not score), for a member with a
     * conflict of interest, and for the office while a submitted sheet is sealed.
     */
    @RolesAllowed({Roles.OFFICER, Roles.COUNCIL})
    public byte[] memberSheetPdf(long roundId, long productId, long memberId) {
        EvaluationRound round = Records.find(em, EvaluationRound.class, roundId);
        RoundProduct product = RoundAccess.product(em, roundId, productId);
        CouncilMember member = em.find(CouncilMember.class, memberId);
        if (member == null || !round.sits(member)) {
            throw Records.notFound();
        }
        boolean own = context.isCallerInRole(Roles.COUNCIL);
        if (own && !me(roundId).getId().equals(member.getId())) {
            throw Records.notFound();
        }
        if (!member.getRole().scores()) {
            throw new BusinessException("rating.council.secretaryDoesNotScore");
        }
        List<ConflictDeclaration> declarations = em.createNamedQuery(ConflictDeclaration.OF, ConflictDeclaration.class)
                .setParameter("member", member).setParameter("roundProduct", product).getResultList();
        if (ConflictDeclaration.latest(declarations).map(ConflictDeclaration::isConflict).orElse(false)) {
            throw new BusinessException("rating.conflict.cannotScore");
        }
        ScoreSheet sheet = em.createNamedQuery(ScoreSheet.OF, ScoreSheet.class).setParameter("member", member)
                .setParameter("roundProduct", product).getResultStream().filter(ScoreSheet::counts).findFirst().orElse(null);
        if (sheet != null && !own && !round.sheetsVisibleTo(null)) {
            throw new BusinessException("rating.scoring.sealed");
        }
        return printer.pdf(memberSheet(round, product, member, sheet));
    }

    /**
     * The minutes of the council's session, once the chair opened the results (a draft until the
     * round is concluded): for the office, leaders and administrators, and the members of the round's
     * council — a member who scores only once every one of their sheets of the round is submitted or
     * declared a conflict, since the minutes print every product's result.
     */
    public byte[] minutesPdf(long roundId) {
        EvaluationRound round = Records.find(em, EvaluationRound.class, roundId);
        Map<Long, ScoringState> own = context.isCallerInRole(Roles.COUNCIL) ? results.states(me(roundId)) : null;
        if (round.getCouncil() == null) {
            throw new BusinessException("rating.council.none");
        }
        if (!round.minutesVisibleTo(null)) {
            throw new BusinessException("rating.scoring.sealed");
        }
        if (!round.minutesVisibleTo(own == null ? null : own.values())) {
            throw new BusinessException("rating.minutes.sealed");
        }
        return printer.pdf(minutes(round));
    }

    private MemberSheetDocument memberSheet(EvaluationRound round, RoundProduct product, CouncilMember member,
                                            ScoreSheet sheet) {
        ScoringSheet scoring = product.getSheet();
        CriteriaSet set = scoring.getCriteriaSet();
        ProductSet productSet = scoring.getProductSet();
        String setName = PrintedSheet.productSet(productSet.getNumber(), productSet.getCode(), productSet.getName());
        SheetTree tree = forms.form(product.getSheetId()).choices().tree();
        ScoringSheetDocument form = sheet == null
                ? PrintedSheet.document(set.getCode(), set.getName(), setName, set.parts(), tree)
                : PrintedSheet.document(set.getCode(), set.getName(), setName, set.parts(), tree, sheet.choices());
        String total = sheet == null ? null
                : PrintedSheet.points(forms.form(product.getSheetId()).choices().totals(sheet.choices()).total());
        Council council = round.getCouncil();
        RoundProductView p = RoundProductView.of(product);
        return new MemberSheetDocument(round.getTitle(), PrintedResults.level(round.getLevel()), round.getYear(),
                council.getDecisionNumber(), council.getDecisionDate(), member.getUser().getFullName(), member.getPosition(),
                PrintedResults.role(member.getRole()), p.product(), p.producer(), p.commune(),
                sheet == null ? null : sheet.getSubmittedAt(), total, form);
    }

    private MinutesDocument minutes(EvaluationRound round) {
        Council council = round.getCouncil();
        List<ResultView> views = results.of(round);
        QuorumView quorum = results.quorum(round);
        Set<Long> present = results.present(round);
        EvaluationLevel level = round.getLevel();
        boolean district = level == EvaluationLevel.DISTRICT;
        IssuingBody body = bodies.all().stream().filter(b -> b.getLevel().name().equals(level.name()) && b.inOfficeOn(round.getStartsOn()))
                .findFirst().orElseGet(bodies::deployedBody);

        List<MinutesDocument.Member> members = council.getMembers().stream()
                .map(m -> new MinutesDocument.Member(m.getUser().getFullName(), m.getPosition(), PrintedResults.role(m.getRole()),
                        present.contains(m.getId()), m.getRole().scores()))
                .toList();
        List<MinutesDocument.Result> rows = new ArrayList<>();
        for (ResultView view : views) {
            RoundProductView p = view.product();
            rows.add(new MinutesDocument.Result(rows.size() + 1, p.product(), p.producer(), p.commune(),
                    PrintedResults.mean(view.mean()), PrintedResults.mean(view.partA()), PrintedResults.mean(view.partB()),
                    PrintedResults.mean(view.partC()), view.scored() ? view.stars() : null,
                    view.gated() ? view.bandStars() : null, PrintedResults.gates(view.gatedText()),
                    PrintedResults.conclusion(view.scored() ? view.conclusion() : null, view.stars(), level,
                            view.forwardTo()),
                    blankToNull(view.conclusionNote()), view.revisions()));
        }
        List<String> bases = new ArrayList<>();
        bases.add("Căn cứ " + round.getCriteriaSet().getName());
        if (council.getDecisionNumber() != null) {
            bases.add("Căn cứ Quyết định số " + council.getDecisionNumber() + " ngày " + PrintedResults.date(council.getDecisionDate())
                    + (district ? " của Ủy ban nhân dân " + body.getNameVi() : "")
                    + " về việc thành lập Hội đồng đánh giá, phân hạng sản phẩm OCOP " + PrintedResults.level(level));
        }
        LocalDate date = MinutesDate.of(round.getStatus() == RoundStatus.CONCLUDED, round.getResultsOpenedAt(), round.getEndsOn(),
                LocalDate.now(clock));
        String chair = council.chair().map(c -> c.getUser().getFullName()).orElse(null);
        String secretary = council.getMembers().stream().filter(m -> m.getRole() == MemberRole.SECRETARY).findFirst()
                .map(m -> m.getUser().getFullName()).orElse(null);
        return new MinutesDocument(
                district ? body.getHeaderLine1() + "\n" + body.getHeaderLine2() : null,
                "HỘI ĐỒNG ĐÁNH GIÁ,\nPHÂN HẠNG SẢN PHẨM OCOP" + (district ? "" : "\n" + PrintedResults.level(level).toUpperCase()),
                body.getPlace(), date,
                "Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP " + PrintedResults.level(level) + " năm " + round.getYear(),
                round.getTitle(), bases, round.getStartsOn(), round.getEndsOn(), round.getPlace(), round.getCriteriaSet().getCode(),
                members, new MinutesDocument.Quorum(quorum.members(), quorum.present(), quorum.required(), quorum.chairRequired(),
                        quorum.chairPresent(), quorum.met()),
                PrintedSheet.points(council.getMaxSpread()), rows, disagreements(round, views), groups(views, level), chair,
                secretary, round.getStatus() != RoundStatus.CONCLUDED);
    }

    /**
     * The members whose total strays beyond the spread, product by product: from the live results,
     * and for frozen results (which keep no spreads) from the sheets, which are immutable once the
     * round is concluded.
     */
    private List<MinutesDocument.Disagreement> disagreements(EvaluationRound round, List<ResultView> views) {
        Map<Long, List<ScoreSheet>> sheets = new HashMap<>();
        if (views.stream().anyMatch(ResultView::frozen)) {
            em.createNamedQuery(ScoreSheet.OF_ROUND, ScoreSheet.class).setParameter("round", round).getResultList()
                    .forEach(s -> sheets.computeIfAbsent(s.getRoundProduct().getId(), k -> new ArrayList<>()).add(s));
        }
        List<MinutesDocument.Disagreement> found = new ArrayList<>();
        for (ResultView view : views) {
            if (!view.frozen()) {
                view.spreads().stream().filter(s -> s.criterion() == null).forEach(s -> found.add(new MinutesDocument.Disagreement(
                        view.product().product(), s.member(), PrintedResults.mean(s.points()), PrintedResults.mean(s.othersMean()),
                        PrintedResults.mean(s.difference().abs()))));
                continue;
            }
            List<ScoreSheet> own = sheets.getOrDefault(view.product().id(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            ProductResult result = results.compute(own.get(0).getRoundProduct(), own).result();
            if (result == null) {
                continue;
            }
            Map<Long, String> names = own.stream().collect(Collectors.toMap(s -> s.getMember().getId(),
                    s -> s.getMember().getUser().getFullName(), (a, b) -> a));
            result.memberSpreads().forEach(s -> found.add(new MinutesDocument.Disagreement(view.product().product(),
                    names.get(s.memberId()), PrintedResults.mean(s.total()), PrintedResults.mean(s.othersMean()),
                    PrintedResults.mean(s.difference().abs()))));
        }
        return found;
    }

    /** The conclusions grouped: recognised, forwarded (per level), returned, not recognised, and those without a result. */
    private static List<MinutesDocument.ConclusionGroup> groups(List<ResultView> views, EvaluationLevel level) {
        List<String> recognised = new ArrayList<>();
        Map<EvaluationLevel, List<String>> forwarded = new LinkedHashMap<>();
        List<String> returned = new ArrayList<>();
        List<String> notRecognised = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        for (ResultView view : views) {
            Conclusion conclusion = view.scored() ? view.conclusion() : null;
            String item = item(view);
            if (conclusion == null) {
                unscored.add(item);
                continue;
            }
            switch (conclusion) {
                case RECOGNISE -> recognised.add(item);
                case RECOGNISE_AND_FORWARD -> {
                    recognised.add(item);
                    forwarded.computeIfAbsent(forwardTo(view, level), k -> new ArrayList<>()).add(item);
                }
                case FORWARD -> forwarded.computeIfAbsent(forwardTo(view, level), k -> new ArrayList<>()).add(item);
                case RETURN_FOR_COMPLETION -> returned.add(item);
                case NOT_RECOGNISED -> notRecognised.add(item);
            }
        }
        List<MinutesDocument.ConclusionGroup> groups = new ArrayList<>();
        groups.add(new MinutesDocument.ConclusionGroup("Công nhận sản phẩm đạt OCOP", recognised));
        if (forwarded.isEmpty()) {
            forwarded.put(PrintedResults.next(level), List.of());
        }
        forwarded.forEach((to, items) -> groups.add(new MinutesDocument.ConclusionGroup(
                "Đề nghị Hội đồng " + PrintedResults.level(to) + " đánh giá, phân hạng", items)));
        groups.add(new MinutesDocument.ConclusionGroup("Trả hồ sơ để chủ thể hoàn thiện", returned));
        groups.add(new MinutesDocument.ConclusionGroup("Không công nhận", notRecognised));
        if (!unscored.isEmpty()) {
            groups.add(new MinutesDocument.ConclusionGroup("Chưa có kết quả (chưa có phiếu chấm được tính)", unscored));
        }
        return groups;
    }

    private static EvaluationLevel forwardTo(ResultView view, EvaluationLevel level) {
        return view.forwardTo() == null ? PrintedResults.next(level) : view.forwardTo();
    }

    /** "Bánh gai Thượng Mỗ (Hộ kinh doanh Nguyễn Thị Lành, Xã Thượng Mỗ): 3 sao, 74,50 điểm; lý do: …" */
    private static String item(ResultView view) {
        RoundProductView p = view.product();
        String result = view.scored() ? ": " + view.stars() + " sao, " + PrintedResults.mean(view.mean()) + " điểm" : "";
        String note = blankToNull(view.conclusionNote());
        return p.product() + " (" + p.producer() + ", " + p.commune() + ")" + result + (note == null ? "" : "; lý do: " + note);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private CouncilMember me(long roundId) {
        return RoundAccess.seat(em, roundId, context.getCallerPrincipal().getName());
    }
}
