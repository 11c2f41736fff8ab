package vn.ocop.it;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import vn.ocop.it.support.AsOfficer;

/**
 * A test class that runs inside the server, in the suite's one deployment ({@link Deployments#ear()}, deployed once
 * per server by {@link OneDeploymentPerServer}), calling the boundaries as the district office does through
 * {@link AsOfficer} (each call in its own transactions; what a call throws comes back as thrown).
 */
abstract class ServerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    AsOfficer officer;
}
