package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.demo.DanPhuong2019.LegalFormRow;
import vn.ocop.demo.DanPhuong2019.ManagerRow;
import vn.ocop.demo.DanPhuong2019.ProducerRow;
import vn.ocop.demo.DanPhuong2019.ProductRow;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProducerDetails;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.control.Roles;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the demonstration producers and products ({@link DanPhuong2019}) as the district
 * office would: through {@link Producers} and {@link Products}, in the demonstration's one transaction ({@link DemoLoad}), so every rule
 * and the audit log apply as to a user. The transitions carry the server's clock, not 2019 dates.
 */
@Stateless
@RunAs(Roles.OFFICER)
public class DemoRegistrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Producers producerRegistrations;

    @Inject
    Products productRegistrations;

    @Inject
    Dossiers dossiers;

    /** Registers everything; returns the producers' ids in the order of the table. */
    @RolesAllowed(Roles.ADMIN)
    public List<Long> load() {
        List<Long> ids = new ArrayList<>();
        for (ProducerRow row : DanPhuong2019.PRODUCERS) {
            long id = producer(row);
            row.products().forEach(product -> product(id, product));
            ids.add(id);
            Settle.step(em);
        }
        return ids;
    }

    /**
     * 2024: every pilot product whose dossier was submitted in 2019 registers again under the
     * product set of 148/QĐ-TTg that continues its 1048 set, for re-evaluation, and submits the 148
     * dossier (the registration form, the self-assessment, five samples). Returns the new products' ids.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<Long> reEvaluations2024(List<Long> producers) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DanPhuong2019.PRODUCERS.size(); i++) {
            for (ProductRow row : DanPhuong2019.PRODUCERS.get(i).products()) {
                Long set = DanPhuong2019.SET_148.get(row.productSetId());
                if (row.step() == CycleStep.DOSSIER_SUBMITTED && set != null) {
                    ids.add(reEvaluation(producers.get(i), set, row));
                    Settle.step(em);
                }
            }
        }
        return ids;
    }

    private long reEvaluation(long producerId, long productSet, ProductRow row) {
        long id = productRegistrations.registerProduct(producerId, productSet, row.name()).id();
        productRegistrations.describeProduct(id, productVersion(id), row.name(), row.description(), row.samples());
        productRegistrations.decideIdea(id, productVersion(id), true, DanPhuong2019.RE_EVALUATION);
        productRegistrations.advance(id, productVersion(id), null, DanPhuong2019.PLAN);
        productRegistrations.advance(id, productVersion(id), null, DanPhuong2019.PREPARATION);
        dossiers.upload(id, DossierItem.REGISTRATION_FORM, null, null, "Phiếu đăng ký 2024 - " + row.name() + ".pdf",
                dossiers.registrationFormPdf(id));
        dossiers.upload(id, DossierItem.SELF_ASSESSMENT, null, null, DemoFiles.name(DossierItem.SELF_ASSESSMENT, row.name()),
                DemoFiles.pdf(row.name(), DemoFiles.title(DossierItem.SELF_ASSESSMENT), "OCOP Dan Phuong 2024"));
        productRegistrations.advance(id, productVersion(id), RegistrationType.RE_EVALUATION, DanPhuong2019.DOSSIER_2024);
        return id;
    }

    private long producer(ProducerRow row) {
        long id = producerRegistrations.registerProducer(form(row)).id();
        LegalFormRow change = row.legalForm();
        String title = row.representative().title();
        if (change != null) {
            producerRegistrations.changeLegalForm(id, producerVersion(id), change.newType(), change.on(), change.note());
            ProducerDetails details = producerRegistrations.producerDetails(id);
            ProducerForm form = details.form();
            form.setName(change.newName());
            form.setRepresentativeTitle(change.newTitle());
            producerRegistrations.updateProducer(id, details.summary().version(), form);
            title = change.newTitle();
        }
        producerRegistrations.addManager(id, producerVersion(id), row.representative().name(), title, row.phone(), row.email());
        for (ManagerRow manager : row.managers()) {
            producerRegistrations.addManager(id, producerVersion(id), manager.name(), manager.position(), manager.phone(), null);
        }
        return id;
    }

    private void product(long producerId, ProductRow row) {
        long id = productRegistrations.registerProduct(producerId, row.productSetId(), row.name()).id();
        productRegistrations.describeProduct(id, productVersion(id), row.name(), row.description(), row.samples());
        for (CycleStep step : row.path()) {
            long version = productVersion(id);
            switch (step) {
                case IDEA_RETURNED -> productRegistrations.decideIdea(id, version, false, row.returnedFor());
                case IDEA_ACCEPTED -> productRegistrations.decideIdea(id, version, true, DanPhuong2019.ACCEPTED);
                case IDEA_REGISTERED -> productRegistrations.advance(id, version, null, DanPhuong2019.RESUBMITTED);
                case PLAN_SUBMITTED -> productRegistrations.advance(id, version, null, DanPhuong2019.PLAN);
                case PREPARING -> {
                    productRegistrations.advance(id, version, null, DanPhuong2019.PREPARATION);
                    dossier(id, row, List.of(DossierItem.REGISTRATION_FORM));
                }
                case DOSSIER_SUBMITTED -> {
                    dossier(id, row, List.of(DossierItem.BUSINESS_PLAN, DossierItem.ORGANISATION_DESCRIPTION,
                            DossierItem.BUSINESS_REGISTRATION, DossierItem.FOOD_SAFETY_CERTIFICATE));
                    productRegistrations.advance(id, productVersion(id), RegistrationType.FIRST_TIME, DanPhuong2019.DOSSIER);
                }
            }
        }
    }

    /**
     * Uploads the dossier's documents: the registration form as the portal prints it, and small
     * stand-in papers for the rest (the 1048 regime's mandatory items and a food-safety certificate).
     */
    private void dossier(long productId, ProductRow row, List<DossierItem> items) {
        if (dossiers.dossier(productId).of(DossierItem.REGISTRATION_FORM).isEmpty()) {
            dossiers.upload(productId, DossierItem.REGISTRATION_FORM, null, null, "Phiếu đăng ký - " + row.name() + ".pdf",
                    dossiers.registrationFormPdf(productId));
        }
        for (DossierItem item : items) {
            if (item != DossierItem.REGISTRATION_FORM) {
                dossiers.upload(productId, item, null, null, DemoFiles.name(item, row.name()),
                        DemoFiles.pdf(row.name(), DemoFiles.title(item), "OCOP Dan Phuong 2019"));
            }
        }
    }

    /** The committed version: the boundaries' answers may carry the version before their commit. */
    private long producerVersion(long id) {
        return producerRegistrations.producerDetails(id).summary().version();
    }

    private long productVersion(long id) {
        return productRegistrations.productDetails(id).summary().version();
    }

    private static ProducerForm form(ProducerRow row) {
        ProducerForm form = new ProducerForm();
        form.setName(row.name());
        form.setType(row.type());
        form.setTaxCode(row.taxCode());
        form.setRegisteredOn(row.registeredOn());
        form.setCommuneId(row.communeId());
        form.setAddress(row.address());
        form.setRepresentativeName(row.representative().name());
        form.setRepresentativeTitle(row.representative().title());
        form.setRepresentativeGender(row.representative().gender());
        form.setRepresentativeEthnicity(row.representative().ethnicity());
        form.setPhone(row.phone());
        form.setEmail(row.email());
        form.setMembers(row.members());
        form.setWorkers(row.workers());
        return form;
    }
}
