package vn.ocop.rating.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An evaluation round (đợt đánh giá, phân hạng) of one level and year: scored on the criteria set of
 * the regime in force on its first day, with the products whose dossiers were submitted, each on the
 * scoring sheet of its product set, and its council. OPEN while it is set up, SCORING while the
 * members score, CONCLUDED at the end; the chair opens the results, and until then no member sees
 * another member's sheet.
 */
@Entity
@Table(name = "evaluation_round")
@NamedQuery(name = EvaluationRound.ALL, query = "SELECT r FROM EvaluationRound r ORDER BY r.startsOn DESC, r.id DESC")
@NamedQuery(name = EvaluationRound.OF_MEMBER, query = "SELECT r FROM EvaluationRound r JOIN r.council c JOIN c.members m"
        + " WHERE m.user.username = :username ORDER BY r.startsOn DESC, r.id DESC")
public class EvaluationRound implements Auditable {

    public static final String ALL = "EvaluationRound.all";
    public static final String OF_MEMBER = "EvaluationRound.ofMember";

    public static final int MAX_TEXT = 300;
    /** The first year of the OCOP criteria (1048/QĐ-TTg, 2019). */
    public static final int FIRST_YEAR = 2019;

    @Id
    @SequenceGenerator(name = "seq_evaluation_round", sequenceName = "seq_evaluation_round", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_evaluation_round")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EvaluationLevel level;

    @Column(name = "round_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regime_id", nullable = false)
    private Regime regime;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criteria_set_id", nullable = false)
    private CriteriaSet criteriaSet;

    @Column(nullable = false, length = MAX_TEXT)
    private String title;

    @Column(length = MAX_TEXT)
    private String place;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status;

    @Embedded
    private ResultsOpening results = ResultsOpening.closed();

    @OneToOne(mappedBy = "round", cascade = CascadeType.PERSIST)
    private Council council;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RoundProduct> products = new ArrayList<>();

    @Version
    private long version;

    protected EvaluationRound() {
    }

    /**
     * A new round, with its (still empty) council.
     *
     * @param regime the regime in force on {@code startsOn}: the round scores on its criteria set
     */
    public EvaluationRound(EvaluationLevel level, Integer year, Regime regime, String title, String place, LocalDate startsOn,
                           LocalDate endsOn) {
        this.level = level;
        this.status = RoundStatus.OPEN;
        Checks.all(() -> {
            if (level == null) {
                throw BusinessException.onField("level", "error.required");
            }
            if (level == EvaluationLevel.COMMUNE) {
                throw BusinessException.onField("level", "rating.round.level");
            }
        }, () -> check(year, title, place, startsOn, endsOn, regime));
        describe(year, title, place, startsOn, endsOn, regime);
        this.council = new Council(this);
    }

    /**
     * Changes the round's year, title, place and dates while it is open. The regime is the one in
     * force on the (new) first day (null when there is none); it may change the criteria set only while the round has no
     * product. Every problem is reported at once, each on its field.
     */
    public final void describe(Integer year, String title, String place, LocalDate startsOn, LocalDate endsOn, Regime regime) {
        requireOpen();
        check(year, title, place, startsOn, endsOn, regime);
        String name = VietnameseText.required("title", title, MAX_TEXT);
        String where = VietnameseText.normalise(place);
        this.year = year;
        this.title = name;
        this.place = where;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.regime = regime;
        this.criteriaSet = regime.getCriteriaSet();
    }

    private void check(Integer year, String title, String place, LocalDate startsOn, LocalDate endsOn, Regime regime) {
        Checks.all(
                () -> VietnameseText.required("title", title, MAX_TEXT),
                () -> {
                    String where = VietnameseText.normalise(place);
                    if (where != null && where.length() > MAX_TEXT) {
                        throw BusinessException.onField("place", "error.tooLong", MAX_TEXT);
                    }
                },
                () -> {
                    RoundPeriod.requireStart(startsOn, regime);
                    if (criteriaSet != null && !products.isEmpty() && !criteriaSet.getCode().equals(regime.getCriteriaSet().getCode())) {
                        throw BusinessException.onField("startsOn", "rating.round.criteriaSetFixed", criteriaSet.getCode());
                    }
                    if (!products.isEmpty() && !needsPrescreen() && regime.prescreensFor(level)) {
                        throw BusinessException.onField("startsOn", "rating.round.prescreenRegime");
                    }
                },
                () -> RoundPeriod.requireEnd(startsOn, endsOn),
                () -> RoundPeriod.requireYear(year, startsOn, FIRST_YEAR),
                () -> {
                    if (level != null && regime != null && startsOn != null && regime.inForceOn(startsOn) && !regime.evaluatesAt(level)) {
                        throw BusinessException.onField("level", "rating.round.levelNotEvaluating", regime.getName());
                    }
                });
    }

    /**
     * Adds a product whose dossier was submitted, under a product set of the round's criteria set,
     * with the scoring sheet of that product set (null when there is none), which must be usable.
     */
    public RoundProduct add(Product product, ScoringSheet sheet, LocalDateTime at) {
        return add(product, sheet, CommunePrescreen.NONE, at);
    }

    /**
     * Adds a product as {@link #add(Product, ScoringSheet, LocalDateTime)} does; where the round's regime has the
     * commune pre-screen the dossiers for the round's level ({@link #needsPrescreen()}: the City under 148/QĐ-TTg as
     * amended by 1489/QĐ-TTg), only when the product's latest pre-screen passed and is that of its current submission.
     *
     * @param prescreen the product's latest commune pre-screen ({@link CommunePrescreen#NONE} when it has none)
     */
    public RoundProduct add(Product product, ScoringSheet sheet, CommunePrescreen prescreen, LocalDateTime at) {
        requireOpen();
        if (needsPrescreen()) {
            (prescreen == null ? CommunePrescreen.NONE : prescreen).requireAdmits(product);
        }
        if (product.getStep() != CycleStep.DOSSIER_SUBMITTED) {
            throw new BusinessException("rating.round.dossierNotSubmitted", product.getName());
        }
        if (!criteriaSet.getCode().equals(product.getProductSet().getCriteriaSet())) {
            throw new BusinessException("rating.round.otherCriteriaSet", product.getName(),
                    product.getProductSet().getCriteriaSet(), criteriaSet.getCode());
        }
        ScoringSheet.requireUsable(sheet, product);
        if (productOf(product).isPresent()) {
            throw new BusinessException("rating.round.productTwice", product.getName());
        }
        RoundProduct added = new RoundProduct(this, product, sheet, at);
        products.add(added);
        return added;
    }

    /**
     * Whether the round admits only products whose dossier the commune pre-screened and passed: its regime gives the
     * commune level a pre-screen for the round's level (data of the regimes; under 148/QĐ-TTg as amended by
     * 1489/QĐ-TTg the commune pre-screens for the City's council). The former district's rounds (1048/QĐ-TTg,
     * 148/QĐ-TTg) have none.
     */
    public boolean needsPrescreen() {
        return regime != null && regime.prescreensFor(level);
    }

    /** Takes a product out of the round while the round is open. */
    public RoundProduct remove(Product product) {
        requireOpen();
        RoundProduct removed = productOf(product).orElseThrow(() -> new BusinessException("error.notFound"));
        products.remove(removed);
        return removed;
    }

    /** The round's entry for a product, if it is in the round. */
    public Optional<RoundProduct> productOf(Product product) {
        return products.stream().filter(p -> p.getProduct() == product
                || p.getProduct().getId() != null && p.getProduct().getId().equals(product.getId())).findFirst();
    }

    /** OPEN → SCORING: the round has products and its council is ready (decision, one chair, members who score). */
    public void startScoring() {
        requireOpen();
        if (products.isEmpty()) {
            throw new BusinessException("rating.round.noProducts");
        }
        council.requireReady();
        status = RoundStatus.SCORING;
    }

    /** The chair opens the results: members who submitted their sheet may then see the others'. */
    public void openResults(CouncilMember by, LocalDateTime at) {
        requireScoring();
        if (by == null || !sits(by) || by.getRole() != MemberRole.CHAIR) {
            throw new BusinessException("rating.results.chairOnly");
        }
        results = results.openedBy(by.getUser().getUsername(), at);
    }

    /**
     * A session on paper: the office records that the chair opened the results, once every scoring
     * member has submitted a sheet or declared a conflict for every product (nothing left to seal).
     */
    public void openResultsAtSession(boolean everyoneDone, String recordedBy, LocalDateTime at) {
        requireScoring();
        if (results.isOpened()) {
            throw new BusinessException("rating.results.alreadyOpen");
        }
        if (!everyoneDone) {
            throw new BusinessException("rating.results.membersPending");
        }
        results = results.openedBy(recordedBy, at);
    }

    /** Whether the member belongs to this round's council. */
    public boolean sits(CouncilMember member) {
        return council.seats(member);
    }

    /**
     * SCORING → CONCLUDED, once the chair opened the results. The quorum and the council's
     * conclusions per product are the result rules' checks, made by the boundary before this.
     */
    public void conclude() {
        requireScoring();
        if (!results.isOpened()) {
            throw new BusinessException("rating.round.resultsNotOpen");
        }
        status = RoundStatus.CONCLUDED;
    }

    public void requireOpen() {
        if (status != null && status != RoundStatus.OPEN) {
            throw new BusinessException("rating.round.notOpen");
        }
    }

    public void requireScoring() {
        if (status != RoundStatus.SCORING) {
            throw new BusinessException("rating.round.notScoring");
        }
    }

    /** Whether a product's result and the members' sheets for it may be shown to someone: {@link ResultsOpening#visibleTo}. */
    public boolean resultVisibleTo(ScoringState own) {
        return results.visibleTo(own);
    }

    /** The members' sheets for a product: sealed exactly as its result ({@link #resultVisibleTo}). */
    public boolean sheetsVisibleTo(ScoringState own) {
        return resultVisibleTo(own);
    }

    /** Whether the minutes, which print every product's result, may be shown: {@link ResultsOpening#visibleToAll}. */
    public boolean minutesVisibleTo(Collection<ScoringState> own) {
        return results.visibleToAll(own);
    }

    /** Refuses a change of a member's sheet for a product whose result they may have seen: {@link ResultsOpening#requireUnseen}. */
    public void requireUnseen(ScoringState own) {
        results.requireUnseen(own);
    }

    @Override
    public String auditType() {
        return "EvaluationRound";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "level=" + level + "; year=" + year + "; criteriaSet=" + criteriaSet.getCode() + "; title=" + title
                + "; place=" + (place == null ? "-" : place) + "; startsOn=" + startsOn + "; endsOn=" + endsOn
                + "; status=" + status + "; resultsOpened=" + results.isOpened();
    }

    public Long getId() {
        return id;
    }

    public EvaluationLevel getLevel() {
        return level;
    }

    public int getYear() {
        return year;
    }

    public Regime getRegime() {
        return regime;
    }

    public CriteriaSet getCriteriaSet() {
        return criteriaSet;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public boolean isResultsOpened() {
        return results.isOpened();
    }

    public LocalDateTime getResultsOpenedAt() {
        return results.getOpenedAt();
    }

    public String getResultsOpenedBy() {
        return results.getOpenedBy();
    }

    public Council getCouncil() {
        return council;
    }

    public List<RoundProduct> getProducts() {
        return List.copyOf(products);
    }

    public long getVersion() {
        return version;
    }
}
