package vn.ocop.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What the public health check may know: that the database answers, and its schema version. */
@Stateless
@PermitAll
public class Health {

    @PersistenceContext
    EntityManager em;

    public String schemaVersion() {
        Object version = em.createNativeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")
                .setMaxResults(1).getSingleResult();
        return String.valueOf(version);
    }
}
