package vn.ocop.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An Arquillian test of the deployed EAR. Which classes run on which server is the build's choice (config/pom.xml): the
 * browser and server tests on the first Payara (H2), the others on the second Payara (PostgreSQL where it answers, H2
 * otherwise) and on WildFly, the tests of the database itself on all three.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
public @interface IntegrationTest {
}
