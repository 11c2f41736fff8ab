package vn.ocop.rating.boundary;

import java.io.Serializable;

import java.util.List;

/**
 * Where a member's paper sheet for a product stands after an officer keyed it: how many officers
 * keyed it, the criteria on which the two entries differ (paths, print order), and whether the
 * entries agreed and the member's sheet was written.
 */
public record PaperState(int entries, List<String> differences, boolean accepted) implements Serializable {
}
