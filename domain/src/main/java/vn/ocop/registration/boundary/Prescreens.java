package vn.ocop.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.entity.Role;
import vn.ocop.registration.control.PrescreenRules;
import vn.ocop.registration.control.PrintedLabels;
import vn.ocop.registration.control.ProducerScope;
import vn.ocop.registration.entity.PrescreenResult;
import vn.ocop.reports.Documents;
import vn.ocop.reports.Letterhead;
import vn.ocop.reports.PrescreenDocument;
import vn.ocop.registration.entity.Prescreen;
import vn.ocop.registration.entity.PrescreenItem;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductTransition;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;
import vn.ocop.shared.entity.IssuedFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The commune's pre-screen of a dossier (148/QĐ-TTg as amended by 1489/QĐ-TTg): a commune officer pre-screens the
 * submitted dossiers of the producers of their commune and of the former communes it took over against the checklist
 * (data the administrator keeps) and passes or returns them; the print is kept as recorded; the office, leaders and
 * administrators read every commune's pre-screens.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class Prescreens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Documents printer;

    /** The product's pre-screen: whether it needs one, the checklist, the pre-screens of its submissions. */
    public PrescreenView prescreen(long productId) {
        Caller caller = acting.caller();
        return view(ProducerScope.product(em, productId, caller), caller);
    }

    /** Records the commune's pre-screen of the product's submitted dossier; a return sends it back to the producer. */
    @RolesAllowed(Roles.COMMUNE)
    public PrescreenView record(long productId, Long version, PrescreenForm form) {
        Caller caller = acting.caller();
        Product product = ProducerScope.product(em, productId, caller);
        em.lock(product, LockModeType.PESSIMISTIC_WRITE);
        if (version != null && product.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        ProductTransition submission = product.currentSubmission();
        IssuingBody body = body(product).orElse(null);
        PrescreenRules.requireRequired(body, regimeOn(submission.getOccurredAt().toLocalDate()),
                submission.getOccurredAt().toLocalDate());
        PrescreenRules.requireActingCommune(body == null || body.getUnit() == null ? null : body.getUnit().getId(),
                product.getProducer().getCommune().getId(), caller.unitId());
        PrescreenRules.requireNotScreened(em.createNamedQuery(Prescreen.OF_SUBMISSION, Long.class)
                .setParameter("submission", submission).getSingleResult());
        String before = product.auditState();
        Prescreen prescreen = new Prescreen(product, body, activeItems(), form.items(), form.outcome(), form.remarks(),
                form.reasons(), acting.now(), caller.username(), caller.name());
        em.persist(prescreen);
        UniqueValues.flush(em, new BusinessException("registration.prescreen.done"));
        IssuedFile print = IssuedFile.pdf(render(prescreen));
        em.persist(print);
        prescreen.printed(print);
        acting.audit("DOSSIER_PRESCREENED", prescreen, null, null);
        if (prescreen.getOutcome() == PrescreenOutcome.RETURNED) {
            acting.audit("PRODUCT_DOSSIER_RETURNED", product, before, null);
        }
        return view(product, caller);
    }

    /**
     * The product's latest pre-screen, printed to be signed by the officer and the commune's People's Committee: the
     * print kept when it was recorded, never rendered again (a pre-screen recorded before the prints were kept is
     * kept at its first print).
     */
    public byte[] pdf(long productId) {
        Product product = ProducerScope.product(em, productId, acting.caller());
        Prescreen last = em.createNamedQuery(Prescreen.OF_PRODUCT, Prescreen.class).setParameter("product", product)
                .setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(Records::notFound);
        if (last.getPdf() == null) {
            IssuedFile print = IssuedFile.pdf(render(last));
            em.persist(print);
            last.printed(print);
        }
        return last.getPdf().verifiedContent();
    }

    private byte[] render(Prescreen prescreen) {
        Product product = prescreen.getProduct();
        IssuingBody body = prescreen.getBody();
        List<PrescreenDocument.Row> rows = new ArrayList<>();
        prescreen.getResults().stream().sorted(Comparator.comparingInt((PrescreenResult r) -> r.getItem().getSortOrder())
                        .thenComparing(r -> r.getItem().getId()))
                .forEach(r -> rows.add(new PrescreenDocument.Row(rows.size() + 1, r.getItem().getTextVi(),
                        r.getItem().isMandatory() ? PrintedLabels.MANDATORY : PrintedLabels.NOT_MANDATORY,
                        PrintedLabels.result(r.getResult()))));
        return printer.pdf(new PrescreenDocument(new Letterhead(body.getHeaderLine1(), body.getHeaderLine2(), body.getPlace(),
                prescreen.getScreenedOn()), product.getName(), product.getProducer().getName(),
                product.getProducer().getCommune().getName(),
                product.getProductSet().getCode() + " - " + product.getProductSet().getName(), rows,
                PrintedLabels.outcome(prescreen.getOutcome()), prescreen.getRemarks(), prescreen.getReasons(),
                prescreen.getOfficerName()));
    }

    /** The checklist, every item, with the notes for administrators. */
    @RolesAllowed(Roles.ADMIN)
    public List<PrescreenItem> items() {
        return em.createNamedQuery(PrescreenItem.ALL, PrescreenItem.class).getResultList();
    }

    /** The administrator's edit of an item of the checklist. */
    @RolesAllowed(Roles.ADMIN)
    public PrescreenItem editItem(long id, long version, String textVi, String textEn, String legalSource, int sortOrder,
                                  boolean mandatory, boolean active, String adminNote) {
        PrescreenItem item = Records.find(em, PrescreenItem.class, id);
        Records.requireVersion(item.getVersion(), version);
        String before = item.auditState();
        item.edit(textVi, textEn, legalSource, sortOrder, mandatory, active, adminNote);
        em.flush();
        acting.audit("PRESCREEN_ITEM_CHANGED", item, before, null);
        return item;
    }

    /**
     * The administrator adds an item to the checklist (code MUC_n, the first n free), in use at once or prepared and
     * put in use later. Pre-screens already recorded keep the items they were recorded against.
     */
    @RolesAllowed(Roles.ADMIN)
    public PrescreenItem addItem(String textVi, String textEn, String legalSource, int sortOrder, boolean mandatory,
                                 boolean active, String adminNote) {
        Set<String> codes = items().stream().map(PrescreenItem::getCode).collect(Collectors.toSet());
        int n = codes.size() + 1;
        while (codes.contains("MUC_" + n)) {
            n++;
        }
        PrescreenItem item = PrescreenItem.added("MUC_" + n, textVi, textEn, legalSource, sortOrder, mandatory, active, adminNote);
        em.persist(item);
        UniqueValues.flush(em, new ConcurrentChangeException());
        acting.audit("PRESCREEN_ITEM_ADDED", item, null, null);
        return item;
    }

    /**
     * The pre-screens of every commune (a commune officer: those of the communes their commune covers), latest first,
     * by outcome if given.
     */
    public Page<PrescreenedView> prescreened(PrescreenOutcome outcome, int first, int size) {
        Caller caller = acting.caller();
        var rows = em.createQuery("SELECT NEW vn.ocop.registration.boundary.PrescreenedView(p.id, pr.id,"
                + " pr.name, o.name, c.name, b.code, p.outcome, p.screenedOn, p.officer) FROM Prescreen p JOIN p.product pr"
                + " JOIN pr.producer o JOIN o.commune c JOIN p.body b" + prescreenedWhere(outcome, caller)
                + " ORDER BY p.screenedAt DESC, p.id DESC", PrescreenedView.class);
        prescreenedParameters(rows, outcome, caller);
        List<PrescreenedView> items = rows.setFirstResult(first).setMaxResults(size).getResultList();
        return new Page<>(items, prescreenedCount(outcome, caller));
    }

    /** How many pre-screens with the outcome (all when null) the caller may see, without reading them. */
    public long prescreenedCount(PrescreenOutcome outcome) {
        return prescreenedCount(outcome, acting.caller());
    }

    private long prescreenedCount(PrescreenOutcome outcome, Caller caller) {
        var count = em.createQuery("SELECT COUNT(p) FROM Prescreen p" + (caller.onlyUnits() == null ? ""
                : " JOIN p.product pr JOIN pr.producer o JOIN o.commune c") + prescreenedWhere(outcome, caller), Long.class);
        prescreenedParameters(count, outcome, caller);
        return count.getSingleResult();
    }

    private static String prescreenedWhere(PrescreenOutcome outcome, Caller caller) {
        return " WHERE 1 = 1" + (outcome == null ? "" : " AND p.outcome = :outcome")
                + (caller.onlyUnits() == null ? "" : " AND c.id IN :units");
    }

    private static void prescreenedParameters(jakarta.persistence.Query query, PrescreenOutcome outcome, Caller caller) {
        if (outcome != null) {
            query.setParameter("outcome", outcome);
        }
        if (caller.onlyUnits() != null) {
            query.setParameter("units", caller.onlyUnits());
        }
    }

    private PrescreenView view(Product product, Caller caller) {
        List<Prescreen> done = em.createNamedQuery(Prescreen.OF_PRODUCT, Prescreen.class).setParameter("product", product)
                .getResultList();
        Optional<IssuingBody> body = body(product);
        boolean required = false;
        boolean open = false;
        Optional<ProductTransition> submission = product.getTransitions().stream()
                .filter(t -> t.getTo() == vn.ocop.registration.entity.CycleStep.DOSSIER_SUBMITTED)
                .reduce((a, b) -> b);
        if (submission.isPresent()) {
            LocalDate day = submission.get().getOccurredAt().toLocalDate();
            required = PrescreenRules.required(body.orElse(null), regimeOn(day), day);
            open = required && !product.isOpen() && (caller.role() != Role.COMMUNE || PrescreenRules.acts(
                    body.map(b -> b.getUnit().getId()).orElse(null), product.getProducer().getCommune().getId(), caller.unitId()))
                    && done.stream().noneMatch(p -> p.getSubmission().getId().equals(submission.get().getId()));
        }
        return new PrescreenView(product.getId(), product.getVersion(), required, body.map(IssuingBody::getCode).orElse(null),
                body.map(IssuingBody::getNameVi).orElse(null), body.map(IssuingBody::getNameEn).orElse(null), open,
                activeItems().stream().map(PrescreenView.Item::of).toList(), done.stream().map(PrescreenView.Record::of).toList());
    }

    private List<PrescreenItem> activeItems() {
        return em.createNamedQuery(PrescreenItem.ACTIVE, PrescreenItem.class).getResultList();
    }

    /** The commune's People's Committee that acts for the producer's commune (its own, or its successor's). */
    private Optional<IssuingBody> body(Product product) {
        Map<Long, IssuingBody> byUnit = em.createQuery("SELECT b FROM IssuingBody b WHERE b.level = :level AND b.unit IS NOT NULL",
                        IssuingBody.class).setParameter("level", UnitLevel.COMMUNE).getResultList().stream()
                .collect(Collectors.toMap(b -> b.getUnit().getId(), Function.identity(), (a, b) -> a));
        return PrescreenRules.bodyUnit(product.getProducer().getCommune(), byUnit.keySet()).map(byUnit::get);
    }

    /**
     * The code of the regime in force on the day, read from the regimes' reference table (the dates are data of the
     * criteria catalogue; registration reads them, it does not depend on the rating code).
     */
    private String regimeOn(LocalDate day) {
        List<?> codes = em.createNativeQuery("SELECT code FROM rating_regime WHERE effective_from <= ?1"
                + " AND (effective_to IS NULL OR effective_to >= ?1)").setParameter(1, java.sql.Date.valueOf(day)).getResultList();
        return codes.isEmpty() ? null : String.valueOf(codes.get(0));
    }
}
