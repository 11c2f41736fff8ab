package vn.ocop.it.support;

import vn.ocop.shared.control.VietnameseText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Products whose dossier is submitted, each of a cooperative of its own ("HTX " and the product's name, in Thôn 1),
 * written straight into the database for the benchmarks (no boundary, no audit), batched until {@link #executeBatches}.
 */
public final class BenchmarkProducts implements AutoCloseable {

    private final PreparedStatement producer;
    private final PreparedStatement product;

    public BenchmarkProducts(Connection c) throws SQLException {
        producer = c.prepareStatement("INSERT INTO producer (id, name, name_key, type, tax_code, unit_id, address,"
                + " representative_name, status, version) VALUES (?, ?, ?, 'COOPERATIVE', ?, ?, 'Thôn 1', 'Đại diện', 'ACTIVE', 0)");
        product = c.prepareStatement("INSERT INTO product (id, producer_id, product_set_id, name, name_key, step, version)"
                + " VALUES (?, ?, ?, ?, ?, 'DOSSIER_SUBMITTED', 0)");
    }

    /** The product (and its producer, of the same id) in the product set, the producer's tax code and commune given. */
    public void add(long id, String name, long productSet, String taxCode, long commune) throws SQLException {
        producer.setLong(1, id);
        producer.setString(2, "HTX " + name);
        producer.setString(3, VietnameseText.searchKey("HTX " + name));
        producer.setString(4, taxCode);
        producer.setLong(5, commune);
        producer.addBatch();
        product.setLong(1, id);
        product.setLong(2, id);
        product.setLong(3, productSet);
        product.setString(4, name);
        product.setString(5, VietnameseText.searchKey(name));
        product.addBatch();
    }

    /** Sends the producers, then the products. */
    public void executeBatches() throws SQLException {
        Database.executeBatches(producer, product);
    }

    @Override
    public void close() throws SQLException {
        try (producer; product) {
            // closes both, the products' statement first, even when one of them fails
        }
    }
}
