package vn.ocop.geography.boundary;

import vn.ocop.geography.entity.IssuingBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.shared.boundary.ReadCache;
import vn.ocop.geography.control.UnitLabels;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.reports.Documents;
import vn.ocop.reports.Letterhead;
import vn.ocop.reports.UnitListDocument;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the administrative units: every signed-in role may, none may change them (migrations do). */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.COUNCIL, Roles.COMMUNE, Roles.LEADER})
public class Geography {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuingBodies bodies;

    @Inject
    Clock clock;

    @Inject
    Documents documents;

    @Inject
    ReadCache reads;

    /**
     * Every administrative unit with its successions: every list page's commune picker asks for them, so they are kept a
     * few seconds ({@link ReadCache}; an import or any change committed here drops them).
     */
    public List<UnitView> units() {
        return reads.get("units", "all", () -> em.createNamedQuery(AdministrativeUnit.ALL, AdministrativeUnit.class)
                .getResultList().stream().map(UnitView::of).toList());
    }

    /**
     * Every commune, ward and town, current and former, for the pickers of forms and filters: a
     * producer registered in 2019 keeps the commune of its registration.
     */
    public List<UnitView> communes() {
        return units().stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
    }

    public UnitView unit(long id) {
        return UnitView.of(find(id));
    }

    public AdministrativeUnit find(long id) {
        return Records.find(em, AdministrativeUnit.class, id);
    }

    public long count() {
        return em.createNamedQuery(AdministrativeUnit.COUNT, Long.class).getSingleResult();
    }

    /** The printable list of all units with their validity and successors (A4, Vietnamese). */
    public byte[] unitListPdf(String printedBy) {
        IssuingBody body = bodies.deployedBody();
        List<UnitView> units = units();
        List<UnitListDocument.Row> rows = new java.util.ArrayList<>();
        int no = 1;
        for (UnitView unit : units) {
            rows.add(new UnitListDocument.Row(no++, unit.code(), unit.name(), UnitLabels.printed(unit.type()),
                    unit.parentName(), format(unit.validFrom()), format(unit.validTo()), successors(unit)));
        }
        return documents.pdf(new UnitListDocument(new Letterhead(body.getHeaderLine1(), body.getHeaderLine2(), body.getPlace(), LocalDate.now(clock)),
                "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH", "(In bởi " + printedBy + ")", rows));
    }

    private static String successors(UnitView unit) {
        if (unit.successors().isEmpty()) {
            return null;
        }
        return "Sáp nhập vào: " + unit.successors().stream()
                .map(s -> s.name() + (s.whole() ? "" : " (một phần)"))
                .collect(Collectors.joining(", "));
    }

    private static String format(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }
}
