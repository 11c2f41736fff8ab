package vn.ocop.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import vn.ocop.it.support.AsOfficer;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The deployment of every integration test: the real EAR that the build produced, with the suite's in-container
 * test classes and fixtures added to its WAR (the EAR's application.xml names the modules, so no test WAR is added).
 * It is the same archive for every class, so that {@link OneDeploymentPerServer} deploys it once per server.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The test classes and fixtures that run inside the server, for every test class of the suite. */
    private static final Class<?>[] IN_SERVER = {
        ServerTest.class, AsOfficer.class, AsOfficer.Outcome.class,
        CertificationFixture.class, CertificationFixture.Keyed.class, CertificationFixture.Taken.class,
        CertificationIT.class, CertificationIT.Concluded.class, CrawlFixture.class,
        DossierIT.class, FormProblemsIT.class, FoundationIT.class, PlansIT.class, RoundsIT.class, TrainingIT.class,
        PrescreenFixture.class, RatingData.class,
        ReEvaluationFixture.class, ReEvaluationFixture.Id.class, ReEvaluationFixture.Version.class,
        RatingFixture.class, RatingFixture.Account.class, RatingFixture.Accounts.class, RatingFixture.Products.class,
        RatingFixture.Setup.class,
        RatingFixture.Version.class,
        RatingPrintsFixture.class, RatingPrintsFixture.Concluded.class,
        StatisticsFixture.class, StatisticsFixture.Created.class,
        SupportCalls.class,
    };

    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("ocop.ear", "../ear/target/ocop.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        WebArchive war = ear.getAsType(WebArchive.class, "ocop-web.war");
        // Arquillian's in-container runner is a servlet of the WAR: keep it outside the login.
        String webXml = new String(readAll(war.get("WEB-INF/web.xml").getAsset().openStream()), StandardCharsets.UTF_8)
                .replace("<url-pattern>/login.xhtml</url-pattern>",
                        "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml));
        war.addClasses(IN_SERVER).addClasses(Deployments.class, Database.class, Portal.class, IntegrationTest.class,
                TestAccounts.class, TestRegistrations.class);
        ear.delete("ocop-web.war");
        ear.addAsModule(war);
        return ear;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
