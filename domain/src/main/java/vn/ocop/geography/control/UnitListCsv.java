package vn.ocop.geography.control;

import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitSuccession;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes administrative units in the format that {@link UnitImport} reads (UTF-8 with the byte-order
 * mark that spreadsheets need to show Vietnamese, a header row, one unit a row), so that the stored
 * list can be corrected and imported again.
 */
public final class UnitListCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UnitListCsv() {
    }

    public static byte[] write(List<AdministrativeUnit> units) {
        Map<Long, List<UnitSuccession>> replaced = new HashMap<>();
        units.forEach(u -> u.getSuccessions().forEach(s -> replaced.computeIfAbsent(s.getSuccessor().getId(), k -> new ArrayList<>()).add(s)));
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", UnitImport.COLUMNS)).append("\r\n");
        units.stream().sorted(Comparator.comparing(AdministrativeUnit::getLevel).thenComparing(AdministrativeUnit::getCode)
                .thenComparing(u -> u.getValidFrom() == null ? "" : u.getValidFrom().toString())).forEach(u -> {
            List<UnitSuccession> before = replaced.getOrDefault(u.getId(), List.of());
            csv.append(String.join(",", List.of(u.getCode(), quote(u.getName()), UnitLabels.type(u.getType()),
                    u.getParent() == null ? "" : u.getParent().getCode(),
                    u.getValidFrom() == null ? "" : DAY.format(u.getValidFrom()), u.getValidTo() == null ? "" : DAY.format(u.getValidTo()),
                    codes(before, true), codes(before, false)))).append("\r\n");
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String codes(List<UnitSuccession> successions, boolean whole) {
        return successions.stream().filter(s -> s.isWhole() == whole).map(s -> s.getPredecessor().getCode()).sorted()
                .collect(Collectors.joining(";"));
    }


    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
