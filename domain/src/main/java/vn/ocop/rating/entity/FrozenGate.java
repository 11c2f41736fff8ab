package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.ocop.rating.control.GateReason;

import java.math.BigDecimal;

/** A missed star mark kept with a concluded round's frozen result ({@link GateReason}, one row per mark). */
@Embeddable
public class FrozenGate {

    static final int MAX_TEXT = 500;

    @Column(nullable = false)
    private Integer stars;

    @Column(name = "criterion_code", length = 40)
    private String criterionCode;

    @Column(name = "criterion_title", length = MAX_TEXT)
    private String criterionTitle;

    @Column(length = MAX_TEXT)
    private String criterion;

    @Column(name = "option_text", length = MAX_TEXT)
    private String option;

    @Column(name = "required_points", precision = 6, scale = 2)
    private BigDecimal required;

    @Column(name = "found_points", precision = 6, scale = 2)
    private BigDecimal found;

    @Column(name = "sheets_met", nullable = false)
    private Integer sheetsMet;

    @Column(nullable = false)
    private Integer sheets;

    protected FrozenGate() {
    }

    FrozenGate(GateReason reason) {
        this.stars = reason.stars();
        this.criterionCode = cut(reason.criterionCode(), 40);
        this.criterionTitle = cut(reason.criterionTitle(), MAX_TEXT);
        this.criterion = cut(reason.criterion(), MAX_TEXT);
        this.option = cut(reason.option(), MAX_TEXT);
        this.required = reason.required();
        this.found = reason.found();
        this.sheetsMet = reason.sheetsMet();
        this.sheets = reason.sheets();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** The reason as computed: the points required as the sheet prints them ("3", not the column's "3.00"). */
    public GateReason reason() {
        return new GateReason(stars, criterionCode, criterionTitle, criterion, option, printed(required), found, sheetsMet, sheets);
    }

    static BigDecimal printed(BigDecimal points) {
        if (points == null) {
            return null;
        }
        BigDecimal stripped = points.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
