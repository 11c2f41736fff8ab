package vn.ocop.registration.entity;

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
import vn.ocop.registration.control.Uploads.Upload;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One support that the district gave a producer under the city's policy (plan step 4), and to one
 * of its products where it applies: its type, date, amount in VND, funding source and the number
 * of the decision or contract, with the documents that prove it. Every rule is checked here, on
 * recording and on every change.
 */
@Entity
@Table(name = "support")
@NamedQuery(name = Support.OF_PRODUCER, query = "SELECT s FROM Support s JOIN FETCH s.type LEFT JOIN FETCH s.product"
        + " WHERE s.producer = :producer ORDER BY s.grantedOn DESC, s.id DESC")
@NamedQuery(name = Support.DATE_RANGE, query = "SELECT NEW vn.ocop.shared.entity.DateSpan(MIN(s.grantedOn), MAX(s.grantedOn))"
        + " FROM Support s")
public class Support implements Auditable {

    public static final String OF_PRODUCER = "Support.ofProducer";
    public static final String DATE_RANGE = "Support.dateRange";

    /** Larger amounts are typing errors (an extra zero or three): no single support is that large. */
    public static final long MAX_AMOUNT_VND = 50_000_000_000L;
    /** Earlier dates are typing errors: the programme's supports are recent. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final int MAX_REFERENCE = 60;
    public static final int MAX_NOTE = 500;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./_ -]*");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?iu)(số|so)(\\s*[:.]\\s*|\\s+)(?=\\p{N})");

    @Id
    @SequenceGenerator(name = "seq_support", sequenceName = "seq_support", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_support")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "support_type_id")
    private SupportType type;

    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;

    @Column(name = "amount_vnd", nullable = false)
    private long amountVnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 30)
    private FundingSource fundingSource;

    @Column(name = "reference_number", length = MAX_REFERENCE)
    private String referenceNumber;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @OneToMany(mappedBy = "support")
    @OrderBy("uploadedAt, id")
    private List<SupportDocument> documents = new ArrayList<>();

    @Version
    private long version;

    /** What was given: the part of a support that a user types and may correct later. */
    public record Terms(Producer producer, Product product, SupportType type, LocalDate grantedOn, Long amountVnd,
                        FundingSource fundingSource, String referenceNumber, String note) {
    }

    protected Support() {
    }

    /** Records a support; {@code at} is now, whose date is the latest allowed date of the support. */
    public Support(Terms terms, LocalDateTime at, String actor) {
        apply(terms, at.toLocalDate());
        this.recordedAt = at;
        this.recordedBy = actor;
    }

    /** Corrects what was recorded; the same rules apply (a retired type may stay, not be chosen anew). */
    public void change(Terms terms, LocalDate today) {
        apply(terms, today);
    }

    /** Checks every field of the terms (every problem reported at once, each on its field), then takes them. */
    private void apply(Terms terms, LocalDate today) {
        Checks.all(
                () -> {
                    if (terms.producer() == null) {
                        throw BusinessException.onField("producer", "error.required");
                    }
                    if (terms.product() != null && !same(terms.product().getProducer(), terms.producer())) {
                        throw BusinessException.onField("product", "registration.support.productOfOtherProducer");
                    }
                },
                () -> {
                    if (terms.type() == null) {
                        throw BusinessException.onField("type", "error.required");
                    }
                    if (!terms.type().isActive() && terms.type() != type) {
                        throw BusinessException.onField("type", "registration.support.typeInactive", terms.type().getNameVi());
                    }
                },
                () -> {
                    if (terms.fundingSource() == null) {
                        throw BusinessException.onField("fundingSource", "error.required");
                    }
                },
                () -> checkedDate(terms.grantedOn(), today),
                () -> checkedAmount(terms.amountVnd()),
                () -> canonicalReference(terms.referenceNumber()),
                () -> {
                    String text = VietnameseText.normalise(terms.note());
                    if (text != null && text.length() > MAX_NOTE) {
                        throw BusinessException.onField("note", "error.tooLong", MAX_NOTE);
                    }
                });
        this.producer = terms.producer();
        this.product = terms.product();
        this.type = terms.type();
        this.grantedOn = terms.grantedOn();
        this.amountVnd = terms.amountVnd();
        this.fundingSource = terms.fundingSource();
        this.referenceNumber = canonicalReference(terms.referenceNumber());
        this.note = VietnameseText.normalise(terms.note());
    }

    private static LocalDate checkedDate(LocalDate day, LocalDate today) {
        if (day == null) {
            throw BusinessException.onField("grantedOn", "error.required");
        }
        if (day.isAfter(today)) {
            throw BusinessException.onField("grantedOn", "registration.support.dateInFuture");
        }
        if (day.isBefore(EARLIEST)) {
            throw BusinessException.onField("grantedOn", "registration.support.dateTooEarly",
                    String.valueOf(EARLIEST.getYear()));
        }
        return day;
    }

    private static long checkedAmount(Long amount) {
        if (amount == null) {
            throw BusinessException.onField("amount", "error.required");
        }
        if (amount <= 0) {
            throw BusinessException.onField("amount", "registration.support.amountPositive");
        }
        if (amount > MAX_AMOUNT_VND) {
            throw BusinessException.onField("amount", "registration.support.amountTooLarge", MAX_AMOUNT_VND);
        }
        return amount;
    }

    /**
     * The number of a decision or contract as written on it ("125/QĐ-UBND", "15/2020/HĐ-KT"): upper
     * case, a leading "Số" dropped, at least one digit and one "/"; null when none is given.
     */
    public static String canonicalReference(String reference) {
        String text = VietnameseText.normalise(reference);
        if (text == null) {
            return null;
        }
        text = NUMBER_PREFIX.matcher(text).replaceFirst("").toUpperCase(VIETNAMESE);
        if (text.length() > MAX_REFERENCE) {
            throw BusinessException.onField("referenceNumber", "error.tooLong", MAX_REFERENCE);
        }
        if (!REFERENCE.matcher(text).matches() || text.indexOf('/') < 0 || text.chars().noneMatch(Character::isDigit)) {
            throw BusinessException.onField("referenceNumber", "registration.support.referenceFormat");
        }
        return text;
    }

    /** Attaches a checked file; the same file (by its SHA-256) twice on one support is refused. */
    public SupportDocument attach(Upload upload, StoredFile file, LocalDateTime at, String actor) {
        for (SupportDocument existing : documents) {
            if (existing.getUpload().sameContent(upload)) {
                throw BusinessException.onField("file", "registration.support.duplicateFile", existing.getUpload().getFileName());
            }
        }
        SupportDocument document = new SupportDocument(this, upload, file, at, actor);
        documents.add(document);
        return document;
    }

    /** Takes a document off this support (attached by mistake). */
    public void detach(SupportDocument document) {
        if (!documents.remove(document)) {
            throw new BusinessException("error.notFound");
        }
    }

    private static boolean same(Producer a, Producer b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    @Override
    public String auditType() {
        return "Support";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "producer=" + producer.getId() + "; product=" + (product == null ? "-" : product.getId()) + "; type="
                + type.getCode() + "; grantedOn=" + grantedOn + "; amountVnd=" + amountVnd + "; fundingSource="
                + fundingSource + "; reference=" + Objects.requireNonNullElse(referenceNumber, "-") + "; note="
                + Objects.requireNonNullElse(note, "-") + "; documents=" + documents.stream()
                .map(d -> d.getUpload().getFileName() + "#" + d.getUpload().getSha256()).collect(Collectors.joining(",", "[", "]"));
    }

    public Long getId() {
        return id;
    }

    public Producer getProducer() {
        return producer;
    }

    public Product getProduct() {
        return product;
    }

    public SupportType getType() {
        return type;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public long getAmountVnd() {
        return amountVnd;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public List<SupportDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public long getVersion() {
        return version;
    }
}
