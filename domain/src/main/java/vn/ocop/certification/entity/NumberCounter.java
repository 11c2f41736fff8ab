package vn.ocop.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last official number given, per kind of number, issuing body and year (the key, e.g.
 * "DECISION:273:2019"). Taken only by a transaction that holds the row locked (pessimistic write), so the
 * numbers follow each other without gap or duplicate and a transaction that fails gives its number back.
 */
@Entity
@Table(name = "cert_counter")
public class NumberCounter {

    @Id
    @Column(name = "counter_key", length = 60)
    private String key;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected NumberCounter() {
    }

    public NumberCounter(String key) {
        this.key = key;
    }

    /** The next number, now taken. */
    public int next() {
        return ++lastValue;
    }

    /** Takes {@code count} numbers at once; answers the first. */
    public int take(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count: " + count);
        }
        int first = lastValue + 1;
        lastValue += count;
        return first;
    }

    public String getKey() {
        return key;
    }

    public int getLastValue() {
        return lastValue;
    }
}
