package vn.ocop.registration.control;

import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a dossier needs the commune's pre-screen, and which commune's People's Committee does it. The regime in
 * force on the day the dossier was submitted decides, through the roles of the bodies (data): under 148/QĐ-TTg as
 * amended by 1489/QĐ-TTg the communes created on 01/07/2025 pre-screen; the former district's dossiers of 2019–2025
 * (1048, 148) need none. A producer registered in a commune of before 2025 belongs to the commune that took it over.
 */
public final class PrescreenRules {

    private PrescreenRules() {
    }

    /**
     * The unit whose body acts for the producer's commune: the commune itself when it has a body, else the first
     * commune that succeeded it (in the order of the successions) and has one.
     */
    public static Optional<Long> bodyUnit(AdministrativeUnit commune, Set<Long> unitsWithBody) {
        if (commune == null) {
            return Optional.empty();
        }
        if (unitsWithBody.contains(commune.getId())) {
            return Optional.of(commune.getId());
        }
        return commune.getSuccessions().stream().map(UnitSuccession::getSuccessor).map(AdministrativeUnit::getId)
                .filter(unitsWithBody::contains).findFirst();
    }

    /** Whether the body, existing on the day of the submission, pre-screens under the regime in force that day. */
    public static boolean required(IssuingBody body, String regimeCode, LocalDate submittedOn) {
        return body != null && regimeCode != null && body.inOfficeOn(submittedOn)
                && body.role(regimeCode).filter(r -> r.isPrescreens()).isPresent();
    }

    /** Refuses a pre-screen where none is required. */
    public static void requireRequired(IssuingBody body, String regimeCode, LocalDate submittedOn) {
        if (!required(body, regimeCode, submittedOn)) {
            throw new BusinessException("registration.prescreen.notRequired");
        }
    }

    /**
     * Whether an officer of the unit may pre-screen for the producer's commune: an officer of that commune itself, or
     * of the commune whose body acts for it ({@link #bodyUnit}). A former commune split between several communes is seen by each of
     * them and pre-screened by one.
     */
    public static boolean acts(Long actingUnit, Long producerCommune, Long officerUnit) {
        return officerUnit != null && (officerUnit.equals(producerCommune) || officerUnit.equals(actingUnit));
    }

    /** Refuses a pre-screen by an officer who does not {@link #acts act} for the producer's commune. */
    public static void requireActingCommune(Long actingUnit, Long producerCommune, Long officerUnit) {
        if (!acts(actingUnit, producerCommune, officerUnit)) {
            throw new BusinessException("registration.prescreen.otherCommune");
        }
    }

    /** Refuses a second pre-screen of the same submission (a returned dossier submitted again may be pre-screened). */
    public static void requireNotScreened(long prescreensOfSubmission) {
        if (prescreensOfSubmission > 0) {
            throw new BusinessException("registration.prescreen.done");
        }
    }
}
