package vn.ocop.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.control.ProducerScope;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierDocument;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.boundary.Sort;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.VietnameseText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registration of products and their path through the OCOP cycle up to the submitted dossier. Scoped like
 * {@link Producers}: a commune officer works with the products of their own commune's producers; leaders and
 * administrators read everything.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class Products {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Dossiers dossiers;

    /** The product sets of the criteria set in force, for registering a product. */
    public List<ProductSet> productSets() {
        return em.createNamedQuery(ProductSet.OF_CRITERIA_SET, ProductSet.class)
                .setParameter("criteriaSet", ProductSet.IN_FORCE).getResultList();
    }

    /** Registers a product idea (cycle step 2) under a product set of the criteria set in force. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProductView registerProduct(long producerId, long productSetId, String name) {
        Caller caller = acting.caller();
        Producer producer = ProducerScope.producer(em, producerId, caller);
        ProductSet set = em.find(ProductSet.class, productSetId);
        Checks.all(() -> {
            if (set == null) {
                throw BusinessException.onField("productSet", "error.required");
            }
        }, () -> VietnameseText.required("name", name, Product.MAX_NAME));
        Product product = new Product(producer, set, name, acting.now(), caller.username());
        em.persist(product);
        em.flush();
        acting.audit("PRODUCT_REGISTERED", product, null, null);
        return ProductView.of(product);
    }

    /** Accepts or returns an idea: the district decides (step 1 of the OCOP cycle). */
    @RolesAllowed(Roles.OFFICER)
    public ProductView decideIdea(long productId, long version, boolean accept, String note) {
        Caller caller = acting.caller();
        Product product = editable(productId, version, caller);
        String before = product.auditState();
        if (accept) {
            product.acceptIdea(note, acting.now(), caller.username());
        } else {
            product.returnIdea(note, acting.now(), caller.username());
        }
        em.flush();
        acting.audit(accept ? "PRODUCT_IDEA_ACCEPTED" : "PRODUCT_IDEA_RETURNED", product, before, note);
        return ProductView.of(product);
    }

    /** Moves a product one step on: resubmitted idea, business plan, preparation, dossier. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProductView advance(long productId, long version, RegistrationType registrationType, String note) {
        Caller caller = acting.caller();
        Product product = editable(productId, version, caller);
        String before = product.auditState();
        product.advance(registrationType, () -> em.createNamedQuery(DossierDocument.ITEMS_OF_PRODUCT, DossierItem.class)
                .setParameter("product", product).getResultList(), note, acting.now(), caller.username());
        em.flush();
        if (product.getStep() == CycleStep.DOSSIER_SUBMITTED) {
            dossiers.keepSubmittedPrints(product);
        }
        acting.audit("PRODUCT_" + product.getStep().name(), product, before, note);
        return ProductView.of(product);
    }

    /** The product page: the product and its timeline. */
    public ProductDetails productDetails(long id) {
        return ProductDetails.of(ProducerScope.product(em, id, acting.caller()));
    }

    /** Changes a product's name, description and number of samples, until its dossier is submitted. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProductDetails describeProduct(long id, long version, String name, String description, Integer samples) {
        Product product = editable(id, version, acting.caller());
        if (!product.isOpen()) {
            throw new BusinessException("registration.product.submitted");
        }
        String before = product.auditState();
        product.rename(name);
        product.describe(description, samples);
        em.flush();
        acting.audit("PRODUCT_CHANGED", product, before, null);
        return ProductDetails.of(product);
    }

    public List<ProductView> productsOf(long producerId) {
        Producer producer = ProducerScope.producer(em, producerId, acting.caller());
        return em.createNamedQuery(Product.OF_PRODUCER, Product.class).setParameter("producer", producer).getResultList()
                .stream().map(ProductView::of).toList();
    }

    /**
     * A page of products in the caller's scope, in the order asked for (by name unless said otherwise). The page's ids
     * are found first on the products' own table (the conditions on the producer as sub-queries), so that the database
     * walks the products in the order asked for and stops at the page's end; then the page's products are read with
     * their producers and sets.
     */
    public Page<ProductView> products(ProductFilter filter, Sort sort, int first, int size) {
        Caller caller = acting.caller();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Product> product = ids.from(Product.class);
        Expression<?> key = switch (sort.field() == null ? "" : sort.field()) {
            case "producer" -> product.join("producer").get("nameKey");
            case "step" -> product.get("step");
            case "productSet" -> product.join("productSet").get("code");
            case "id" -> product.get("id");
            default -> product.get("nameKey");
        };
        ids.select(product.get("id")).where(conditions(cb, ids, product, filter, caller))
                .orderBy(sort.ascending() ? cb.asc(key) : cb.desc(key), cb.asc(product.get("id")));
        List<Long> page = em.createQuery(ids).setFirstResult(first).setMaxResults(size).getResultList();
        long total = Page.count(em, Product.class, (builder, counting, counted) -> conditions(builder, counting, counted, filter, caller));
        if (page.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        Map<Long, Product> read = em.createNamedQuery(Product.WITH_PRODUCER, Product.class).setParameter("ids", page)
                .getResultStream().collect(Collectors.toMap(Product::getId, p -> p));
        return new Page<>(page.stream().map(read::get).filter(Objects::nonNull).map(ProductView::of).toList(), total);
    }

    /** The filter and the caller's scope as conditions on the products' table; those on the producer as sub-queries. */
    private static Predicate[] conditions(CriteriaBuilder cb, AbstractQuery<?> query, Root<Product> product, ProductFilter filter,
                                          Caller caller) {
        List<Predicate> where = new ArrayList<>();
        String key = VietnameseText.searchKey(filter.text());
        if (!key.isEmpty()) {
            String like = "%" + key.replace("%", "").replace("_", "") + "%";
            where.add(cb.or(cb.like(product.get("nameKey"), like),
                    product.get("producer").get("id").in(producers(cb, query, o -> cb.like(o.get("nameKey"), like)))));
        }
        if (filter.producerId() != null) {
            where.add(cb.equal(product.get("producer").get("id"), filter.producerId()));
        }
        if (filter.communeId() != null) {
            where.add(product.get("producer").get("id").in(producers(cb, query,
                    o -> cb.equal(o.get("commune").get("id"), filter.communeId()))));
        }
        if (filter.step() != null) {
            where.add(cb.equal(product.get("step"), filter.step()));
        }
        if (filter.ids() != null && (!filter.ids().isEmpty() || !filter.exceptIds())) {
            Predicate among = filter.ids().isEmpty() ? cb.disjunction() : product.get("id").in(filter.ids());
            where.add(filter.exceptIds() ? cb.not(among) : among);
        }
        if (caller.onlyUnits() != null) {
            where.add(product.get("producer").get("id").in(producers(cb, query,
                    o -> o.get("commune").get("id").in(caller.onlyUnits()))));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The ids of the producers meeting a condition, as a sub-query. */
    private static Subquery<Long> producers(CriteriaBuilder cb, AbstractQuery<?> query, Function<Root<Producer>, Predicate> condition) {
        Subquery<Long> producers = query.subquery(Long.class);
        Root<Producer> producer = producers.from(Producer.class);
        return producers.select(producer.get("id")).where(condition.apply(producer));
    }

    private Product editable(long id, long version, Caller caller) {
        Product product = ProducerScope.product(em, id, caller);
        Records.requireVersion(product.getVersion(), version);
        return product;
    }
}
