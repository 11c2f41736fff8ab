package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDateTime;
import java.util.Collection;

/**
 * The seal on a round's results: closed until the chair opens them (who and when kept), and then shown to someone
 * who does not score, and to a council member who scores only once their own sheet can no longer change. Immutable:
 * opening gives a new value.
 */
@Embeddable
public class ResultsOpening {

    @Column(name = "results_opened", nullable = false)
    private boolean opened;

    @Column(name = "results_opened_at")
    private LocalDateTime openedAt;

    @Column(name = "results_opened_by", length = 100)
    private String openedBy;

    protected ResultsOpening() {
    }

    private ResultsOpening(boolean opened, LocalDateTime openedAt, String openedBy) {
        this.opened = opened;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** Results not opened yet. */
    public static ResultsOpening closed() {
        return new ResultsOpening(false, null, null);
    }

    /** The results opened by someone (the chair's or the recording officer's account) at a time; refused when already open. */
    public ResultsOpening openedBy(String by, LocalDateTime at) {
        if (opened) {
            throw new BusinessException("rating.results.alreadyOpen");
        }
        return new ResultsOpening(true, at, by);
    }

    /**
     * Whether a product's result — its mean, parts, class, the members beyond the spread — and the members' sheets for
     * it may be shown to someone: only once the results are open, and to a council member who scores only once their
     * own sheet for that product is submitted (or they declared a conflict and so have nothing to submit). Sealed per
     * product and per member: the chair may open the results while others still draft, and each of them sees a
     * product only after their own sheet for it can no longer change.
     *
     * @param own the viewer's state for the product; null for someone who does not score (the office, leaders,
     *            administrators, the council's secretary)
     */
    public boolean visibleTo(ScoringState own) {
        return opened && (own == null || own.isSettled());
    }

    /**
     * Whether what prints every product's result (the minutes) may be shown: once the results are open, and to a
     * council member who scores only once every product is settled for them (submitted or declared a conflict).
     *
     * @param own the viewer's state for each product of the round; null for someone who does not score
     */
    public boolean visibleToAll(Collection<ScoringState> own) {
        return opened && (own == null || own.stream().allMatch(ScoringState::isSettled));
    }

    /**
     * Refuses any change of a member's sheet or declaration for a product whose result the member may already have
     * seen (results open and their sheet submitted, or a conflict declared): a result seen is never followed by a
     * change of the sheet behind it, not even at the chair's request.
     */
    public void requireUnseen(ScoringState own) {
        if (opened && own != null && own.isSettled()) {
            throw new BusinessException("rating.sheet.locked");
        }
    }

    public boolean isOpened() {
        return opened;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }
}
