package vn.ocop.registration.control;

import vn.ocop.shared.control.MessageArguments;
import java.io.Serializable;
import java.util.List;

/**
 * One error of an uploaded workbook, where the user finds it in Excel: the sheet, the row number
 * as Excel shows it (the header is row 1), the column letter and header (null when the error is
 * about the whole row or file), and a message key of the bundle with its arguments (strings and
 * numbers only).
 */
public record ImportProblem(String sheet, int row, String column, String header, String messageKey,
                            List<Object> arguments) implements Serializable {

    public ImportProblem {
        arguments = MessageArguments.of(arguments);
    }
}
