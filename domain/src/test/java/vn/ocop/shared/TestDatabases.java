package vn.ocop.shared;

import javax.sql.DataSource;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the tests that run the migrations share: a count read back, and whether a PostgreSQL answers locally. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The number the query answers (its first column of its first row). */
    public static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether a PostgreSQL answers on 127.0.0.1:5432 (the tests against it are skipped otherwise). */
    public static boolean postgresAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
