package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.control.ProblemKind;

/**
 * A problem of a scoring sheet as the catalogue shows it: where, what, what the sheet prints
 * ({@code expected}) against what its children give ({@code found}), and whether the sheet's
 * corrections resolve it.
 */
public record ProblemView(String path, ProblemKind kind, String expected, String found, boolean resolved) implements Serializable {
}
