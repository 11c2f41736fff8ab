package vn.ocop.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.net.URL;

/**
 * A test class that calls the deployed portal from outside, over HTTP: the suite's one deployment
 * ({@link Deployments#ear()}, deployed once per server by {@link OneDeploymentPerServer}) and its address.
 */
@RunAsClient
abstract class ClientTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** The deployment's address, "http://host:port/ocop/". */
    @ArquillianResource
    URL url;
}
