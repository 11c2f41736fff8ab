package vn.ocop.rating.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.rating.entity.ScoringSheet;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The scoring sheets as forms, built once and kept: sheets are reference data that only a
 * migration changes, so a member's save needs neither the sheet's nodes nor its validation again.
 * Used by the rating boundaries inside their transactions. An EJB rather than a CDI bean: on
 * WildFly, Weld's persistence-context injection into a CDI bean of the EJB jar raced the persistence
 * unit's start and failed redeployments. Only the boundaries call it (their roles apply).
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class ScoringForms {

    /** A product set's sheet and whether it can be used for scoring. */
    public record SheetState(long sheetId, boolean usable) {
    }

    @PersistenceContext
    EntityManager em;

    private final ConcurrentMap<Long, SheetForm> forms = new ConcurrentHashMap<>();
    private volatile Map<Long, SheetState> byProductSet;

    /** The form of a usable sheet. */
    public SheetForm form(long sheetId) {
        SheetForm form = forms.get(sheetId);
        if (form == null) {
            ScoringSheet sheet = Records.find(em, ScoringSheet.class, sheetId);
            if (!sheet.usable()) {
                throw new BusinessException("rating.sheet.notUsable");
            }
            form = SheetForm.of(sheet);
            SheetForm known = forms.putIfAbsent(sheetId, form);
            form = known == null ? form : known;
        }
        return form;
    }

    /** The sheet of each product set (by product set id), with whether it is usable. */
    public Map<Long, SheetState> sheetsByProductSet() {
        Map<Long, SheetState> known = byProductSet;
        if (known == null) {
            Map<Long, SheetState> states = new HashMap<>();
            em.createNamedQuery(ScoringSheet.ALL, ScoringSheet.class).getResultList().forEach(sheet ->
                    states.put(sheet.getProductSet().getId(), new SheetState(sheet.getId(), sheet.usable())));
            known = Map.copyOf(states);
            byProductSet = known;
        }
        return known;
    }
}
