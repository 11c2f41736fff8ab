package vn.ocop.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The deployment of every integration test: the real EAR that the build produced, with the test
 * classes added to its WAR (the EAR's application.xml names the modules, so no test WAR is added).
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear(Class<?>... testClasses) {
        File file = new File(System.getProperty("ocop.ear", "../ear/target/ocop.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        WebArchive war = ear.getAsType(WebArchive.class, "ocop-web.war");
        war.addClasses(testClasses).addClasses(Deployments.class, Database.class, Portal.class, IntegrationTest.class,
                IntegrationTest.DatabaseAvailable.class, TestAccounts.class);
        ear.delete("ocop-web.war");
        ear.addAsModule(war);
        return ear;
    }
}
