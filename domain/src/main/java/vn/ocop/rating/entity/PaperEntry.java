package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One officer's keying of a member's paper sheet for a product (the paper fallback). A second
 * officer keys the same sheet again; the member's sheet is written only when both entries agree.
 * An officer may key their own entry again (a typing error), never the other's.
 */
@Entity
@Table(name = "paper_entry")
@NamedQuery(name = PaperEntry.OF, query = "SELECT e FROM PaperEntry e WHERE e.roundProduct = :roundProduct"
        + " AND e.member = :member ORDER BY e.id")
public class PaperEntry {

    public static final String OF = "PaperEntry.of";

    @Id
    @SequenceGenerator(name = "seq_paper_entry", sequenceName = "seq_paper_entry", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_paper_entry")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_product_id", nullable = false, updatable = false)
    private RoundProduct roundProduct;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private CouncilMember member;

    @Column(name = "entered_by", nullable = false, updatable = false, length = 40)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    @Column(nullable = false, length = 4000)
    private String choices;

    @Column(nullable = false)
    private boolean accepted;

    protected PaperEntry() {
    }

    public PaperEntry(RoundProduct roundProduct, CouncilMember member, String enteredBy, Map<Long, Long> choices,
                      LocalDateTime at) {
        this.roundProduct = roundProduct;
        this.member = member;
        this.enteredBy = enteredBy;
        rekey(choices, at);
    }

    /** The officer keys their entry again. */
    public void rekey(Map<Long, Long> keyed, LocalDateTime at) {
        this.choices = SheetRevision.format(new java.util.TreeMap<>(keyed));
        this.enteredAt = at;
    }

    /** The criteria on which this entry and the other differ (a criterion keyed in one only counts). */
    public Set<Long> differences(PaperEntry other) {
        Map<Long, Long> mine = choices();
        Map<Long, Long> theirs = other.choices();
        Set<Long> differ = new TreeSet<>();
        mine.forEach((criterion, option) -> {
            if (!option.equals(theirs.get(criterion))) {
                differ.add(criterion);
            }
        });
        theirs.keySet().stream().filter(c -> !mine.containsKey(c)).forEach(differ::add);
        return differ;
    }

    public void accept() {
        accepted = true;
    }

    public Map<Long, Long> choices() {
        return SheetRevision.parse(choices);
    }

    public Long getId() {
        return id;
    }

    public CouncilMember getMember() {
        return member;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public boolean isAccepted() {
        return accepted;
    }
}
