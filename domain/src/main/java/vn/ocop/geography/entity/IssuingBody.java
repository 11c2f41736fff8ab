package vn.ocop.geography.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A People's Committee the portal serves: the City's, a former district's whose records the
 * portal keeps, a commune's. Its code is the official code of its administrative unit (the certificate numbers carry
 * it); it has the lines of its printed header, its authority line, its short name, the place of signing, its name in
 * the screens' sentences, the period in which it exists, and what it does under each regime ({@link BodyRole}).
 * Reference data loaded by migrations.
 */
@Entity
@Table(name = "issuing_body")
@NamedQuery(name = IssuingBody.ALL, query = "SELECT b FROM IssuingBody b ORDER BY b.code")
public class IssuingBody implements vn.ocop.shared.entity.Auditable {

    public static final String ALL = "IssuingBody.all";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    @Id
    @Column(length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private AdministrativeUnit unit;

    @Column(name = "header_line1", nullable = false, length = 200)
    private String headerLine1;

    @Column(name = "header_line2", nullable = false, length = 200)
    private String headerLine2;

    @Column(nullable = false, length = 300)
    private String authority;

    @Column(name = "short_name", nullable = false, length = 200)
    private String shortName;

    @Column(nullable = false, length = 100)
    private String place;

    @Column(nullable = false, length = 100)
    private String area;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Numbering numbering = Numbering.COUNTER;

    @OneToMany(mappedBy = "body", fetch = FetchType.EAGER)
    private List<BodyRole> roles = new ArrayList<>();

    @Version
    private long version;

    protected IssuingBody() {
    }

    /** A body of the level, its texts as printed (the header's first line is "ỦY BAN NHÂN DÂN"), in office from..to. */
    public IssuingBody(String code, UnitLevel level, String headerLine2, String shortName, String place, String area,
                       String nameVi, String nameEn, LocalDate validFrom, LocalDate validTo) {
        this.code = code;
        this.level = level;
        this.headerLine1 = "ỦY BAN NHÂN DÂN";
        this.headerLine2 = headerLine2;
        this.authority = headerLine1 + " " + headerLine2;
        this.shortName = shortName;
        this.place = place;
        this.area = area;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Adds what the body does under a regime (for tests and reference data built in code). */
    public IssuingBody with(String regimeCode, boolean evaluates, Integer recognisesFrom, Integer recognisesTo, boolean prescreens,
                            String forwardsTo) {
        roles.add(new BodyRole(this, regimeCode, evaluates, recognisesFrom, recognisesTo, prescreens, forwardsTo, null, null));
        return this;
    }

    /** Whether the body exists on that day (both ends included). */
    public boolean inOfficeOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Refuses a document of the body dated on a day when it does not exist (e.g. the former district after
     * 30/06/2025).
     */
    public void requireInOfficeOn(LocalDate day) {
        if (!inOfficeOn(day)) {
            throw BusinessException.onField("signedOn", "issuing_body.notInOffice", shortName, DAY.format(day),
                    validFrom == null ? "" : DAY.format(validFrom), validTo == null ? "" : DAY.format(validTo));
        }
    }

    /** What the body does under the regime, if anything. */
    public Optional<BodyRole> role(String regimeCode) {
        return roles.stream().filter(r -> r.getRegimeCode().equals(regimeCode)).findFirst();
    }

    /** Whether the body, existing on that day, recognises that class under the regime. */
    public boolean mayRecognise(String regimeCode, int stars, LocalDate day) {
        return inOfficeOn(day) && role(regimeCode).filter(r -> r.recognises(stars)).isPresent();
    }

    /** Whether the body's recognition under the regime confers the class (see {@link BodyRole#confersClass()}). */
    public boolean confersClass(String regimeCode) {
        return role(regimeCode).map(BodyRole::confersClass).orElse(true);
    }

    /** Whether the body recognises any class under the regime. */
    public boolean recognisesUnder(String regimeCode) {
        return role(regimeCode).filter(BodyRole::recognisesAny).isPresent();
    }

    /** Refuses a recognition of classes that the body does not recognise under the regime, or on a day it does not exist. */
    public void requireMayRecognise(String regimeCode, Collection<Integer> classes, LocalDate day) {
        requireInOfficeOn(day);
        for (int stars : classes) {
            if (!mayRecognise(regimeCode, stars, day)) {
                throw new BusinessException("issuing_body.mayNotRecognise", shortName, stars, regimeCode);
            }
        }
    }

    /** The texts a document of the body prints, as of now: a decision keeps its own copy of them. */
    public IssuerLines lines() {
        return new IssuerLines(headerLine1, headerLine2, authority, shortName, place, area);
    }

    /** The body's proper name in a sentence of the screens ("thành phố Hà Nội", "Hà Nội City"). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String getCode() {
        return code;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public String getHeaderLine1() {
        return headerLine1;
    }

    public String getHeaderLine2() {
        return headerLine2;
    }

    public String getAuthority() {
        return authority;
    }

    public String getShortName() {
        return shortName;
    }

    public String getPlace() {
        return place;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** How the body's decisions are numbered from now on (decisions already issued keep their numbers). */
    public void numberBy(Numbering numbering) {
        if (numbering == null) {
            throw BusinessException.onField("numbering", "error.required");
        }
        this.numbering = numbering;
    }

    @Override
    public String auditType() {
        return "IssuingBody";
    }

    @Override
    public Object auditId() {
        return code;
    }

    @Override
    public String auditState() {
        return "numbering=" + numbering;
    }

    public Numbering getNumbering() {
        return numbering;
    }

    public List<BodyRole> getRoles() {
        return List.copyOf(roles);
    }
}
