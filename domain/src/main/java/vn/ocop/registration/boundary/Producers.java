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
import jakarta.persistence.criteria.Root;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.control.ProducerScope;
import vn.ocop.registration.control.TaxCodes;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.Representative;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.boundary.Sort;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.Contacts;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;
import vn.ocop.shared.control.VietnameseText;

import java.time.LocalDate;
import java.util.List;

/**
 * Registration of producers: their details, managers and legal-form history. The district office works with every
 * commune; a commune officer only with their own commune, and this boundary enforces it; leaders and administrators
 * read everything. The products of a producer are {@link Products}'.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class Producers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    public Page<ProducerView> producers(ProducerFilter filter, int first, int size) {
        return producers(filter, Sort.none(), first, size);
    }

    /** A page of producers in the caller's scope, in the order asked for (by name unless said otherwise). */
    public Page<ProducerView> producers(ProducerFilter filter, Sort sort, int first, int size) {
        Caller caller = acting.caller();
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
        rows.where(filter.conditions(cb, producer, caller))
                .orderBy(sort.ascending() ? cb.asc(key) : cb.desc(key), cb.asc(producer.get("id")));
        List<ProducerView> items = em.createQuery(rows).setFirstResult(first).setMaxResults(size).getResultList()
                .stream().map(ProducerView::of).toList();

        return new Page<>(items, Page.count(em, Producer.class, (builder, counting, counted) -> filter.conditions(builder, counted, caller)));
    }

    /**
     * Checks each field of a producer's form on its own and reports every problem at once (the entity's rules, which
     * stop at the first, then run on a form that passes).
     */
    private void check(ProducerForm form, boolean withTaxCode) {
        Checks.all(
                () -> {
                    if (form.getType() == null) {
                        throw BusinessException.onField("type", "error.required");
                    }
                },
                () -> VietnameseText.required("name", form.getName(), 200),
                () -> {
                    if (withTaxCode && form.getType() != null) {
                        TaxCodes.canonical(form.getTaxCode(), form.getType().needsTaxCode());
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
                () -> Contacts.phone("phone", form.getPhone()),
                () -> Contacts.email("email", form.getEmail()),
                () -> Producer.requireNotFuture("registeredOn", form.getRegisteredOn(), acting.today()));
    }

    public ProducerView producer(long id) {
        return ProducerView.of(ProducerScope.producer(em, id, acting.caller()));
    }

    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerView registerProducer(ProducerForm form) {
        Caller caller = acting.caller();
        check(form, true);
        AdministrativeUnit commune = form.getCommuneId() == null ? null : em.find(AdministrativeUnit.class, form.getCommuneId());
        if (!caller.reaches(commune == null ? null : commune.getId())
                || caller.registersIn() != null && !caller.registersIn().equals(commune.getId())) {
            throw BusinessException.onField("commune", "registration.producer.outsideCommune");
        }
        Producer producer = new Producer(form.getName(), form.getType(), form.getTaxCode(), commune, form.getAddress(),
                representative(form));
        if (!em.createNamedQuery(Producer.BY_TAX_CODE, Producer.class).setParameter("taxCode", producer.getTaxCode())
                .getResultList().isEmpty()) {
            throw BusinessException.onField("taxCode", "registration.taxCode.taken");
        }
        producer.registeredOn(form.getRegisteredOn());
        producer.contact(form.getPhone(), form.getEmail());
        producer.staff(form.getMembers(), form.getWorkers());
        em.persist(producer);
        UniqueValues.flush(em, BusinessException.onField("taxCode", "registration.taxCode.taken"));
        acting.audit("PRODUCER_REGISTERED", producer, null, null);
        return ProducerView.of(producer);
    }

    /** The producer page: details, managers and legal-form history. */
    public ProducerDetails producerDetails(long id) {
        return ProducerDetails.of(ProducerScope.producer(em, id, acting.caller()));
    }

    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerDetails updateProducer(long id, long version, ProducerForm form) {
        Caller caller = acting.caller();
        Producer producer = editable(id, version, caller);
        check(form, false);
        String before = producer.auditState();
        AdministrativeUnit commune = form.getCommuneId() == null ? null : em.find(AdministrativeUnit.class, form.getCommuneId());
        if (!caller.reaches(commune == null ? null : commune.getId())) {
            throw BusinessException.onField("commune", "registration.producer.outsideCommune");
        }
        producer.rename(form.getName());
        producer.moveTo(commune, form.getAddress());
        producer.represent(representative(form));
        producer.registeredOn(form.getRegisteredOn());
        producer.contact(form.getPhone(), form.getEmail());
        producer.staff(form.getMembers(), form.getWorkers());
        em.flush();
        acting.audit("PRODUCER_CHANGED", producer, before, null);
        return ProducerDetails.of(producer);
    }

    private static Representative representative(ProducerForm form) {
        return new Representative(VietnameseText.normalise(form.getRepresentativeName()),
                VietnameseText.normalise(form.getRepresentativeTitle()), form.getRepresentativeGender(),
                VietnameseText.normalise(form.getRepresentativeEthnicity()));
    }

    /** Records a change of legal form (a group becomes a cooperative…); the history stays. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerDetails changeLegalForm(long id, long version, ProducerType newType, LocalDate on, String note) {
        Producer producer = editable(id, version, acting.caller());
        String before = producer.auditState();
        producer.changeLegalForm(newType, on, note, acting.today());
        em.flush();
        acting.audit("PRODUCER_LEGAL_FORM_CHANGED", producer, before, note);
        return ProducerDetails.of(producer);
    }

    /** Adds a manager: the people whom the training records count as the producer's managers. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerDetails addManager(long producerId, long version, String name, String position, String phone,
                                      String email) {
        Producer producer = editable(producerId, version, acting.caller());
        em.lock(producer, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        String before = producer.managersState();
        producer.addManager(name, position, phone, email);
        em.flush();
        acting.audit("PRODUCER_MANAGER_ADDED", producer, before, producer.managersState());
        return ProducerDetails.of(producer);
    }

    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ProducerDetails removeManager(long producerId, long version, long managerId) {
        Producer producer = editable(producerId, version, acting.caller());
        em.lock(producer, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        String before = producer.managersState();
        producer.removeManager(managerId);
        em.flush();
        acting.audit("PRODUCER_MANAGER_REMOVED", producer, before, producer.managersState());
        return ProducerDetails.of(producer);
    }

    private Producer editable(long id, long version, Caller caller) {
        Producer producer = ProducerScope.producer(em, id, caller);
        Records.requireVersion(producer.getVersion(), version);
        return producer;
    }
}
