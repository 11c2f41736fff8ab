package vn.ocop.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Batched inserts of many rows of one table, each row a copy of a template row already in the database with some
 * columns set anew (or every column given, without a template). The column list comes from the database, so the rows
 * stay complete when a migration adds a column with a default. The rows wait until {@link #flush(ProvinceRows...)} sends
 * the batches of several tables in the order given (parents before the rows that refer to them).
 */
final class ProvinceRows implements AutoCloseable {

    private final PreparedStatement insert;
    private final Map<String, Object> template;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private int pending;
    private long rows;

    private ProvinceRows(Connection c, String table, Map<String, Object> template) throws SQLException {
        this.template = template;
        int i = 1;
        for (String column : template.keySet()) {
            index.put(column, i++);
        }
        insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", template.keySet()) + ") VALUES ("
                + "?, ".repeat(template.size() - 1) + "?)");
    }

    /** Rows copied from the row of the table whose {@code where} (a condition with no parameter) finds first. */
    static ProvinceRows copying(Connection c, String table, String where) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        try (PreparedStatement read = c.prepareStatement("SELECT * FROM " + table + " WHERE " + where + " ORDER BY id");
             ResultSet rs = read.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row of " + table + " where " + where + " to copy");
            }
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), rs.getObject(i));
            }
        }
        return new ProvinceRows(c, table, row);
    }

    /** Rows of the given columns only (the others take their defaults). */
    static ProvinceRows of(Connection c, String table, String... columns) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String column : columns) {
            row.put(column, null);
        }
        return new ProvinceRows(c, table, row);
    }

    /** Adds a row: the template's values, the given column/value pairs instead. */
    ProvinceRows add(Object... values) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>(template);
        for (int i = 0; i < values.length; i += 2) {
            String column = (String) values[i];
            if (!index.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
            row.put(column, values[i + 1]);
        }
        for (Map.Entry<String, Object> value : row.entrySet()) {
            Object v = value.getValue();
            if (v instanceof java.time.LocalDate d) {
                v = java.sql.Date.valueOf(d);
            } else if (v instanceof java.time.LocalDateTime t) {
                v = java.sql.Timestamp.valueOf(t);
            }
            if (v == null) {
                insert.setNull(index.get(value.getKey()), java.sql.Types.NULL);
            } else {
                insert.setObject(index.get(value.getKey()), v);
            }
        }
        insert.addBatch();
        rows++;
        pending++;
        return this;
    }

    /** Sends the waiting rows of the tables, in this order. */
    static void flush(ProvinceRows... inOrder) throws SQLException {
        for (ProvinceRows rows : inOrder) {
            rows.flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    long rows() {
        return rows;
    }

    /** Closes the statement; rows not flushed are dropped (a failure on the way rolls the transaction back anyway). */
    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
