package vn.ocop.certification.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.certification.control.Validity;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision of a higher level (the city for 4★, the central level for 5★) about some of the district's products,
 * recorded as received (number, date, body, the class of each product), so that the district's register of OCOP
 * products is complete. Its certificates are the issuing body's: the district keeps no copy and gives no number.
 */
@Entity
@Table(name = "cert_received_decision")
@NamedQuery(name = ReceivedDecision.ALL, query = "SELECT d FROM ReceivedDecision d ORDER BY d.signedOn DESC, d.id DESC")
@NamedQuery(name = ReceivedDecision.BY_NUMBER, query = "SELECT d FROM ReceivedDecision d WHERE d.body = :body AND d.number = :number")
public class ReceivedDecision implements Auditable {

    public static final String ALL = "ReceivedDecision.all";
    public static final String BY_NUMBER = "ReceivedDecision.byNumber";

    @Id
    @SequenceGenerator(name = "seq_cert_received_decision", sequenceName = "seq_cert_received_decision", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_cert_received_decision")
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String number;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(nullable = false, updatable = false, length = 200)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private EvaluationLevel level;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ReceivedProduct> products = new ArrayList<>();

    protected ReceivedDecision() {
    }

    public ReceivedDecision(String number, LocalDate signedOn, String body, EvaluationLevel level, LocalDate today,
                            LocalDateTime at, String by) {
        this.number = VietnameseText.required("number", number, 40);
        if (signedOn == null) {
            throw BusinessException.onField("signedOn", "error.required");
        }
        if (signedOn.isAfter(today)) {
            throw BusinessException.onField("signedOn", "certification.date.future");
        }
        if (level != EvaluationLevel.PROVINCE && level != EvaluationLevel.CENTRAL) {
            throw BusinessException.onField("level", "certification.received.level");
        }
        this.signedOn = signedOn;
        this.body = VietnameseText.required("body", body, 200);
        this.level = level;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** A product of the district recognised by this decision in a class (3★–5★). */
    public ReceivedProduct add(Product product, int stars) {
        if (stars < 3 || stars > 5) {
            throw BusinessException.onField("stars", "certification.received.stars");
        }
        if (products.stream().anyMatch(p -> p.getProduct().getId().equals(product.getId()))) {
            throw new BusinessException("certification.decision.productTwice", product.getName());
        }
        ReceivedProduct added = new ReceivedProduct(this, product, stars, Validity.fromSigning(signedOn).until());
        products.add(added);
        return added;
    }

    @Override
    public String auditType() {
        return "ReceivedDecision";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "number=" + number + "; signedOn=" + signedOn + "; body=" + body + "; level=" + level + "; products="
                + products.stream().map(p -> p.getProduct().getId() + ":" + p.getStars()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getBody() {
        return body;
    }

    public EvaluationLevel getLevel() {
        return level;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<ReceivedProduct> getProducts() {
        return List.copyOf(products);
    }
}
