package vn.ocop.geography.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.boundary.ReadCache;
import vn.ocop.shared.control.Roles;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.geography.control.DeploymentBody;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies the portal serves, read from the data: the one the server runs for (the system
 * property {@value DeploymentBody#PROPERTY}) and the one that speaks for a former body on a day it no longer exists.
 */
@Stateless
@PermitAll
public class IssuingBodies {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ReadCache reads;

    /**
     * The body the server runs for, as the screens name it (public: the login page shows it); every page's title and
     * footer ask for it, so it is kept a few seconds ({@link ReadCache}).
     */
    public BodyView deployed() {
        return reads.get("body", DeploymentBody.code(), () -> {
            IssuingBody body = deployedBody();
            return new BodyView(body.getCode(), body.getNameVi(), body.getNameEn());
        });
    }

    /** The body the server runs for; an unknown code in the configuration is an error of the installation. */
    public IssuingBody deployedBody() {
        String code = DeploymentBody.code();
        IssuingBody body = em.find(IssuingBody.class, code);
        if (body == null) {
            throw new IllegalStateException("unknown issuing body " + code + " (system property " + DeploymentBody.PROPERTY + ")");
        }
        return body;
    }

    /** Every body, by code. */
    public List<IssuingBody> all() {
        return em.createNamedQuery(IssuingBody.ALL, IssuingBody.class).getResultList();
    }

    /**
     * The body that acts on a day for a body's records: the body itself while it exists, afterwards the body the server
     * runs for (e.g. the City for the former district after 30/06/2025).
     */
    public IssuingBody actingFor(String code, LocalDate day) {
        IssuingBody body = em.find(IssuingBody.class, code);
        if (body == null) {
            throw new BusinessException("issuing_body.unknown", code);
        }
        return body.inOfficeOn(day) ? body : deployedBody();
    }

    /** Every body with how it numbers its decisions. */
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.LEADER})
    public List<BodyNumbering> numberings() {
        return all().stream().map(BodyNumbering::of).toList();
    }

    /**
     * The administrator chooses how a body numbers its decisions from now on: the numbers its register gives, typed at
     * issue, or the portal's counter. Decisions already issued keep their numbers.
     */
    @RolesAllowed(Roles.ADMIN)
    public BodyNumbering numberBy(String code, Numbering numbering) {
        IssuingBody body = find(code);
        String before = body.auditState();
        body.numberBy(numbering);
        em.flush();
        audit.change("ISSUING_BODY_NUMBERING", body, before, null);
        return BodyNumbering.of(body);
    }

    /** A body by its code. */
    public IssuingBody find(String code) {
        IssuingBody body = em.find(IssuingBody.class, code);
        if (body == null) {
            throw new BusinessException("issuing_body.unknown", code);
        }
        return body;
    }
}
