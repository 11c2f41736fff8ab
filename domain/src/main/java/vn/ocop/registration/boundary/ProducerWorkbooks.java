package vn.ocop.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.control.ImportPreview;
import vn.ocop.registration.control.ImportTemplate;
import vn.ocop.registration.control.ProducerImport;
import vn.ocop.registration.control.ProducerListWorkbook;
import vn.ocop.registration.control.WorkbookLayout;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Producers in Excel workbooks: the export of the filtered list (everyone who reads producers, in
 * their scope) and the import of producers and products from the districts' lists (the district
 * office, and a commune officer for their own commune only). An import checks every row first and
 * stores all of them in one transaction, or none.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class ProducerWorkbooks {

    private static final int IN_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    /** The producers that the list shows with the same filter, all of them, as an .xlsx workbook. */
    public byte[] export(ProducerFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Producer> query = cb.createQuery(Producer.class);
        Root<Producer> producer = query.from(Producer.class);
        producer.fetch("commune");
        query.where((filter == null ? ProducerFilter.none() : filter).conditions(cb, producer, acting.caller()))
                .orderBy(cb.asc(producer.get("nameKey")), cb.asc(producer.get("id")));
        List<Producer> found = em.createQuery(query).setMaxResults(ProducerListWorkbook.MAX_ROWS + 1).getResultList();
        if (found.size() > ProducerListWorkbook.MAX_ROWS) {
            throw new BusinessException("registration.export.tooMany", ProducerListWorkbook.MAX_ROWS);
        }
        return ProducerListWorkbook.write(found.stream().map(ProducerWorkbooks::entry).toList());
    }

    /** The empty workbook to fill in, listing the communes the caller may import into. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public byte[] template() {
        Caller caller = acting.caller();
        Long only = caller.registersIn();
        return ImportTemplate.write(communes().stream().filter(u -> only == null || only.equals(u.getId())).toList(), productSets());
    }

    /** Every row of the workbook and every problem in it; stores nothing. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ImportPreview preview(byte[] workbook) {
        return plan(workbook).preview();
    }

    /** Checks the workbook again and stores every row of it, or nothing when any row has a problem. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public ImportResult importAll(byte[] workbook) {
        ProducerImport.Plan plan = plan(workbook);
        if (!plan.preview().valid()) {
            throw BusinessException.onField("file", "registration.import.hasErrors", plan.preview().problems().size());
        }
        plan.producers().forEach(em::persist);
        plan.products().forEach(em::persist);
        UniqueValues.flush(em, BusinessException.onField("file", "registration.taxCode.taken"));
        plan.producers().forEach(p -> acting.audit("PRODUCER_IMPORTED", p, null, null));
        plan.products().forEach(p -> acting.audit("PRODUCT_IMPORTED", p, null, null));
        return new ImportResult(plan.producers().size(), plan.products().size());
    }

    private ProducerImport.Plan plan(byte[] workbook) {
        Caller caller = acting.caller();
        return ProducerImport.check(workbook, new ProducerImport.Reference(communes(), productSets(), this::registered,
                caller.registersIn(), acting.today(), acting.now(), caller.username()));
    }

    private List<AdministrativeUnit> communes() {
        return em.createNamedQuery(AdministrativeUnit.ALL, AdministrativeUnit.class).getResultList().stream()
                .filter(u -> u.getLevel() == UnitLevel.COMMUNE).toList();
    }

    private List<ProductSet> productSets() {
        return em.createNamedQuery(ProductSet.OF_CRITERIA_SET, ProductSet.class)
                .setParameter("criteriaSet", WorkbookLayout.CRITERIA_SET).getResultList();
    }

    /** The producers registered under any of the tax codes, whatever their commune. */
    private Map<String, Producer> registered(Set<String> taxCodes) {
        Map<String, Producer> found = new HashMap<>();
        List<String> codes = List.copyOf(taxCodes);
        for (int from = 0; from < codes.size(); from += IN_LIST) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Producer> query = cb.createQuery(Producer.class);
            Root<Producer> producer = query.from(Producer.class);
            producer.fetch("commune");
            query.where(producer.get("taxCode").in(codes.subList(from, Math.min(from + IN_LIST, codes.size()))));
            em.createQuery(query).getResultList().forEach(p -> found.put(p.getTaxCode(), p));
        }
        return found;
    }

    private static ProducerListWorkbook.Entry entry(Producer p) {
        return new ProducerListWorkbook.Entry(p.getName(), p.getType(), p.getTaxCode(), p.getCommune().getCode(),
                p.getCommune().getName(), p.getAddress(), p.getRepresentative().getName(), p.getRepresentative().getTitle(),
                p.getRepresentative().getGender(), p.getPhone(), p.getEmail(), p.getRegisteredOn(), p.getStatus());
    }
}
