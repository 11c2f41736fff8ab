package vn.ocop.geography.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The texts of the issuing body as a document prints them: the two lines of the header (e.g. "ỦY BAN NHÂN DÂN" /
 * "THÀNH PHỐ HÀ NỘI"), the authority line, the short name used in sentences ("UBND Thành phố Hà Nội"), the place of
 * the date line and the word for its area ("trên địa bàn Thành phố"). A decision keeps its own copy, so a document
 * already issued never changes when the body's row or the server's configuration does.
 */
@Embeddable
public class IssuerLines {

    @Column(name = "body_header_line1", nullable = false, length = 200)
    private String headerLine1;

    @Column(name = "body_header_line2", nullable = false, length = 200)
    private String headerLine2;

    @Column(name = "body_authority", nullable = false, length = 300)
    private String authority;

    @Column(name = "body_short_name", nullable = false, length = 200)
    private String shortName;

    @Column(name = "body_place", nullable = false, length = 100)
    private String place;

    @Column(name = "body_area", nullable = false, length = 100)
    private String area;

    protected IssuerLines() {
    }

    public IssuerLines(String headerLine1, String headerLine2, String authority, String shortName, String place, String area) {
        this.headerLine1 = headerLine1;
        this.headerLine2 = headerLine2;
        this.authority = authority;
        this.shortName = shortName;
        this.place = place;
        this.area = area;
    }

    public String headerLine1() {
        return headerLine1;
    }

    public String headerLine2() {
        return headerLine2;
    }

    /** The body's name as one line, e.g. "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI". */
    public String authority() {
        return authority;
    }

    public String shortName() {
        return shortName;
    }

    public String place() {
        return place;
    }

    public String area() {
        return area;
    }
}
