package vn.ocop.geography.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.geography.control.UnitCsv;
import vn.ocop.geography.control.UnitImport;
import vn.ocop.geography.control.UnitListCsv;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.Sha256;
import vn.ocop.shared.control.UniqueValues;

import java.util.List;

/**
 * The official list of administrative units, which the administrator imports as a CSV file: the
 * preview of what it changes (stores nothing), the import of all of it or nothing, audited with who,
 * when and how many; and the stored units as a file of the same format.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UnitImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Every row, every problem and what importing would change; stores nothing. */
    public UnitImport.Preview preview(byte[] file) {
        return check(file).preview();
    }

    /** Checks the file again and imports all of it, or nothing when any row has a problem. */
    public UnitImportResult importAll(byte[] file) {
        UnitImport check = check(file);
        UnitImport.Preview preview = check.preview();
        if (!preview.valid()) {
            throw BusinessException.onField("file", "geography_import.hasErrors", preview.problems().size());
        }
        check.apply(em::persist);
        UniqueValues.flush(em, BusinessException.onField("file", "geography_import.changedMeanwhile"));
        UnitImportResult result = new UnitImportResult(preview.lines().size(), preview.count(UnitImport.Change.ADDED),
                preview.count(UnitImport.Change.CHANGED), preview.count(UnitImport.Change.CONFIRMED),
                preview.count(UnitImport.Change.UNCHANGED), preview.successionsAdded(), preview.successionsChanged(), preview.kept());
        audit.event("UNITS_IMPORTED", result.summary() + ", sha256=" + Sha256.hex(file));
        return result;
    }

    /** The stored units in the import's format (a list to correct and import again). */
    public byte[] currentList() {
        return UnitListCsv.write(stored());
    }

    private UnitImport check(byte[] file) {
        List<List<String>> rows = UnitCsv.read(file);
        return UnitImport.check(rows, stored());
    }

    private List<AdministrativeUnit> stored() {
        return em.createNamedQuery(AdministrativeUnit.WITH_SUCCESSIONS, AdministrativeUnit.class).getResultList();
    }
}
