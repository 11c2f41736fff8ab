package vn.ocop.demo;

import vn.ocop.rating.boundary.SheetForm;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/** How the demonstration's members read a sheet: its criteria with options, each criterion's options by their points. */
final class DemoSheets {

    private DemoSheets() {
    }

    /** The criteria that have options to tick, in the sheet's order. */
    static List<SheetForm.Line> criteria(SheetForm sheet) {
        return sheet.lines().stream().filter(line -> line.criterion() && !line.options().isEmpty()).toList();
    }

    /** A criterion's options, the fewest points first (options are printed in any order). */
    static List<SheetForm.Option> byPoints(SheetForm.Line line) {
        return line.options().stream().sorted(Comparator.comparing((SheetForm.Option o) -> points(o.points()))).toList();
    }

    /** The option at {@code at}, or a higher one marked for a class the test accepts: the highest of them. */
    static int raised(List<SheetForm.Option> options, int at, IntPredicate forClass) {
        for (int i = 0; i < options.size(); i++) {
            Integer mark = options.get(i).stars();
            if (mark != null && forClass.test(mark) && i > at) {
                at = i;
            }
        }
        return at;
    }

    /** An option's points as the sheet writes them ("7,5"); nothing readable counts as none. */
    static BigDecimal points(String text) {
        try {
            return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
