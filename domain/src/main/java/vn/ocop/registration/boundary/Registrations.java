package vn.ocop.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.boundary.Users;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierDocument;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.registration.entity.Representative;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.boundary.Sort;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;
import vn.ocop.shared.control.VietnameseText;

import java.time.Clock;
import java.time.LocalDate;
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

    @Inject
    Dossiers dossiers;

    public Page<ProducerView> producers(ProducerFilter filter, int first, int size) {
        return producers(filter, Sort.none(), first, size);
    }

    /** A page of producers in the caller's scope, in the order asked for (by name unless said otherwise). */
    public Page<ProducerView> producers(ProducerFilter filter, Sort sort, int first, int size) {
        Caller caller = users.me();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Producer> rows = cb.createQuery(Producer.class);
        Root<Producer> producer = rows.from(Producer.class);
        producer.fetch("commune");
        Expression<?> key = switch (sort.field() == null ? "" : sort.field()) {
            case "taxCode" -> producer.get("taxCode");
            case "type" -> producer.get("type");
            case "commune" -> producer.get("commune").get("name");
            case "status" -> producer.get("status");
            default -> producer.get("nameKey");
        };
        rows.where(conditions(cb, producer, filter, caller))
                .orderBy(sort.ascending() ? cb.asc(key) : cb.desc(key), cb.asc(producer.get("id")));
        List<ProducerView> items = em.createQuery(rows).setFirstResult(first).setMaxResults(size).getResultList()
                .stream().map(ProducerView::of).toList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Producer> counted = count.from(Producer.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, filter, caller));
        return new Page<>(items, em.createQuery(count).getSingleResult());
    }

    /**
     * Checks each field of a producer's form on its own and reports every problem at once (the entity's rules, which
     * stop at the first, then run on a form that passes).
     */
    private void check(ProducerForm form, boolean withTaxCode) {
        vn.ocop.shared.control.Checks.all(
                () -> {
                    if (form.getType() == null) {
                        throw BusinessException.onField("type", "error.required");
                    }
                },
                () -> VietnameseText.required("name", form.getName(), 200),
                () -> {
                    if (withTaxCode && form.getType() != null) {
                        vn.ocop.registration.control.TaxCodes.canonical(form.getTaxCode(), form.getType().needsTaxCode());
                    }
                },
                () -> {
                    if (form.getCommuneId() == null) {
                        throw BusinessException.onField("commune", "registration.producer.communeRequired");
                    }
                },
                () -> {
                    if (VietnameseText.normalise(form.getAddress()) == null) {
                        throw BusinessException.onField("address", "error.required");
                    }
                },
                () -> {
                    if (VietnameseText.normalise(form.getRepresentativeName()) == null) {
                        throw BusinessException.onField("representativeName", "error.required");
                    }
                },
                () -> vn.ocop.shared.control.Contacts.phone("phone", form.getPhone()),
                () -> vn.ocop.shared.control.Contacts.email("email", form.getEmail()),
                () -> {
                    if (form.getRegisteredOn() != null && form.getRegisteredOn().isAfter(LocalDate.now(clock))) {
                        throw BusinessException.onField("registeredOn", "registration.producer.futureDate");
                    }
                });
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
        if (caller.onlyUnits() != null) {
            where.add(producer.get("commune").get("id").in(caller.onlyUnits()));
        }
        return where.toArray(Predicate[]::new);
    }

    public ProducerView producer(long id) {
        return ProducerView.of(visibleProducer(id, users.me()));
    }

    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerView registerProducer(ProducerForm form) {
        Caller caller = users.me();
        check(form, true);
        AdministrativeUnit commune = form.getCommuneId() == null ? null : em.find(AdministrativeUnit.class, form.getCommuneId());
        if (!caller.reaches(commune == null ? null : commune.getId())
                || caller.registersIn() != null && !caller.registersIn().equals(commune.getId())) {
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
        if (form.getRegisteredOn() != null && form.getRegisteredOn().isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("registeredOn", "registration.producer.futureDate");
        }
        producer.registeredOn(form.getRegisteredOn());
        producer.contact(form.getPhone(), form.getEmail());
        producer.staff(form.getMembers(), form.getWorkers());
        em.persist(producer);
        UniqueValues.flush(em, BusinessException.onField("taxCode", "registration.taxCode.taken"));
        audit.change("PRODUCER_REGISTERED", producer, null, null);
        return ProducerView.of(producer);
    }

    /** The producer page: details, managers and legal-form history. */
    public ProducerDetails producerDetails(long id) {
        return ProducerDetails.of(visibleProducer(id, users.me()));
    }

    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerDetails updateProducer(long id, long version, ProducerForm form) {
        Caller caller = users.me();
        Producer producer = editableProducer(id, version, caller);
        check(form, false);
        String before = producer.auditState();
        AdministrativeUnit commune = form.getCommuneId() == null ? null : em.find(AdministrativeUnit.class, form.getCommuneId());
        if (!caller.reaches(commune == null ? null : commune.getId())) {
            throw BusinessException.onField("commune", "registration.producer.outsideCommune");
        }
        producer.rename(form.getName());
        producer.moveTo(commune, form.getAddress());
        producer.represent(new Representative(VietnameseText.normalise(form.getRepresentativeName()),
                VietnameseText.normalise(form.getRepresentativeTitle()), form.getRepresentativeGender(),
                VietnameseText.normalise(form.getRepresentativeEthnicity())));
        if (form.getRegisteredOn() != null && form.getRegisteredOn().isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("registeredOn", "registration.producer.futureDate");
        }
        producer.registeredOn(form.getRegisteredOn());
        producer.contact(form.getPhone(), form.getEmail());
        producer.staff(form.getMembers(), form.getWorkers());
        em.flush();
        audit.change("PRODUCER_CHANGED", producer, before, null);
        return ProducerDetails.of(producer);
    }

    /** Records a change of legal form (a group becomes a cooperative…); the history stays. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerDetails changeLegalForm(long id, long version, ProducerType newType, LocalDate on, String note) {
        Producer producer = editableProducer(id, version, users.me());
        String before = producer.auditState();
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("changedOn", "registration.producer.futureDate");
        }
        producer.changeLegalForm(newType, on, note);
        em.flush();
        audit.change("PRODUCER_LEGAL_FORM_CHANGED", producer, before, note);
        return ProducerDetails.of(producer);
    }

    /** Adds a manager: the people whom the training records count as the producer's managers. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerDetails addManager(long producerId, long version, String name, String position, String phone,
                                      String email) {
        Producer producer = editableProducer(producerId, version, users.me());
        em.lock(producer, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        String before = producer.managersState();
        producer.addManager(name, position, phone, email);
        em.flush();
        audit.change("PRODUCER_MANAGER_ADDED", producer, before, producer.managersState());
        return ProducerDetails.of(producer);
    }

    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerDetails removeManager(long producerId, long version, long managerId) {
        Producer producer = editableProducer(producerId, version, users.me());
        em.lock(producer, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        String before = producer.managersState();
        producer.removeManager(managerId);
        em.flush();
        audit.change("PRODUCER_MANAGER_REMOVED", producer, before, producer.managersState());
        return ProducerDetails.of(producer);
    }

    /** The product sets of the criteria set in force, for registering a product. */
    public List<ProductSet> productSets() {
        return em.createNamedQuery(ProductSet.OF_CRITERIA_SET, ProductSet.class)
                .setParameter("criteriaSet", ProductSet.IN_FORCE).getResultList();
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

    /** Accepts or returns an idea: the district decides (step 1 of the OCOP cycle). */
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
        em.flush();
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
            case PREPARING -> product.submitDossier(registrationType, product.checklist(
                    em.createNamedQuery(DossierDocument.ITEMS_OF_PRODUCT, DossierItem.class).setParameter("product", product)
                            .getResultList()), note, at, caller.username());
            default -> throw new BusinessException("registration.cycle.illegal", product.getStep().name(), "-");
        }
        em.flush();
        if (product.getStep() == CycleStep.DOSSIER_SUBMITTED) {
            dossiers.keepSubmittedPrints(product);
        }
        audit.change("PRODUCT_" + product.getStep().name(), product, before, note);
        return ProductView.of(product);
    }

    /** The product page: the product and its timeline. */
    public ProductDetails productDetails(long id) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new BusinessException("error.notFound");
        }
        visibleProducer(product.getProducer().getId(), users.me());
        return ProductDetails.of(product);
    }

    /** Changes a product's name, description and number of samples, until its dossier is submitted. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProductDetails describeProduct(long id, long version, String name, String description, Integer samples) {
        Product product = product(id, version, users.me());
        if (!product.isOpen()) {
            throw new BusinessException("registration.product.submitted");
        }
        String before = product.auditState();
        product.rename(name);
        product.describe(description, samples);
        em.flush();
        audit.change("PRODUCT_CHANGED", product, before, null);
        return ProductDetails.of(product);
    }

    public List<ProductView> productsOf(long producerId) {
        Producer producer = visibleProducer(producerId, users.me());
        return em.createNamedQuery(Product.OF_PRODUCER, Product.class).setParameter("producer", producer).getResultList()
                .stream().map(ProductView::of).toList();
    }

    /** A page of products in the caller's scope, in the order asked for (by name unless said otherwise). */
    public Page<ProductView> products(ProductFilter filter, Sort sort, int first, int size) {
        Caller caller = users.me();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Product> rows = cb.createQuery(Product.class);
        Root<Product> product = rows.from(Product.class);
        product.fetch("productSet");
        Join<Product, Producer> producer = (Join<Product, Producer>) product.<Product, Producer>fetch("producer");
        Expression<?> key = switch (sort.field() == null ? "" : sort.field()) {
            case "producer" -> producer.get("nameKey");
            case "step" -> product.get("step");
            case "productSet" -> product.get("productSet").get("code");
            case "id" -> product.get("id");
            default -> product.get("nameKey");
        };
        rows.where(productConditions(cb, product, producer, filter, caller))
                .orderBy(sort.ascending() ? cb.asc(key) : cb.desc(key), cb.asc(product.get("id")));
        List<ProductView> items = em.createQuery(rows).setFirstResult(first).setMaxResults(size).getResultList()
                .stream().map(ProductView::of).toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Product> counted = count.from(Product.class);
        count.select(cb.count(counted))
                .where(productConditions(cb, counted, counted.join("producer"), filter, caller));
        return new Page<>(items, em.createQuery(count).getSingleResult());
    }

    private static Predicate[] productConditions(CriteriaBuilder cb, Root<Product> product, Join<Product, Producer> producer,
                                                 ProductFilter filter, Caller caller) {
        List<Predicate> where = new ArrayList<>();
        String key = VietnameseText.searchKey(filter.text());
        if (!key.isEmpty()) {
            String like = "%" + key.replace("%", "").replace("_", "") + "%";
            where.add(cb.or(cb.like(product.get("nameKey"), like), cb.like(producer.get("nameKey"), like)));
        }
        if (filter.producerId() != null) {
            where.add(cb.equal(producer.get("id"), filter.producerId()));
        }
        if (filter.communeId() != null) {
            where.add(cb.equal(producer.get("commune").get("id"), filter.communeId()));
        }
        if (filter.step() != null) {
            where.add(cb.equal(product.get("step"), filter.step()));
        }
        if (filter.ids() != null && (!filter.ids().isEmpty() || !filter.exceptIds())) {
            Predicate among = filter.ids().isEmpty() ? cb.disjunction() : product.get("id").in(filter.ids());
            where.add(filter.exceptIds() ? cb.not(among) : among);
        }
        if (caller.onlyUnits() != null) {
            where.add(producer.get("commune").get("id").in(caller.onlyUnits()));
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

    private Producer editableProducer(long id, long version, Caller caller) {
        Producer producer = visibleProducer(id, caller);
        if (producer.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return producer;
    }

    /** The producer, if the caller may see it: a commune officer sees only their commune's. */
    private Producer visibleProducer(long id, Caller caller) {
        Producer producer = em.find(Producer.class, id);
        if (producer == null || !caller.reaches(producer.getCommune().getId())) {
            throw new BusinessException("error.notFound");
        }
        return producer;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
