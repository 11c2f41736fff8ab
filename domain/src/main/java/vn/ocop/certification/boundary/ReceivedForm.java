package vn.ocop.certification.boundary;

import vn.ocop.rating.entity.EvaluationLevel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A decision of a higher level to record as received: number, date, body, level, and the class of each product. */
public class ReceivedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String number;
    private LocalDate signedOn;
    private String body;
    private EvaluationLevel level = EvaluationLevel.PROVINCE;
    /** Product id → star class. */
    private Map<Long, Integer> products = new LinkedHashMap<>();

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public EvaluationLevel getLevel() {
        return level;
    }

    public void setLevel(EvaluationLevel level) {
        this.level = level;
    }

    public Map<Long, Integer> getProducts() {
        return products;
    }

    public void setProducts(Map<Long, Integer> products) {
        this.products = products;
    }
}
