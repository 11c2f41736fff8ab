package vn.ocop.rating;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import vn.ocop.rating.control.Correction;
import vn.ocop.rating.control.NodeRow;
import vn.ocop.rating.control.PartMaxima;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.entity.CorrectionField;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The criteria catalogue as the migrations load it, read back with plain JDBC and checked like the application does. */
public final class CatalogueDatabase {

    private static DataSource h2;

    private CatalogueDatabase() {
    }

    /** An in-memory H2 with every migration applied (once per test run). */
    public static synchronized DataSource h2() {
        if (h2 == null) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:criteria-catalogue;DB_CLOSE_DELAY=-1");
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            h2 = ds;
        }
        return h2;
    }

    public record Sheet(long id, String criteriaSet, int productSet, PartMaxima parts, List<NodeRow> rows,
                 List<Correction> corrections) {

        public String label() {
            return criteriaSet + " #" + productSet;
        }

        public SheetCheck check() {
            return SheetCheck.of(label(), parts, rows, corrections);
        }
    }

    /** A sheet that passes its check, with the check (and so its tree). */
    public record Checked(Sheet sheet, SheetCheck check) {
    }

    /** The sheets that pass their check, in the order given. */
    public static List<Checked> usable(Map<Long, Sheet> sheets) {
        return sheets.values().stream().map(sheet -> new Checked(sheet, sheet.check())).filter(c -> c.check().usable()).toList();
    }

    /** Every scoring sheet by id, with its nodes and corrections in order. */
    public static Map<Long, Sheet> sheets(DataSource ds) throws SQLException {
        Map<Long, Sheet> sheets = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.id, c.code, p.number, c.part_a_max, c.part_b_max, c.part_c_max"
                     + " FROM scoring_sheet s JOIN criteria_set c ON c.id = s.criteria_set_id"
                     + " JOIN product_set p ON p.id = s.product_set_id ORDER BY s.id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                sheets.put(id, new Sheet(id, rs.getString(2), rs.getInt(3), new PartMaxima(rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)), rows(c, id), corrections(c, id)));
            }
        }
        return sheets;
    }

    private static List<NodeRow> rows(Connection c, long sheet) throws SQLException {
        List<NodeRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, parent_id, level, position, code, title, description,"
                + " score, stars, alternatives FROM criterion_node WHERE sheet_id = ? ORDER BY position")) {
            s.setLong(1, sheet);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new NodeRow(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getInt(3),
                            rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9) == null ? null : rs.getInt(9), rs.getBoolean(10)));
                }
            }
        }
        return rows;
    }

    private static List<Correction> corrections(Connection c, long sheet) throws SQLException {
        List<Correction> corrections = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, node_id, field, old_value, new_value, reason, source"
                + " FROM sheet_correction WHERE sheet_id = ? ORDER BY position")) {
            s.setLong(1, sheet);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    corrections.add(new Correction(rs.getLong(1), rs.getLong(2), CorrectionField.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return corrections;
    }
}
