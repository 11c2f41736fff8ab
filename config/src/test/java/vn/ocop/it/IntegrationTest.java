package vn.ocop.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An Arquillian test of the deployed EAR. The suite runs once per database; the PostgreSQL run is
 * skipped (with its reason) where no PostgreSQL server answered when the servers were prepared.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(IntegrationTest.DatabaseAvailable.class)
@ExtendWith(ArquillianExtension.class)
public @interface IntegrationTest {

    /** Disables the suite on PostgreSQL when no PostgreSQL server was there to prepare. */
    class DatabaseAvailable implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!"postgresql".equals(System.getProperty("ocop.it.db"))) {
                return ConditionEvaluationResult.enabled("embedded H2");
            }
            Path marker = Path.of(System.getProperty("ocop.it.dir", "target/it"), "postgresql.available");
            return Files.exists(marker)
                    ? ConditionEvaluationResult.enabled("PostgreSQL answers on 127.0.0.1:5432")
                    : ConditionEvaluationResult.disabled("PostgreSQL does not answer on 127.0.0.1:5432: suite skipped");
        }
    }
}
