package vn.ocop.registration.boundary;

import java.io.Serializable;

/** What an import stored: every row of the workbook, as producers and products. */
public record ImportResult(int producers, int products) implements Serializable {
}
