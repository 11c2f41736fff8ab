package vn.ocop.rating.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.rating.entity.SheetStanding;
import vn.ocop.rating.entity.DeclarationRow;
import vn.ocop.shared.control.Records;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A round as the boundaries of rounds and councils reach it: found or not found, checked against the version the page
 * holds, locked for a change below it, and read back as the round page shows it. Used inside their transactions, with
 * their entity manager (a plain object, not a bean: WildFly's CDI does not inject a persistence context into a
 * package-private helper of an EJB module).
 */
final class RoundAccess {

    private final EntityManager em;
    private final RoundResults results;

    RoundAccess(EntityManager em, RoundResults results) {
        this.em = em;
        this.results = results;
    }

    EvaluationRound find(long id) {
        return Records.find(em, EvaluationRound.class, id);
    }

    /** A product of a round, or not found. */
    static RoundProduct product(EntityManager em, long roundId, long productId) {
        return em.createNamedQuery(RoundProduct.BY_PRODUCT, RoundProduct.class).setParameter("round", roundId)
                .setParameter("product", productId).getResultStream().findFirst()
                .orElseThrow(Records::notFound);
    }

    /** The seat of the user on the council of a round, or not found. */
    static CouncilMember seat(EntityManager em, long roundId, String username) {
        return em.createNamedQuery(CouncilMember.MINE, CouncilMember.class).setParameter("round", roundId)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(Records::notFound);
    }

    /**
     * The round, for a change below it (a product, the council): locked and its version raised
     * before anything changes (EclipseLink refreshes an entity it locks, so a lock taken after a
     * change would lose it), so that every open page of the round is stale afterwards.
     */
    EvaluationRound changing(long id, long version) {
        EvaluationRound round = editable(id, version);
        touch(round);
        return round;
    }

    EvaluationRound editable(long id, long version) {
        EvaluationRound round = find(id);
        Records.requireVersion(round.getVersion(), version);
        return round;
    }

    /**
     * A change below the round (a product, the council) makes open pages of the round stale: the
     * round's version goes up now, so that the page that made the change gets the new one back
     * (with OPTIMISTIC_FORCE_INCREMENT Hibernate raises it only at commit, after the answer is built).
     */
    void touch(EvaluationRound round) {
        em.lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    RoundDetails details(EvaluationRound round) {
        List<RoundProductView> products = em.createQuery("SELECT NEW vn.ocop.rating.boundary.RoundProductView(rp.id, p.id, p.name,"
                + " o.name, c.name, s.number, s.name, p.registrationType, rp.sheetId) FROM RoundProduct rp JOIN rp.product p"
                + " JOIN p.producer o JOIN o.commune c JOIN p.productSet s WHERE rp.round = :round ORDER BY p.nameKey, p.id",
                RoundProductView.class).setParameter("round", round).getResultList();
        return new RoundDetails(RoundView.of(round), products, CouncilView.of(round.getCouncil()),
                progress(round, products.size()));
    }

    /** Per scoring member: products not declared yet, conflicts, drafts, submitted sheets. */
    List<MemberProgress> progress(EvaluationRound round, int products) {
        if (round.getStatus() == RoundStatus.OPEN) {
            return List.of();
        }
        Map<Long, List<SheetStanding>> sheets = results.standings(round).stream()
                .collect(Collectors.groupingBy(SheetStanding::memberId));
        Map<Long, List<DeclarationRow>> declarations = results.declarations(round).stream()
                .collect(Collectors.groupingBy(DeclarationRow::memberId));
        return round.getCouncil().scoringMembers().stream().map(member -> {
            Map<Long, Boolean> latest = new HashMap<>();
            declarations.getOrDefault(member.getId(), List.of()).forEach(d -> latest.put(d.roundProductId(), d.isConflict()));
            List<SheetStanding> own = sheets.getOrDefault(member.getId(), List.of());
            return new MemberProgress(member.getId(), member.getUser().getFullName(), member.getRole(),
                    products - latest.size(), latest.values().stream().filter(c -> c).count(),
                    own.stream().filter(SheetStanding::drafting).count(), own.stream().filter(SheetStanding::counts).count());
        }).toList();
    }
}
