package vn.ocop.certification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductTransition;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A product's evaluations over its life, one product with several: each registration (its dossier's number, year and
 * type: first time, re-evaluation, upgrade), the rounds that evaluated that dossier with their result (a round records
 * the dossier it took; rounds recorded before it did are placed by the day they took the product), and the
 * certificate each recognition gave with its state today (a later recognition supersedes the earlier certificate).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class ProductHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    /** The rows of the product's history, the first registration first. */
    public List<EvaluationRow> of(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || !acting.caller().reaches(product.getProducer().getCommune().getId())) {
            throw Records.notFound();
        }
        List<ProductTransition> submissions = product.getTransitions().stream()
                .filter(t -> t.getTo() == CycleStep.DOSSIER_SUBMITTED).toList();
        List<RoundProduct> evaluations = em.createQuery("SELECT rp FROM RoundProduct rp JOIN FETCH rp.round"
                + " WHERE rp.product = :product ORDER BY rp.addedAt, rp.id", RoundProduct.class).setParameter("product", product)
                .getResultList();
        List<Certificate> certificates = em.createQuery("SELECT c FROM Certificate c JOIN FETCH c.decision"
                + " WHERE c.productId = :product ORDER BY c.validFrom, c.number", Certificate.class)
                .setParameter("product", productId).getResultList();
        LocalDate today = acting.today();
        List<EvaluationRow> rows = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            ProductTransition submitted = submissions.get(i);
            ProductTransition next = i + 1 < submissions.size() ? submissions.get(i + 1) : null;
            int dossier = i + 1;
            List<RoundProduct> ofDossier = evaluations.stream().filter(rp -> rp.getDossierNumber() != null
                    ? rp.getDossierNumber() == dossier
                    : !rp.getAddedAt().isBefore(submitted.getOccurredAt())
                            && (next == null || rp.getAddedAt().isBefore(next.getOccurredAt()))).toList();
            EvaluationRow.Registration registration = new EvaluationRow.Registration(i + 1, submitted.getOccurredAt().toLocalDate(),
                    submitted.getRegistrationType() == null ? null : submitted.getRegistrationType().name());
            if (ofDossier.isEmpty()) {
                rows.add(new EvaluationRow(registration, null, null));
            }
            for (RoundProduct rp : ofDossier) {
                Certificate certificate = certificates.stream().filter(c -> c.getDecision().getRound() != null
                        && c.getDecision().getRound().getId().equals(rp.getRound().getId())).findFirst().orElse(null);
                rows.add(new EvaluationRow(registration, new EvaluationRow.Evaluation(rp.getRound().getYear(),
                        rp.getRound().getLevel().name(), rp.getRound().getTitle(), rp.getMean(), rp.getStars(),
                        rp.getConclusion() == null ? null : rp.getConclusion().name()),
                        certificate == null ? null : new EvaluationRow.Recognition(certificate.getNumber(), certificate.getStars(),
                                certificate.confersClass(), certificate.getValidFrom(), certificate.statusOn(today).name(),
                                certificate.getSupersededByNumber())));
            }
        }
        return rows;
    }
}
