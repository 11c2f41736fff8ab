package vn.ocop.certification.control;

import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a decision as the issuing body's register gave it. Decree 30/2020/NĐ-CP (Annex I): the number is the
 * order of the document among those the body issued in the year, registered by its clerical office, in Arabic
 * numerals from 01 on the first day of the year to 31 December; the symbol of a People's Committee's decision is
 * "QĐ-UBND". The office types the number ("2468" or "2468/QĐ-UBND"; numbers below 10 as the register writes them,
 * "05"). A number out of order with the body's decisions of the same year already issued (a higher number on an
 * earlier day, or a lower one on a later day) is allowed, since the register is the authority, but the office is
 * warned of it.
 */
public final class RegisterNumbers {

    /** Arguments: the form expected. */
    public static final String FORMAT = "certification.issue.registerFormat";
    private static final Pattern TYPED = Pattern.compile("(0?[1-9]|[1-9][0-9]{1,5})(?:/(.+))?");

    /** A number as the register wrote it: its order in the year and its printed form. */
    public record Typed(int sequence, String number) {
    }

    /** A decision of the body in the year, already issued. */
    public record Issued(int sequence, String number, LocalDate signedOn) {
    }

    private RegisterNumbers() {
    }

    /** The number typed, in its printed form, or refused on the field "number" with the form expected. */
    public static Typed parse(String typed) {
        String text = typed == null ? "" : typed.strip().replace(" ", "");
        Matcher m = TYPED.matcher(text);
        if (text.isEmpty() || !m.matches()
                || (m.group(2) != null && !m.group(2).toUpperCase(Locale.ROOT).equals(Numbers.DECISION_SYMBOL))) {
            throw BusinessException.onField("number", FORMAT, "2468/" + Numbers.DECISION_SYMBOL);
        }
        return new Typed(Integer.parseInt(m.group(1)), m.group(1) + "/" + Numbers.DECISION_SYMBOL);
    }

    /**
     * The first decision of the same body and year with which a number signed on a day is out of order: signed
     * earlier with a higher number, or later with a lower one (the same day goes in any order); empty when in order.
     */
    public static Optional<Issued> outOfOrder(int sequence, LocalDate signedOn, List<Issued> issued) {
        return issued.stream()
                .filter(e -> e.signedOn().getYear() == signedOn.getYear())
                .filter(e -> (e.signedOn().isBefore(signedOn) && e.sequence() > sequence)
                        || (e.signedOn().isAfter(signedOn) && e.sequence() < sequence))
                .min(Comparator.comparing(Issued::signedOn).thenComparing(Issued::sequence));
    }
}
