package vn.ocop.statistics.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.control.StarClass;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The class in force today of some products ({@link StarClass#on}: the latest recognition that holds, whether the
 * class rose or fell), from the district's certificates that confer a class and the received decisions of the higher
 * levels; a product without one is left out. For the producer's page.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class ClassesInForce {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Product id to its class in force today. */
    public Map<Long, Integer> of(Collection<Long> products) {
        Map<Long, Integer> classes = new HashMap<>();
        if (products == null || products.isEmpty()) {
            return classes;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<StarClass.Recognition>> recognitions = new HashMap<>();
        em.createQuery("SELECT c.productId, c.number, c.stars, c.validFrom, c.validUntil, c.revokedOn FROM Certificate c"
                        + " WHERE c.productId IN :ids AND c.conferredStars IS NOT NULL", Object[].class).setParameter("ids", products)

                .getResultList().forEach(r -> recognitions.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(StarClass.Recognition.certificate((String) r[1], ((Number) r[2]).intValue(), (LocalDate) r[3],
                                (LocalDate) r[4], (LocalDate) r[5])));
        em.createQuery("SELECT r.product.id, r.stars, r.decision.signedOn, r.validUntil FROM ReceivedProduct r"
                        + " WHERE r.product.id IN :ids", Object[].class).setParameter("ids", products).getResultList()
                .forEach(r -> recognitions.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(StarClass.Recognition.received(((Number) r[1]).intValue(), (LocalDate) r[2], (LocalDate) r[3])));
        recognitions.forEach((id, list) -> StarClass.on(today, list).ifPresent(best -> classes.put(id, best.stars())));
        return classes;
    }
}
