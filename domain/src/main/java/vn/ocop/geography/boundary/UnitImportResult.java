package vn.ocop.geography.boundary;

import java.io.Serializable;

/**
 * What an import of the official list did: the rows read; the units added, changed, confirmed (shipped
 * with the demonstration, now in the official list) and unchanged; the successions added and changed;
 * the stored units the list did not name, which are kept.
 */
public record UnitImportResult(int rows, long added, long changed, long confirmed, long unchanged, int successionsAdded,
                               int successionsChanged, int kept) implements Serializable {

    /** The counts in one line, as the audit log keeps them. */
    public String summary() {
        return "rows=" + rows + ", added=" + added + ", changed=" + changed + ", confirmed=" + confirmed + ", unchanged=" + unchanged
                + ", successionsAdded=" + successionsAdded + ", successionsChanged=" + successionsChanged + ", kept=" + kept;
    }
}
