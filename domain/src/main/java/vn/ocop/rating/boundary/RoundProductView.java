package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.RegistrationType;

/** A product of a round: the product, its producer and commune, its product set ("7. Chế biến từ rau, củ, quả, hạt") and sheet. */
public record RoundProductView(long id, long productId, String product, String producer, String commune, String productSet,
                               RegistrationType registrationType, long sheetId) implements Serializable {

    /** Read by the query of a round's products ({@link RoundAccess}), without the entities. */
    public RoundProductView(Long id, Long productId, String product, String producer, String commune, Integer setNumber, String setName,
                            RegistrationType registrationType, Long sheetId) {
        this(id, productId, product, producer, commune, setNumber + ". " + setName, registrationType, sheetId);
    }

    public static RoundProductView of(RoundProduct entry) {
        Product p = entry.getProduct();
        return new RoundProductView(entry.getId(), p.getId(), p.getName(), p.getProducer().getName(),
                p.getProducer().getCommune().getName(), label(p.getProductSet()), p.getRegistrationType(), entry.getSheetId());
    }

    static String label(ProductSet set) {
        return set.getNumber() + ". " + set.getName();
    }
}
