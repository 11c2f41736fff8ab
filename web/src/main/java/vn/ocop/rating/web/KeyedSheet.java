package vn.ocop.rating.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * A sheet keyed by the office for a product of a round (the paper fallback, the self-assessment, the advisory
 * pre-score): the round and the product from the view parameters, and the option ticked per criterion.
 */
public abstract class KeyedSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    protected Long round;
    protected Long product;
    protected final Map<Long, Long> choices = new HashMap<>();

    /** The criteria with an option ticked, and that option. */
    protected Map<Long, Long> chosen() {
        Map<Long, Long> chosen = new HashMap<>();
        choices.forEach((criterion, option) -> {
            if (option != null) {
                chosen.put(criterion, option);
            }
        });
        return chosen;
    }

    public Map<Long, Long> getChoices() {
        return choices;
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public Long getProduct() {
        return product;
    }

    public void setProduct(Long product) {
        this.product = product;
    }
}
