package vn.ocop.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.registration.entity.Representative;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.VietnameseText;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Registration of producers and products and the products' path through the OCOP cycle. The
 * district office works with every commune; a commune officer only with their own commune, and
 * this boundary enforces it; leaders and administrators read everything.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class Registrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Page<ProducerView> producers(ProducerFilter filter, int first, int size) {
        Caller caller = users.me();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Producer> rows = cb.createQuery(Producer.class);
        Root<Producer> producer = rows.from(Producer.class);
        producer.fetch("commune");
        rows.where(conditions(cb, producer, filter, caller)).orderBy(cb.asc(producer.get("nameKey")), cb.asc(producer.get("id")));
        List<ProducerView> items = em.createQuery(rows).setFirstResult(first).setMaxResults(size).getResultList()
                .stream().map(ProducerView::of).toList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Producer> counted = count.from(Producer.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, filter, caller));
        return new Page<>(items, em.createQuery(count).getSingleResult());
    }

    /** The filter and the caller's scope as conditions; the export of the list uses the same. */
    static Predicate[] conditions(CriteriaBuilder cb, Root<Producer> producer, ProducerFilter filter, Caller caller) {
        List<Predicate> where = new ArrayList<>();
        String key = VietnameseText.searchKey(filter.text());
        if (!key.isEmpty()) {
            String like = "%" + key.replace("%", "").replace("_", "") + "%";
            where.add(cb.or(cb.like(producer.get("nameKey"), like), cb.like(cb.lower(producer.get("taxCode")), like)));
        }
        if (filter.communeId() != null) {
            where.add(cb.equal(producer.get("commune").get("id"), filter.communeId()));
        }
        if (filter.type() != null) {
            where.add(cb.equal(producer.get("type"), filter.type()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(producer.get("status"), filter.status()));
        }
        if (caller.role() == Role.COMMUNE) {
            where.add(cb.equal(producer.get("commune").get("id"), caller.unitId()));
        }
        return where.toArray(Predicate[]::new);
    }

    public ProducerView producer(long id) {
        return ProducerView.of(visibleProducer(id, users.me()));
    }

    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerView registerProducer(ProducerForm form) {
        Caller caller = users.me();
        AdministrativeUnit commune = form.getCommuneId() == null ? null : em.find(AdministrativeUnit.class, form.getCommuneId());
        if (caller.role() == Role.COMMUNE && (commune == null || !commune.getId().equals(caller.unitId()))) {
            throw BusinessException.onField("commune", "registration.producer.outsideCommune");
        }
        Producer producer = new Producer(form.getName(), form.getType(), form.getTaxCode(), commune, form.getAddress(),
                new Representative(VietnameseText.normalise(form.getRepresentativeName()),
                        VietnameseText.normalise(form.getRepresentativeTitle()), form.getRepresentativeGender(),
                        VietnameseText.normalise(form.getRepresentativeEthnicity())));
        if (!em.createNamedQuery(Producer.BY_TAX_CODE, Producer.class).setParameter("taxCode", producer.getTaxCode())
                .getResultList().isEmpty()) {
            throw BusinessException.onField("taxCode", "registration.taxCode.taken");
        }
        producer.registeredOn(form.getRegisteredOn());
        producer.contact(form.getPhone(), form.getEmail());
        producer.staff(form.getMembers(), form.getWorkers());
        em.persist(producer);
        em.flush();
        audit.change("PRODUCER_REGISTERED", producer, null, null);
        return ProducerView.of(producer);
    }

    /** Registers a product idea (cycle step 2) under a product set of the criteria set in force. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProductView registerProduct(long producerId, long productSetId, String name) {
        Caller caller = users.me();
        Producer producer = visibleProducer(producerId, caller);
        ProductSet set = em.find(ProductSet.class, productSetId);
        if (set == null) {
            throw BusinessException.onField("productSet", "error.required");
        }
        Product product = new Product(producer, set, name, now(), caller.username());
        em.persist(product);
        em.flush();
        audit.change("PRODUCT_REGISTERED", product, null, null);
        return ProductView.of(product);
    }

    /** Accepts or returns an idea: the district decides (reference §1.3). */
    @RolesAllowed(Roles.OFFICER)
    public ProductView decideIdea(long productId, long version, boolean accept, String note) {
        Caller caller = users.me();
        Product product = product(productId, version, caller);
        String before = product.auditState();
        if (accept) {
            product.acceptIdea(note, now(), caller.username());
        } else {
            product.returnIdea(note, now(), caller.username());
        }
        audit.change(accept ? "PRODUCT_IDEA_ACCEPTED" : "PRODUCT_IDEA_RETURNED", product, before, note);
        return ProductView.of(product);
    }

    /** Moves a product one step on: resubmitted idea, business plan, preparation, dossier. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProductView advance(long productId, long version, RegistrationType registrationType, String note) {
        Caller caller = users.me();
        Product product = product(productId, version, caller);
        String before = product.auditState();
        LocalDateTime at = now();
        switch (product.getStep()) {
            case IDEA_RETURNED -> product.resubmitIdea(note, at, caller.username());
            case IDEA_ACCEPTED -> product.submitPlan(note, at, caller.username());
            case PLAN_SUBMITTED -> product.startPreparing(note, at, caller.username());
            case PREPARING -> product.submitDossier(registrationType, note, at, caller.username());
            default -> throw new BusinessException("registration.cycle.illegal", product.getStep().name(), "-");
        }
        audit.change("PRODUCT_" + product.getStep().name(), product, before, note);
        return ProductView.of(product);
    }

    public List<ProductView> productsOf(long producerId) {
        Producer producer = visibleProducer(producerId, users.me());
        return em.createNamedQuery(Product.OF_PRODUCER, Product.class).setParameter("producer", producer).getResultList()
                .stream().map(ProductView::of).toList();
    }

    public Page<ProductView> products(String text, Long producerId, int first, int size) {
        Caller caller = users.me();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Product> rows = cb.createQuery(Product.class);
        Root<Product> product = rows.from(Product.class);
        product.fetch("productSet");
        product.fetch("producer");
        rows.where(productConditions(cb, product, text, producerId, caller)).orderBy(cb.asc(product.get("id")));
        List<ProductView> items = em.createQuery(rows).setFirstResult(first).setMaxResults(size).getResultList()
                .stream().map(ProductView::of).toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Product> counted = count.from(Product.class);
        count.select(cb.count(counted)).where(productConditions(cb, counted, text, producerId, caller));
        return new Page<>(items, em.createQuery(count).getSingleResult());
    }

    private static Predicate[] productConditions(CriteriaBuilder cb, Root<Product> product, String text, Long producerId,
                                                 Caller caller) {
        List<Predicate> where = new ArrayList<>();
        Join<Product, Producer> producer = product.join("producer");
        String key = VietnameseText.searchKey(text);
        if (!key.isEmpty()) {
            where.add(cb.like(product.get("nameKey"), "%" + key.replace("%", "").replace("_", "") + "%"));
        }
        if (producerId != null) {
            where.add(cb.equal(producer.get("id"), producerId));
        }
        if (caller.role() == Role.COMMUNE) {
            where.add(cb.equal(producer.get("commune").get("id"), caller.unitId()));
        }
        return where.toArray(Predicate[]::new);
    }

    private Product product(long id, long version, Caller caller) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new BusinessException("error.notFound");
        }
        visibleProducer(product.getProducer().getId(), caller);
        if (product.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return product;
    }

    /** The producer, if the caller may see it: a commune officer sees only their commune's. */
    private Producer visibleProducer(long id, Caller caller) {
        Producer producer = em.find(Producer.class, id);
        if (producer == null || caller.role() == Role.COMMUNE && !producer.getCommune().getId().equals(caller.unitId())) {
            throw new BusinessException("error.notFound");
        }
        return producer;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
