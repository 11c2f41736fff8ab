package vn.ocop.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * A product as the certification documents print it: its name, its producer's name and address, copied when a
 * decision is drafted and never changed after (a later rename of the product or producer does not reach an issued
 * paper). On the owning entity's own columns ({@code product_name}, {@code producer_name}, {@code address}). Immutable.
 */
@Embeddable
public class ProductSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "product_name", nullable = false, updatable = false, length = 200)
    private String productName;

    @Column(name = "producer_name", nullable = false, updatable = false, length = 200)
    private String producerName;

    @Column(nullable = false, updatable = false, length = 500)
    private String address;

    protected ProductSnapshot() {
    }

    ProductSnapshot(String productName, String producerName, String address) {
        this.productName = productName;
        this.producerName = producerName;
        this.address = address;
    }

    /** The same values in a new object, for another entity (an embedded object belongs to one owner). */
    ProductSnapshot copy() {
        return new ProductSnapshot(productName, producerName, address);
    }

    public String getProductName() {
        return productName;
    }

    public String getProducerName() {
        return producerName;
    }

    public String getAddress() {
        return address;
    }
}
