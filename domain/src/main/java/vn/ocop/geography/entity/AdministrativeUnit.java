package vn.ocop.geography.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An administrative unit as it existed between two dates. A merger closes the old units
 * ({@code validTo}) and opens new ones whose predecessors point at them through
 * {@link UnitSuccession successions}, so a producer registered in 2019 keeps its commune.
 * Units are reference data: the migrations load the demonstration's units (marked
 * {@link #isDemonstration() demonstration}), the administrator imports the official list.
 */
@Entity
@Table(name = "administrative_unit")
// Every unit with its parent and successions in one query: the pickers of every list page show them all (a province has
// hundreds), and reading the successions unit by unit cost a query per unit.
@NamedQuery(name = AdministrativeUnit.ALL, query = "SELECT DISTINCT u FROM AdministrativeUnit u LEFT JOIN FETCH u.parent"
        + " LEFT JOIN FETCH u.successions ORDER BY u.level, u.code, u.validFrom")
@NamedQuery(name = AdministrativeUnit.CHILDREN_VALID_ON, query = "SELECT u FROM AdministrativeUnit u WHERE u.parent.id = :parent"
        + " AND (u.validFrom IS NULL OR u.validFrom <= :day) AND (u.validTo IS NULL OR u.validTo >= :day) ORDER BY u.name")
@NamedQuery(name = AdministrativeUnit.COUNT, query = "SELECT COUNT(u) FROM AdministrativeUnit u")
@NamedQuery(name = AdministrativeUnit.WITH_SUCCESSIONS, query = "SELECT DISTINCT u FROM AdministrativeUnit u LEFT JOIN FETCH u.successions")
public class AdministrativeUnit {

    public static final String ALL = "AdministrativeUnit.all";
    public static final String CHILDREN_VALID_ON = "AdministrativeUnit.childrenValidOn";
    public static final String COUNT = "AdministrativeUnit.count";
    public static final String WITH_SUCCESSIONS = "AdministrativeUnit.withSuccessions";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_administrative_unit")
    @SequenceGenerator(name = "seq_administrative_unit", sequenceName = "seq_administrative_unit", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdministrativeUnit parent;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** Shipped with the demonstration and not yet confirmed by an imported official list. */
    @Column(nullable = false)
    private boolean demonstration;

    @OneToMany(mappedBy = "predecessor")
    @OrderBy("id")
    private List<UnitSuccession> successions = new ArrayList<>();

    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    public AdministrativeUnit(Long id, String code, String name, UnitType type, AdministrativeUnit parent,
                              LocalDate validFrom, LocalDate validTo) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.level = type.level();
        this.parent = parent;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /**
     * Takes the values of the official list: name, type (and so level), parent and end of validity.
     * Confirms a demonstration unit. Answers whether anything but the confirmation changed.
     */
    public boolean takeOfficial(String name, UnitType type, AdministrativeUnit parent, LocalDate validTo) {
        boolean changed = !this.name.equals(name) || this.type != type || !sameUnit(this.parent, parent)
                || !java.util.Objects.equals(this.validTo, validTo);
        this.name = name;
        this.type = type;
        this.level = type.level();
        this.parent = parent;
        this.validTo = validTo;
        this.demonstration = false;
        return changed;
    }

    private static boolean sameUnit(AdministrativeUnit a, AdministrativeUnit b) {
        return a == b || a != null && b != null && a.id != null && a.id.equals(b.id);
    }

    /** Whether the unit existed on that day (open ends are unbounded). */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this unit lies under (or is) the given unit in the hierarchy. */
    public boolean isWithin(AdministrativeUnit other) {
        for (AdministrativeUnit unit = this; unit != null; unit = unit.parent) {
            if (unit.id != null && unit.id.equals(other.id)) {
                return true;
            }
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public UnitType getType() {
        return type;
    }

    public boolean isDemonstration() {
        return demonstration;
    }

    public AdministrativeUnit getParent() {
        return parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** The units that took this unit over, in whole or in part. */
    public List<UnitSuccession> getSuccessions() {
        return List.copyOf(successions);
    }

    void addSuccession(UnitSuccession succession) {
        successions.add(succession);
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
