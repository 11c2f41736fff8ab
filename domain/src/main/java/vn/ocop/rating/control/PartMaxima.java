package vn.ocop.rating.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** The maxima of the parts A, B and C of a criteria set (1048/QĐ-TTg 35/25/40, 148/QĐ-TTg 40/25/35). */
public record PartMaxima(int a, int b, int c) {

    public static final int TOTAL = 100;

    /** The maximum of part "A", "B" or "C"; null for any other code. */
    public Integer of(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "A" -> a;
            case "B" -> b;
            case "C" -> c;
            default -> null;
        };
    }

    public int total() {
        return a + b + c;
    }

    /** The parts in order, code → maximum. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("A", a);
        parts.put("B", b);
        parts.put("C", c);
        return parts;
    }
}
