package vn.ocop.registration.control;

import vn.ocop.shared.control.BusinessException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese tax codes (mã số thuế, which is also an enterprise's registration number): ten digits
 * whose last is a check digit, optionally followed by "-" and a three-digit branch number. The
 * check digit is 10 − (Σ dᵢ·wᵢ mod 11) with the weights 31, 29, 23, 19, 17, 13, 7, 5, 3; a
 * remainder that gives 10 is never issued. Cooperative groups and household businesses that have
 * no tax code give their registration number instead (letters, digits, "-", "/" or ".").
 */
public final class TaxCodes {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[0-9A-Z][0-9A-Z./-]{5,19}");

    private TaxCodes() {
    }

    /** Whether the text is a well-formed tax code with a correct check digit. */
    public static boolean isTaxCode(String code) {
        if (code == null || !TAX_CODE.matcher(code).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (code.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check < 10 && check == code.charAt(9) - '0';
    }

    /**
     * The canonical form of what the user typed (spaces removed, upper case), or a broken rule:
     * a tax code where one is required, otherwise a tax code or a registration number.
     */
    public static String canonical(String typed, boolean taxCodeRequired) {
        String code = typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw BusinessException.onField("taxCode", "error.required");
        }
        if (isTaxCode(code)) {
            return code;
        }
        if (code.matches("\\d{10}(-\\d{3})?")) {
            throw BusinessException.onField("taxCode", "registration.taxCode.checkDigit");
        }
        if (taxCodeRequired || !REGISTRATION_NUMBER.matcher(code).matches()) {
            throw BusinessException.onField("taxCode", taxCodeRequired ? "registration.taxCode.format"
                    : "registration.taxCode.formatOrNumber");
        }
        return code;
    }
}
