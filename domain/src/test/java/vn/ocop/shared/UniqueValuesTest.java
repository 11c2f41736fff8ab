package vn.ocop.shared;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import vn.ocop.shared.control.UniqueValues;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniqueValuesTest {

    @Test
    void aUniqueViolationDeepInTheCausesIsRecognised() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(UniqueValues.isUniqueViolation(new PersistenceException(new RuntimeException(duplicate))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(UniqueValues.isUniqueViolation(new PersistenceException(new SQLException("null value", "23502"))));
        assertFalse(UniqueValues.isUniqueViolation(new PersistenceException("no cause")));
    }
}
