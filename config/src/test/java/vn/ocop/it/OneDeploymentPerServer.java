package vn.ocop.it;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.StopContainer;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deploys the suite's EAR once per server instead of once per test class. Every test class declares the same
 * deployment ({@link Deployments#ear()}, one archive for the whole suite); the first class deploys it, the next
 * classes reuse it (the same protocol data, so {@code @ArquillianResource URL} and in-container tests work), and it is
 * undeployed when the server stops. A class whose archive has another name is deployed and undeployed as usual.
 *
 * <p>Deploying the EAR took most of the suite's time (three servers, about thirty classes). What the classes share in
 * the server instead of a fresh deployment: the database (as before) and the application's memory (the sign-in
 * throttle, the verification limits, caches), which the tests must not depend on being empty.
 */
public class OneDeploymentPerServer {

    /** Registered through META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(OneDeploymentPerServer.class);
        }
    }

    private record Deployed(String name, Archive<?> archive, ProtocolMetaData metaData) {
    }

    private static final Logger LOG = Logger.getLogger(OneDeploymentPerServer.class.getName());
    private static final Map<String, Deployed> DEPLOYED = new ConcurrentHashMap<>();

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> metaData;

    @Inject
    private Instance<ProtocolMetaData> currentMetaData;

    /** Runs inside the container and deployment contexts (a lower precedence than the handler that opens them). */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        Deployment current = event.getDeployment();
        DeploymentDescription wanted = current.getDescription();
        Deployed done = DEPLOYED.get(event.getContainerName());
        if (done != null && wanted.isArchiveDeployment() && done.name().equals(wanted.getArchive().getName())) {
            description.set(wanted);
            deployment.set(current);
            metaData.set(done.metaData());
            current.deployed();
            return;
        }
        context.proceed();
        if (wanted.isArchiveDeployment() && current.isDeployed()) {
            Archive<?> archive = wanted.getTestableArchive() != null ? wanted.getTestableArchive() : wanted.getArchive();
            DEPLOYED.put(event.getContainerName(), new Deployed(wanted.getArchive().getName(), archive, currentMetaData.get()));
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        UnDeployDeployment event = context.getEvent();
        DeploymentDescription description = event.getDeployment().getDescription();
        Deployed done = DEPLOYED.get(event.getContainerName());
        if (done == null || !description.isArchiveDeployment() || !done.name().equals(description.getArchive().getName())) {
            context.proceed();
        }
    }

    public void stop(@Observes EventContext<StopContainer> context) {
        Deployed done = DEPLOYED.remove(context.getEvent().getContainerName());
        if (done != null) {
            try {
                context.getEvent().getContainer().getDeployableContainer().undeploy(done.archive());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "The suite's deployment could not be undeployed before the server stops", e);
            }
        }
        context.proceed();
    }
}
