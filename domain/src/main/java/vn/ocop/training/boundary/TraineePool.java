package vn.ocop.training.boundary;

import vn.ocop.training.entity.CompletedCourse;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerManager;
import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.Product;
import vn.ocop.training.control.CoverageRules;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Enrolment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people to train, read from registration (managers of active producers) and identity (enabled
 * accounts of the district office, the communes and the council), and their completed courses. A
 * district has some hundreds of them: they are read whole and filtered in memory.
 */
final class TraineePool {

    private static final Map<Role, Audience> STAFF = Map.of(Role.OFFICER, Audience.DISTRICT_STAFF,
            Role.COMMUNE, Audience.COMMUNE_STAFF, Role.COUNCIL, Audience.COUNCIL_ADVISORY);

    private TraineePool() {
    }

    /** Everybody who can be enrolled: managers of active producers and staff accounts. */
    static List<Trainee> everybody(EntityManager em) {
        List<Trainee> people = new ArrayList<>(managers(em, null));
        people.addAll(staff(em));
        return people;
    }

    /** Those required to be trained: managers of producers taking part (a product in the cycle) and staff. */
    static List<Trainee> required(EntityManager em) {
        Set<Long> takingPart = takingPart(em);
        List<Trainee> people = new ArrayList<>(managers(em, null).stream().filter(t -> takingPart.contains(t.producerId())).toList());
        people.addAll(staff(em));
        return people;
    }

    /** The managers of one producer (null: of every active producer). */
    static List<Trainee> managers(EntityManager em, Long producerId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<ProducerManager> manager = query.from(ProducerManager.class);
        Join<ProducerManager, Producer> producer = manager.join("producer");
        Join<Producer, AdministrativeUnit> commune = producer.join("commune");
        query.multiselect(manager.get("id").alias("id"), manager.get("name").alias("name"),
                manager.get("position").alias("position"), producer.get("id").alias("producerId"),
                producer.get("name").alias("producerName"), producer.get("taxCode").alias("taxCode"),
                commune.get("id").alias("communeId"), commune.get("name").alias("communeName"));
        query.where(producerId == null ? cb.equal(producer.get("status"), ProducerStatus.ACTIVE)
                : cb.equal(producer.get("id"), producerId));
        query.orderBy(cb.asc(manager.get("id")));
        return em.createQuery(query).getResultList().stream()
                .map(t -> new Trainee(Trainee.managerKey(t.get("id", Long.class)), t.get("name", String.class),
                        Audience.PRODUCER_MANAGER, t.get("communeId", Long.class), t.get("communeName", String.class),
                        t.get("producerId", Long.class), t.get("producerName", String.class), t.get("taxCode", String.class),
                        null, t.get("position", String.class)))
                .toList();
    }

    /** The enabled accounts of the district office, the communes and the council. */
    static List<Trainee> staff(EntityManager em) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<UserAccount> user = query.from(UserAccount.class);
        Join<UserAccount, AdministrativeUnit> unit = user.join("unit", JoinType.LEFT);
        query.multiselect(user.get("id").alias("id"), user.get("fullName").alias("name"), user.get("role").alias("role"),
                user.get("username").alias("username"), unit.get("id").alias("unitId"), unit.get("name").alias("unitName"));
        jakarta.persistence.criteria.ParameterExpression<Boolean> enabled = cb.parameter(Boolean.class, "enabled");
        query.where(cb.equal(user.get("enabled"), enabled), user.get("role").in(STAFF.keySet()));
        query.orderBy(cb.asc(user.get("id")));
        return em.createQuery(query).setParameter("enabled", true).getResultList().stream()
                .map(t -> new Trainee(Trainee.userKey(t.get("id", Long.class)), t.get("name", String.class),
                        STAFF.get(t.get("role", Role.class)), t.get("unitId", Long.class), t.get("unitName", String.class),
                        null, null, null, t.get("username", String.class), null))
                .toList();
    }

    /** The producers that take part in the programme: those with a product in the OCOP cycle. */
    static Set<Long> takingPart(EntityManager em) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Product> product = query.from(Product.class);
        query.select(product.get("producer").get("id")).distinct(true);
        return new HashSet<>(em.createQuery(query).getResultList());
    }

    /** Every completed enrolment, as the coverage counts it. */
    static List<CoverageRules.Completion> completions(EntityManager em) {
        List<CoverageRules.Completion> completions = new ArrayList<>();
        for (CompletedCourse row : em.createNamedQuery(Enrolment.COMPLETIONS, CompletedCourse.class).setParameter("completed", true)
                .getResultList()) {
            String key = row.managerId() != null ? Trainee.managerKey(row.managerId())
                    : row.userId() != null ? Trainee.userKey(row.userId()) : null;
            if (key != null) {
                completions.add(new CoverageRules.Completion(key, row.audience(), row.endDate()));
            }
        }
        return completions;
    }

    /** One person by key, whoever may be enrolled; null when there is none. */
    static Trainee find(EntityManager em, String key) {
        return everybody(em).stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }
}
