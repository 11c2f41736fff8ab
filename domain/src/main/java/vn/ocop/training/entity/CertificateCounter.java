package vn.ocop.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.training.control.CertificateNumbers;

/**
 * The last completion-certificate number of a year. The issuing transaction takes it under a row
 * lock, so numbers have no gap and no duplicate, even when two people issue at once.
 */
@Entity
@Table(name = "training_certificate_counter")
public class CertificateCounter {

    @Id
    @Column(name = "counter_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected CertificateCounter() {
    }

    public CertificateCounter(int year) {
        this.year = year;
    }

    /** The next number of the year, formatted. */
    public String next() {
        lastNumber++;
        return CertificateNumbers.format(year, lastNumber);
    }
}
