package vn.ocop.registration.boundary;

import vn.ocop.shared.entity.CountOf;
import vn.ocop.shared.entity.DateSpan;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.control.ProducerScope;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.control.Uploads.Upload;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.StoredFile;
import vn.ocop.registration.entity.Support;
import vn.ocop.registration.entity.SupportDocument;
import vn.ocop.registration.entity.SupportType;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The support the district gives producers under the city's policy (plan step 4): each support with its documents,
 * and the totals per type, year and commune (the types themselves are {@link SupportTypes}). The district office
 * records and corrects supports (the district gives them); a commune officer reads the supports of their own commune's
 * producers only, and this boundary enforces it; leaders and administrators read all.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class Supports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @RolesAllowed(Roles.OFFICER)
    public SupportView record(SupportForm form) {
        Caller caller = acting.caller();
        Support support = new Support(terms(form), acting.now(), caller.username());
        em.persist(support);
        em.flush();
        acting.audit("SUPPORT_RECORDED", support, null, null);
        return SupportView.of(support, 0);
    }

    /** Corrects a support read at {@code version}; a support changed since is refused, never overwritten. */
    @RolesAllowed(Roles.OFFICER)
    public SupportView update(long id, long version, SupportForm form) {
        Support support = visibleSupport(id, acting.caller(), LockModeType.NONE);
        Records.requireVersion(support.getVersion(), version);
        String before = support.auditState();
        support.change(terms(form), acting.now().toLocalDate());
        Records.flush(em);
        acting.audit("SUPPORT_CHANGED", support, before, null);
        return SupportView.of(support, support.getDocuments().size());
    }

    /**
     * Removes a support recorded by mistake (a duplicate, the wrong producer), with its documents.
     * The reason is required; the audit log keeps what was removed.
     */
    @RolesAllowed(Roles.OFFICER)
    public void remove(long id, long version, String reason) {
        String why = VietnameseText.normalise(reason);
        if (why == null) {
            throw BusinessException.onField("reason", "registration.support.reasonRequired");
        }
        Support support = visibleSupport(id, acting.caller(), LockModeType.PESSIMISTIC_WRITE);
        Records.requireVersion(support.getVersion(), version);
        acting.audit("SUPPORT_REMOVED", support, support.auditState(), why);
        for (SupportDocument document : support.getDocuments()) {
            support.detach(document);
            em.remove(document);
            em.remove(document.getFile());
        }
        em.remove(support);
        Records.flush(em);
    }

    /**
     * Attaches a document (PDF, JPEG or PNG by its content, at most {@value Uploads#MAX_MEGABYTES} MB);
     * the same file twice on one support is refused. Attachments to one support are taken one at a time.
     */
    @RolesAllowed(Roles.OFFICER)
    public SupportDocumentView attach(long supportId, String fileName, byte[] content) {
        Caller caller = acting.caller();
        Upload upload = Uploads.check(fileName, content);
        Support support = visibleSupport(supportId, caller, LockModeType.PESSIMISTIC_WRITE);
        StoredFile file = new StoredFile(upload.content(), null);
        SupportDocument document = support.attach(upload, file, acting.now(), caller.username());
        em.persist(file);
        em.persist(document);
        em.flush();
        acting.audit("SUPPORT_DOCUMENT_ATTACHED", document, null, null);
        return SupportDocumentView.of(document);
    }

    /** Takes off a document attached by mistake. */
    @RolesAllowed(Roles.OFFICER)
    public void detach(long documentId) {
        SupportDocument document = Records.find(em, SupportDocument.class, documentId);
        Support support = visibleSupport(document.getSupport().getId(), acting.caller(), LockModeType.PESSIMISTIC_WRITE);
        acting.audit("SUPPORT_DOCUMENT_REMOVED", document, document.auditState(), null);
        support.detach(document);
        em.remove(document);
        em.remove(document.getFile());
        em.flush();
    }

    public SupportView support(long id) {
        Support support = visibleSupport(id, acting.caller(), LockModeType.NONE);
        return SupportView.of(support, support.getDocuments().size());
    }

    public List<SupportDocumentView> documents(long supportId) {
        Support support = visibleSupport(supportId, acting.caller(), LockModeType.NONE);
        return em.createNamedQuery(SupportDocument.OF_SUPPORT, SupportDocument.class).setParameter("support", support)
                .getResultList().stream().map(SupportDocumentView::of).toList();
    }

    /** The bytes of a document, to download. */
    public FileContent document(long documentId) {
        SupportDocument document = Records.find(em, SupportDocument.class, documentId);
        visibleSupport(document.getSupport().getId(), acting.caller(), LockModeType.NONE);
        return new FileContent(document.getUpload().getFileName(), document.getUpload().getMediaType(), document.getFile().getContent());
    }

    /** What a producer received, newest first (for the producer page). */
    public List<SupportView> ofProducer(long producerId) {
        Producer producer = ProducerScope.producer(em, producerId, acting.caller());
        List<Support> supports = em.createNamedQuery(Support.OF_PRODUCER, Support.class)
                .setParameter("producer", producer).getResultList();
        Map<Long, Long> documents = documentCounts(supports.stream().map(Support::getId).toList());
        return supports.stream().map(s -> SupportView.of(s, documents.getOrDefault(s.getId(), 0L))).toList();
    }

    /** The years that have supports, newest first (the current year when there are none yet). */
    public List<Integer> years() {
        return em.createNamedQuery(Support.DATE_RANGE, DateSpan.class).getSingleResult().yearsNewestFirst(acting.now().getYear());
    }

    // ---- lists and totals, in the database ----

    /** One page of the supports in the caller's scope, newest first. */
    public Page<SupportView> list(SupportFilter filter, int first, int size) {
        Caller caller = acting.caller();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> rows = cb.createTupleQuery();
        Root<Support> support = rows.from(Support.class);
        Join<Support, Producer> producer = support.join("producer");
        Join<Producer, AdministrativeUnit> commune = producer.join("commune");
        Join<Support, Product> product = support.join("product", JoinType.LEFT);
        Join<Support, SupportType> type = support.join("type");
        rows.multiselect(support.get("id").alias("id"), producer.get("id").alias("producerId"),
                        producer.get("name").alias("producerName"), commune.get("id").alias("communeId"),
                        commune.get("name").alias("communeName"), product.get("id").alias("productId"),
                        product.get("name").alias("productName"), type.get("id").alias("typeId"),
                        type.get("code").alias("typeCode"), type.get("nameVi").alias("typeNameVi"),
                        type.get("nameEn").alias("typeNameEn"), support.get("grantedOn").alias("grantedOn"),
                        support.get("amountVnd").alias("amountVnd"), support.get("fundingSource").alias("fundingSource"),
                        support.get("referenceNumber").alias("referenceNumber"), support.get("note").alias("note"),
                        support.get("recordedBy").alias("recordedBy"), support.get("recordedAt").alias("recordedAt"),
                        support.get("version").alias("version"))
                .where(conditions(cb, support, producer, filter, caller))
                .orderBy(cb.desc(support.get("grantedOn")), cb.desc(support.get("id")));
        List<Tuple> found = em.createQuery(rows).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Long> documents = documentCounts(found.stream().map(t -> t.get("id", Long.class)).toList());
        List<SupportView> items = found.stream()
                .map(t -> SupportView.of(t, documents.getOrDefault(t.get("id", Long.class), 0L))).toList();

        return new Page<>(items,
                Page.count(em, Support.class, (builder, counting, counted) -> conditions(builder, counted, counted.join("producer"), filter, caller)));
    }

    /**
     * How many supports and how much, per type and commune, within a year (all years when null)
     * and a commune (all when null; a commune officer always gets their own): one aggregate query.
     */
    public List<SupportTotal> totals(Integer year, Long communeId) {
        Caller caller = acting.caller();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Support> support = query.from(Support.class);
        Join<Support, Producer> producer = support.join("producer");
        Join<Producer, AdministrativeUnit> commune = producer.join("commune");
        Join<Support, SupportType> type = support.join("type");
        Path<Long> amount = support.get("amountVnd");
        query.multiselect(type.get("id").alias("typeId"), type.get("code").alias("code"),
                        type.get("nameVi").alias("nameVi"), type.get("nameEn").alias("nameEn"),
                        type.get("position").alias("position"), commune.get("id").alias("communeId"),
                        commune.get("name").alias("communeName"), cb.count(support).alias("count"),
                        cb.sum(amount).alias("amount"))
                .where(conditions(cb, support, producer, new SupportFilter(year, communeId, null, null), caller))
                .groupBy(type.get("id"), type.get("code"), type.get("nameVi"), type.get("nameEn"), type.get("position"),
                        commune.get("id"), commune.get("name"))
                .orderBy(cb.asc(type.get("position")), cb.asc(type.get("id")), cb.asc(commune.get("name")));
        return em.createQuery(query).getResultList().stream().map(SupportTotal::of).toList();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Support> support, Join<Support, Producer> producer,
                                          SupportFilter filter, Caller caller) {
        List<Predicate> where = new ArrayList<>();
        if (filter.year() != null) {
            where.add(cb.between(support.<LocalDate>get("grantedOn"), LocalDate.of(filter.year(), 1, 1),
                    LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.communeId() != null) {
            where.add(cb.equal(producer.get("commune").get("id"), filter.communeId()));
        }
        if (filter.typeId() != null) {
            where.add(cb.equal(support.get("type").get("id"), filter.typeId()));
        }
        String key = VietnameseText.searchKey(filter.producer());
        if (!key.isEmpty()) {
            String like = "%" + key.replace("%", "").replace("_", "") + "%";
            where.add(cb.or(cb.like(producer.get("nameKey"), like), cb.like(cb.lower(producer.get("taxCode")), like)));
        }
        if (caller.onlyUnits() != null) {
            where.add(producer.get("commune").get("id").in(caller.onlyUnits()));
        }
        return where.toArray(Predicate[]::new);
    }

    private Map<Long, Long> documentCounts(List<Long> supportIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!supportIds.isEmpty()) {
            for (CountOf row : em.createNamedQuery(SupportDocument.COUNT_BY_SUPPORT, CountOf.class)
                    .setParameter("ids", supportIds).getResultList()) {
                counts.put(row.id(), row.count());
            }
        }
        return counts;
    }

    // ---- helpers ----

    private Support.Terms terms(SupportForm form) {
        Producer producer = form.getProducerId() == null ? null : em.find(Producer.class, form.getProducerId());
        Product product = form.getProductId() == null ? null : em.find(Product.class, form.getProductId());
        SupportType type = form.getTypeId() == null ? null : em.find(SupportType.class, form.getTypeId());
        if (form.getProductId() != null && product == null) {
            throw BusinessException.onField("product", "error.notFound");
        }
        return new Support.Terms(producer, product, type, form.getGrantedOn(), form.getAmountVnd(),
                form.getFundingSource(), form.getReferenceNumber(), form.getNote());
    }

    /** The support, if the caller may see it: a commune officer sees only their commune's. */
    private Support visibleSupport(long id, Caller caller, LockModeType lock) {
        Support support = em.find(Support.class, id, lock);
        if (support == null || !ProducerScope.reaches(caller, support.getProducer())) {
            throw Records.notFound();
        }
        return support;
    }
}
