package vn.ocop.certification.boundary;

import java.io.Serializable;

import vn.ocop.certification.entity.ReceivedDecision;
import vn.ocop.rating.entity.EvaluationLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** A decision of a higher level recorded as received, with its products and their classes. */
public record ReceivedView(long id, String number, LocalDate signedOn, String body, EvaluationLevel level, List<Product> products) implements Serializable {

    public record Product(long productId, String name, String producer, int stars, LocalDate validUntil) implements Serializable {
    }

    static ReceivedView of(ReceivedDecision d) {
        return of(d, commune -> true);
    }

    /** The decision with only the products whose producer's commune passes {@code visible}. */
    static ReceivedView of(ReceivedDecision d, Predicate<Long> visible) {
        return new ReceivedView(d.getId(), d.getNumber(), d.getSignedOn(), d.getBody(), d.getLevel(), d.getProducts().stream()
                .filter(p -> visible.test(p.getProduct().getProducer().getCommune().getId()))
                .map(p -> new Product(p.getProduct().getId(), p.getProduct().getName(), p.getProduct().getProducer().getName(),
                        p.getStars(), p.getValidUntil())).toList());
    }
}
