package vn.ocop.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.registration.entity.SupportType;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.util.List;

/**
 * The types of support (reference data): every role that reads supports reads them; the office and administrators add,
 * rename, move, retire and restore them. A retired type is no longer offered for new supports; the supports recorded
 * with it keep it. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class SupportTypes {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;


    /** Every type, retired ones too, in their order. */
    public List<SupportTypeView> types() {
        return em.createNamedQuery(SupportType.ALL, SupportType.class).getResultList().stream().map(SupportTypeView::of)
                .toList();
    }

    /** Adds a type (no id; placed last when no position is given) or renames, moves, retires or restores one. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public SupportTypeView saveType(SupportTypeForm form) {
        if (form.getId() == null) {
            return addType(form);
        }
        SupportType type = type(form.getId(), form.getVersion());
        String before = type.auditState();
        type.rename(form.getNameVi(), form.getNameEn());
        if (form.getPosition() == null) {
            throw BusinessException.onField("position", "error.required");
        }
        type.moveTo(form.getPosition());
        if (form.isActive()) {
            type.activate();
        } else {
            type.deactivate();
        }
        Records.flush(em);
        audit.change("SUPPORT_TYPE_CHANGED", type, before, null);
        return SupportTypeView.of(type);
    }

    private SupportTypeView addType(SupportTypeForm form) {
        String code = SupportType.canonicalCode(form.getCode());
        if (!em.createNamedQuery(SupportType.BY_CODE, SupportType.class).setParameter("code", code).getResultList()
                .isEmpty()) {
            throw BusinessException.onField("code", "registration.supportType.codeTaken");
        }
        int last = types().stream().mapToInt(SupportTypeView::position).max().orElse(0);
        SupportType type = new SupportType(code, form.getNameVi(), form.getNameEn(),
                form.getPosition() == null ? last + 1 : form.getPosition());
        if (!form.isActive()) {
            type.deactivate();
        }
        em.persist(type);
        em.flush();
        audit.change("SUPPORT_TYPE_CHANGED", type, null, null);
        return SupportTypeView.of(type);
    }

    /** Retires a type: no longer offered for new supports; the supports recorded with it keep it. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public SupportTypeView deactivate(long typeId, long version) {
        SupportType type = type(typeId, version);
        String before = type.auditState();
        type.deactivate();
        Records.flush(em);
        audit.change("SUPPORT_TYPE_CHANGED", type, before, null);
        return SupportTypeView.of(type);
    }

    private SupportType type(long id, long version) {
        SupportType type = Records.find(em, SupportType.class, id);
        Records.requireVersion(type.getVersion(), version);
        return type;
    }

}
