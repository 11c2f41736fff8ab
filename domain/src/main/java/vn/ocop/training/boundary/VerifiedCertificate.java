package vn.ocop.training.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What anyone may learn about a completion certificate from its number: only what the certificate
 * itself shows about the person (the name) and the course.
 */
public record VerifiedCertificate(String number, String name, String courseCode, String courseTitle, LocalDate startDate,
                                  LocalDate endDate, Integer hours, String organiser, LocalDate issuedOn)
        implements Serializable {
}
