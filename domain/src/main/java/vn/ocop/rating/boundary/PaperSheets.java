package vn.ocop.rating.boundary;

import java.io.Serializable;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.control.SheetNode;
import vn.ocop.rating.entity.ConflictDeclaration;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.PaperEntry;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The paper fallback: a member scores on the printed sheet and signs it; one officer keys
 * it in, a second officer keys it again. The member's sheet is written, declared free of conflict
 * and submitted, only when the two entries agree; otherwise the criteria that differ are shown and
 * either officer keys their entry again. One officer can never key both entries.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class PaperSheets {

    /** The note of the declaration made on the member's behalf from their signed paper sheet. */
    public static final String DECLARED_ON_PAPER = "Phiếu giấy có chữ ký của thành viên, nhập hai lần và đối chiếu khớp";

    @PersistenceContext
    EntityManager em;

    @Inject
    ScoringForms forms;

    @Inject
    Acting acting;

    @Resource
    SessionContext context;

    /** What the keying page needs: the round, the product, its sheet, the scoring members. */
    public record PaperForm(RoundView round, RoundProductView product, SheetForm form, List<CouncilView.Member> members) implements Serializable {
    }

    /** The form to key paper sheets of a product of a round being scored. */
    public PaperForm form(long roundId, long productId) {
        RoundProduct product = RoundAccess.product(em, roundId, productId);
        product.getRound().requireScoring();
        return new PaperForm(RoundView.of(product.getRound()), RoundProductView.of(product), forms.form(product.getSheetId()),
                CouncilView.of(product.getRound().getCouncil()).members().stream().filter(m -> m.role().scores()).toList());
    }

    /**
     * Keys a member's paper sheet for a product: criterion id → option id, every criterion of the sheet.
     */
    public PaperState enter(long roundId, long productId, long memberId, Map<Long, Long> choices) {
        RoundProduct product = RoundAccess.product(em, roundId, productId);
        product.getRound().requireScoring();
        CouncilMember member = em.find(CouncilMember.class, memberId);
        if (member == null || !product.getRound().sits(member)) {
            throw Records.notFound();
        }
        if (!member.getRole().scores()) {
            throw new BusinessException("rating.council.secretaryDoesNotScore");
        }
        SheetChoices form = forms.form(product.getSheetId()).choices();
        choices.forEach(form::check);
        List<Long> missing = form.missing(choices);
        if (!missing.isEmpty()) {
            throw new BusinessException("rating.sheet.incomplete", missing.size());
        }
        List<ConflictDeclaration> declarations = em.createNamedQuery(ConflictDeclaration.OF, ConflictDeclaration.class)
                .setParameter("member", member).setParameter("roundProduct", product).getResultList();
        Optional<ConflictDeclaration> latest = ConflictDeclaration.latest(declarations);
        if (latest.isPresent() && latest.get().isConflict()) {
            throw new BusinessException("rating.conflict.cannotScore");
        }
        ScoreSheet sheet = em.createNamedQuery(ScoreSheet.OF, ScoreSheet.class).setParameter("member", member)
                .setParameter("roundProduct", product).getResultStream().findFirst().orElse(null);
        if (sheet != null && sheet.counts()) {
            throw new BusinessException("rating.paper.alreadySubmitted");
        }
        String me = context.getCallerPrincipal().getName();
        LocalDateTime now = acting.now();
        List<PaperEntry> entries = em.createNamedQuery(PaperEntry.OF, PaperEntry.class).setParameter("roundProduct", product)
                .setParameter("member", member).getResultList().stream().filter(e -> !e.isAccepted()).toList();
        PaperEntry mine = entries.stream().filter(e -> e.getEnteredBy().equals(me)).findFirst().orElse(null);
        if (mine == null) {
            mine = new PaperEntry(product, member, me, choices, now);
            em.persist(mine);
        } else {
            mine.rekey(choices, now);
        }
        PaperEntry other = entries.stream().filter(e -> !e.getEnteredBy().equals(me)).reduce((a, b) -> b).orElse(null);
        if (other == null) {
            em.flush();
            acting.audit("PAPER_SHEET_KEYED", product, null, "member=" + member.getUser().getUsername() + "; by=" + me);
            return new PaperState(1, List.of(), false);
        }
        Set<Long> differ = mine.differences(other);
        if (!differ.isEmpty()) {
            em.flush();
            acting.audit("PAPER_SHEET_DIFFERS", product, null, "member=" + member.getUser().getUsername() + "; by=" + me
                    + "; criteria=" + differ);
            return new PaperState(2, differ.stream().map(id -> path(form, id)).toList(), false);
        }
        if (latest.isEmpty()) {
            em.persist(ConflictDeclaration.declare(member, product, declarations, false, DECLARED_ON_PAPER, now));
        }
        if (sheet == null) {
            sheet = new ScoreSheet(member, product, now);
            em.persist(sheet);
        }
        sheet.enterFromPaper(form, choices, now);
        mine.accept();
        other.accept();
        em.flush();
        acting.audit("PAPER_SHEET_ACCEPTED", sheet, null, "entered by " + other.getEnteredBy() + " and " + me);
        return new PaperState(2, List.of(), true);
    }

    private static String path(SheetChoices form, long criterionId) {
        SheetNode node = form.tree().node(criterionId);
        return node == null ? "#" + criterionId : node.path();
    }
}
