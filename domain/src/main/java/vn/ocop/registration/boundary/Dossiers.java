package vn.ocop.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.control.DossierChecklist;
import vn.ocop.registration.control.PrintedLabels;
import vn.ocop.registration.control.ProducerScope;
import vn.ocop.registration.control.Uploads.Upload;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.entity.DossierDocument;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductTransition;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.registration.entity.StoredFile;
import vn.ocop.reports.Documents;
import vn.ocop.reports.DossierChecklistDocument;
import vn.ocop.reports.Letterhead;
import vn.ocop.reports.ProductRegistrationDocument;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.entity.IssuedFile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dossiers of products: uploading documents and photos (type checked by
 * content, size-limited, SHA-256 kept, the same file refused twice in one dossier), the checklist
 * and its completeness, downloads. Scoped like {@link Producers}: a commune officer works with
 * their own commune's products only. A submitted dossier is frozen.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class Dossiers {

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuingBodies bodies;

    @Inject
    Acting acting;

    @Inject
    Documents printer;

    public DossierView dossier(long productId) {
        Product product = ProducerScope.product(em, productId, acting.caller());
        LocalDate today = acting.today();
        List<DossierDocument> documents = documents(product);
        List<DossierDocument> leftOut = product.getDossierNumber() == 1 ? List.of()
                : em.createNamedQuery(DossierDocument.LEFT_OUT, DossierDocument.class).setParameter("product", product)
                .setParameter("dossier", product.getDossierNumber()).getResultList();
        return new DossierView(product.getId(), product.isOpen(),
                product.checklist(documents.stream().map(DossierDocument::getItem).toList()),
                documents.stream().map(d -> DossierView.Document.of(d, today)).toList(), product.getDossierNumber(),
                product.getCertificateInForce(), leftOut.stream().map(d -> DossierView.Document.of(d, today)).toList());
    }

    /**
     * Registers a recognised product again for a re-evaluation or an upgrade, starting from its last dossier
     * ({@link Product#reRegister}): linked to its certificate in force today, the documents still valid carried over
     * to the new dossier, the others left out (kept with the earlier dossier) to be supplied again.
     */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public DossierView reRegister(long productId, Long version, RegistrationType type, String note) {
        Caller caller = acting.caller();
        Product product = ProducerScope.product(em, productId, caller);
        if (version == null) {
            throw BusinessException.onField("version", "error.required");
        }
        Records.requireVersion(product.getVersion(), version);
        em.lock(product, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        LocalDateTime now = acting.now();
        LocalDate today = now.toLocalDate();
        String before = product.auditState();
        List<DossierDocument> last = documents(product);
        CertificateInForce inForce = certificateInForce(product, today);
        product.reRegister(type, inForce == null ? null : inForce.number(), inForce == null ? null : inForce.until(), note, now,
                caller.username());
        last.stream().filter(d -> !d.carriesOver(today)).forEach(d -> d.leaveOut(product.getDossierNumber()));
        em.flush();
        acting.audit("PRODUCT_RE_REGISTERED", product, before, note);
        return dossier(productId);
    }

    /** A certificate of the product and its last day. */
    private record CertificateInForce(String number, LocalDate until) {
    }

    /**
     * The product's certificate in force on the day (valid or expiring, not revoked nor superseded), the latest first;
     * read from the certification's table (registration does not depend on the certification's code).
     */
    private CertificateInForce certificateInForce(Product product, LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT number, valid_until FROM cert_certificate WHERE product_id = ?1"
                        + " AND status IN ('VALID', 'EXPIRING') AND valid_from <= ?2 AND valid_until >= ?2"
                        + " ORDER BY valid_from DESC, number DESC").setParameter(1, product.getId()).setParameter(2, java.sql.Date.valueOf(day))
                .setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        Object until = row[1];
        return new CertificateInForce((String) row[0], until instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) until);
    }

    /**
     * Adds a document to a product's dossier. The product's version is raised, so that a page
     * that submits the dossier in the meantime is told that the dossier changed.
     */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public DossierView upload(long productId, DossierItem item, String issuer, LocalDate issuedOn, String fileName,
                              byte[] content) {
        return upload(productId, item, issuer, issuedOn, null, fileName, content);
    }

    /** Adds a document whose paper is valid until a day (a food-safety certificate, a test report): see above. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public DossierView upload(long productId, DossierItem item, String issuer, LocalDate issuedOn, LocalDate validUntil,
                              String fileName, byte[] content) {
        Caller caller = acting.caller();
        Product product = ProducerScope.product(em, productId, caller);
        Upload upload = Uploads.check(fileName, content);
        em.lock(product, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        List<DossierDocument> same = em.createNamedQuery(DossierDocument.SAME_FILE, DossierDocument.class)
                .setParameter("product", product).setParameter("sha256", upload.sha256()).getResultList();
        if (!same.isEmpty()) {
            throw BusinessException.onField("file", "registration.dossier.duplicate", same.get(0).getUpload().getFileName());
        }
        StoredFile file = new StoredFile(upload.content(), Uploads.thumbnail(upload));
        DossierDocument document = new DossierDocument(product, item, issuer, issuedOn, upload, file,
                acting.now(), caller.username());
        document.validUntil(validUntil);
        em.persist(file);
        em.persist(document);
        em.flush();
        acting.audit("DOSSIER_DOCUMENT_UPLOADED", document, null, null);
        return dossier(productId);
    }

    /** Removes a document from a dossier that is still open. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public DossierView remove(long documentId) {
        DossierDocument document = visibleDocument(documentId, acting.caller());
        Product product = document.getProduct();
        em.lock(product, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (!product.isOpen()) {
            throw new BusinessException("registration.product.submitted");
        }
        String before = document.auditState();
        if (document.carried()) {
            // it stays with the earlier dossier it came from
            document.leaveOut(product.getDossierNumber());
        } else {
            em.remove(document);
            em.remove(document.getFile());
        }
        em.flush();
        acting.audit("DOSSIER_DOCUMENT_REMOVED", document, before, null);
        return dossier(product.getId());
    }

    /** The uploaded file, byte for byte. */
    public FileContent content(long documentId) {
        DossierDocument document = visibleDocument(documentId, acting.caller());
        return new FileContent(document.getUpload().getFileName(), document.getUpload().getMediaType(), document.getFile().getContent());
    }

    /** The thumbnail of a photo or image document; empty when there is none. */
    public byte[] thumbnail(long documentId) {
        byte[] thumbnail = visibleDocument(documentId, acting.caller()).getFile().getThumbnail();
        return thumbnail == null ? new byte[0] : thumbnail;
    }

    /**
     * The product registration form, filled in from the registration: while the dossier is prepared, as it is today;
     * once submitted, the form kept when it was (a dossier submitted before the prints were kept: at its first print).
     */
    public byte[] registrationFormPdf(long productId) {
        Product product = ProducerScope.product(em, productId, acting.caller());
        if (product.isOpen()) {
            return registrationForm(product, acting.today());
        }
        ProductTransition submission = product.currentSubmission();
        if (submission.getRegistrationFormPdf() == null) {
            submission.keepRegistrationForm(kept(registrationForm(product, submission.getOccurredAt().toLocalDate())));
        }
        return submission.getRegistrationFormPdf().verifiedContent();
    }

    /**
     * The dossier checklist: each item, mandatory or supporting, present or missing, with its files; once the dossier
     * is submitted, the checklist kept when it was (as the registration form).
     */
    public byte[] checklistPdf(long productId) {
        Product product = ProducerScope.product(em, productId, acting.caller());
        if (product.isOpen()) {
            return checklist(product, acting.today());
        }
        ProductTransition submission = product.currentSubmission();
        if (submission.getChecklistPdf() == null) {
            submission.keepChecklist(kept(checklist(product, submission.getOccurredAt().toLocalDate())));
        }
        return submission.getChecklistPdf().verifiedContent();
    }

    /**
     * Keeps the registration form and the checklist of the dossier just submitted, dated the day of the submission
     * (called by {@link Products#advance} in the submission's transaction).
     */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public void keepSubmittedPrints(Product product) {
        ProductTransition submission = product.currentSubmission();
        LocalDate day = submission.getOccurredAt().toLocalDate();
        submission.keepRegistrationForm(kept(registrationForm(product, day)));
        submission.keepChecklist(kept(checklist(product, day)));
    }

    private IssuedFile kept(byte[] pdf) {
        IssuedFile file = IssuedFile.pdf(pdf);
        em.persist(file);
        return file;
    }

    private byte[] registrationForm(Product product, LocalDate printedOn) {
        Producer producer = product.getProducer();
        List<DossierDocument> documents = documents(product);
        List<ProductRegistrationDocument.Choice> types = Arrays.stream(RegistrationType.values())
                .map(t -> new ProductRegistrationDocument.Choice(PrintedLabels.registrationType(t),
                        t == (product.getRegistrationType() == null ? RegistrationType.FIRST_TIME : product.getRegistrationType())))
                .toList();
        List<ProductRegistrationDocument.Attachment> attachments = documents.stream()
                .filter(d -> d.getItem() != DossierItem.PHOTO && d.getItem() != DossierItem.REGISTRATION_FORM)
                .map(d -> new ProductRegistrationDocument.Attachment(PrintedLabels.item(d.getItem()), d.getUpload().getFileName()))
                .toList();
        IssuingBody body = bodies.deployedBody();
        return printer.pdf(new ProductRegistrationDocument(body.getPlace(), printedOn,
                PrintedLabels.COUNCIL + body.getNameVi(), producer.getName(), PrintedLabels.producerType(producer.getType()),
                producer.getTaxCode(), producer.getAddress(), producer.getCommune().getName(),
                producer.getRepresentative().getName(), producer.getRepresentative().getTitle(), producer.getPhone(),
                producer.getEmail(), product.getName(), product.getProductSet().getCode(), product.getProductSet().getName(),
                product.getProductSet().getCriteriaSet(), types, product.getSamples() == null ? 0 : product.getSamples(),
                attachments));
    }

    private byte[] checklist(Product product, LocalDate printedOn) {
        List<DossierDocument> documents = documents(product);
        DossierChecklist checklist = product.checklist(documents.stream().map(DossierDocument::getItem).toList());
        List<DossierChecklistDocument.Row> rows = new ArrayList<>();
        for (DossierChecklist.Line line : checklist.lines()) {
            rows.add(new DossierChecklistDocument.Row(rows.size() + 1, PrintedLabels.item(line.item()),
                    line.mandatory() ? PrintedLabels.MANDATORY : PrintedLabels.SUPPORTING,
                    line.present() ? PrintedLabels.PRESENT : PrintedLabels.MISSING,
                    documents.stream().filter(d -> d.getItem() == line.item())
                            .map(d -> new DossierChecklistDocument.Evidence(d.getUpload().getFileName(), d.getIssuer(), d.getIssuedOn()))
                            .toList()));
        }
        if (checklist.samplesRequired()) {
            rows.add(new DossierChecklistDocument.Row(rows.size() + 1, PrintedLabels.SAMPLES, PrintedLabels.MANDATORY,
                    checklist.samplesPresent() ? PrintedLabels.PRESENT : PrintedLabels.MISSING, List.of()));
        }
        IssuingBody body = bodies.deployedBody();
        return printer.pdf(new DossierChecklistDocument(new Letterhead(body.getHeaderLine1(), body.getHeaderLine2(), body.getPlace(),
                printedOn), product.getName(), product.getProducer().getName(),
                product.getProducer().getCommune().getName(), product.getProductSet().getCode(),
                product.getProductSet().getName(), rows, checklist.percent(), checklist.mandatoryPresent(),
                checklist.mandatoryCount()));
    }

    private List<DossierDocument> documents(Product product) {
        return em.createNamedQuery(DossierDocument.OF_PRODUCT, DossierDocument.class).setParameter("product", product)
                .getResultList();
    }

    private DossierDocument visibleDocument(long id, Caller caller) {
        DossierDocument document = Records.find(em, DossierDocument.class, id);
        ProducerScope.reached(document.getProduct().getProducer(), caller);
        return document;
    }
}
