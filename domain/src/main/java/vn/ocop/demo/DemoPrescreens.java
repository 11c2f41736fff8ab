package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.registration.control.PrescreenRules;
import vn.ocop.registration.entity.ItemResult;
import vn.ocop.registration.entity.Prescreen;
import vn.ocop.registration.entity.PrescreenItem;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductTransition;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.control.Roles;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The communes' pre-screens of the demonstration, in the names of their commune officers' accounts. The pre-screen
 * boundary takes the signed-in commune officer, which a demonstration running as a role is not; so this bean applies
 * the same rules (the body that acts for the producer's commune, a pre-screen required under the regime of the day of
 * submission, one per submission, and the entity's own rules: every item, a reason and an item not met for a return,
 * every mandatory item met for a pass) and the same audit entries.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DemoPrescreens {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * Records the pre-screen of the product's submitted dossier by the commune officer (an account of the demonstration):
     * every item met but those listed as not met.
     */
    public long record(long productId, String officer, PrescreenOutcome outcome, String remarks, String reasons,
                       Set<String> notMet, LocalDateTime at) {
        Product product = em.find(Product.class, productId);
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", officer)
                .getSingleResult();
        Map<Long, IssuingBody> byUnit = em.createQuery("SELECT b FROM IssuingBody b WHERE b.level = :level AND b.unit IS NOT NULL",
                        IssuingBody.class).setParameter("level", UnitLevel.COMMUNE).getResultList().stream()
                .collect(Collectors.toMap(b -> b.getUnit().getId(), Function.identity(), (a, b) -> a));
        IssuingBody body = PrescreenRules.bodyUnit(product.getProducer().getCommune(), byUnit.keySet()).map(byUnit::get).orElse(null);
        Long commune = product.getProducer().getCommune().getId();
        boolean succeeds = account.getUnit() != null && em.createQuery("SELECT COUNT(s) FROM UnitSuccession s"
                + " WHERE s.predecessor.id = :former AND s.successor.id = :unit", Long.class).setParameter("former", commune)
                .setParameter("unit", account.getUnit().getId()).getSingleResult() > 0;
        // the officer of the commune, or of the commune that replaced it (as the pre-screen boundary's reach)
        if (account.getUnit() == null || !(account.getUnit().getId().equals(commune) || succeeds)) {
            throw new IllegalStateException(officer + " is no officer of the commune of " + product.getName());
        }
        ProductTransition submission = product.currentSubmission();
        String regime = (String) em.createNativeQuery("SELECT code FROM rating_regime WHERE effective_from <= ?1"
                + " AND (effective_to IS NULL OR effective_to >= ?1)")
                .setParameter(1, java.sql.Date.valueOf(submission.getOccurredAt().toLocalDate())).getSingleResult();
        PrescreenRules.requireRequired(body, regime, submission.getOccurredAt().toLocalDate());
        PrescreenRules.requireNotScreened(em.createNamedQuery(Prescreen.OF_SUBMISSION, Long.class)
                .setParameter("submission", submission).getSingleResult());
        List<PrescreenItem> items = em.createNamedQuery(PrescreenItem.ACTIVE, PrescreenItem.class).getResultList();
        Map<Long, ItemResult> found = new HashMap<>();
        items.forEach(i -> found.put(i.getId(), notMet.contains(i.getCode()) ? ItemResult.NOT_MET : ItemResult.MET));
        String before = product.auditState();
        Prescreen prescreen = new Prescreen(product, body, items, found, outcome, remarks, reasons, at, account.getUsername(),
                account.getFullName());
        em.persist(prescreen);
        em.flush();
        audit.change("DOSSIER_PRESCREENED", prescreen, null, null);
        if (outcome == PrescreenOutcome.RETURNED) {
            audit.change("PRODUCT_DOSSIER_RETURNED", product, before, null);
        }
        return prescreen.getId();
    }
}
