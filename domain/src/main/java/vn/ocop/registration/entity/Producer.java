package vn.ocop.registration.entity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.registration.control.TaxCodes;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.Contacts;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A producer (chủ thể OCOP) in a commune. Its legal form may change over time; the change is kept
 * with its date, and its products and results stay with it.
 */
@Entity
@Table(name = "producer")
@NamedQuery(name = Producer.BY_TAX_CODE, query = "SELECT p FROM Producer p WHERE p.taxCode = :taxCode")
public class Producer implements Auditable {

    public static final String BY_TAX_CODE = "Producer.byTaxCode";

    @Id
    @SequenceGenerator(name = "seq_producer", sequenceName = "seq_producer", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_producer")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProducerType type;

    @Column(name = "tax_code", nullable = false, length = 20)
    private String taxCode;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private AdministrativeUnit commune;

    @Column(nullable = false, length = 300)
    private String address;

    @Embedded
    private Representative representative;

    @Column(length = 30)
    private String phone;

    @Column(length = 120)
    private String email;

    private Integer members;

    private Integer workers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProducerStatus status = ProducerStatus.ACTIVE;

    @OneToMany(mappedBy = "producer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProducerManager> managers = new ArrayList<>();

    @OneToMany(mappedBy = "producer", cascade = CascadeType.PERSIST)
    @OrderBy("changedOn, id")
    private List<LegalFormChange> legalForms = new ArrayList<>();

    @Version
    private long version;

    protected Producer() {
    }

    public Producer(String name, ProducerType type, String taxCode, AdministrativeUnit commune, String address,
                    Representative representative) {
        if (type == null) {
            throw BusinessException.onField("type", "error.required");
        }
        this.type = type;
        rename(name);
        this.taxCode = TaxCodes.canonical(taxCode, type.needsTaxCode());
        moveTo(commune, address);
        represent(representative);
    }

    public final void rename(String name) {
        this.name = VietnameseText.required("name", name, 200);
        this.nameKey = VietnameseText.searchKey(this.name);
    }

    public final void moveTo(AdministrativeUnit commune, String address) {
        if (commune == null || commune.getLevel() != UnitLevel.COMMUNE) {
            throw BusinessException.onField("commune", "registration.producer.communeRequired");
        }
        String text = VietnameseText.normalise(address);
        if (text == null) {
            throw BusinessException.onField("address", "error.required");
        }
        this.commune = commune;
        this.address = text;
    }

    public final void represent(Representative representative) {
        if (representative == null || VietnameseText.normalise(representative.getName()) == null) {
            throw BusinessException.onField("representativeName", "error.required");
        }
        this.representative = representative;
    }

    /** Records a change of legal form on a date; the former form stays in the history. */
    public void changeLegalForm(ProducerType newType, LocalDate on, String note, LocalDate today) {
        Checks.all(() -> {
            if (newType == null) {
                throw BusinessException.onField("type", "error.required");
            }
            if (newType == type) {
                throw BusinessException.onField("type", "registration.producer.sameLegalForm");
            }
            if (newType.needsTaxCode() && !TaxCodes.isTaxCode(taxCode)) {
                throw BusinessException.onField("taxCode", "registration.taxCode.format");
            }
        }, () -> {
            if (on == null) {
                throw BusinessException.onField("changedOn", "error.required");
            }
            requireNotFuture("changedOn", on, today);
        });
        legalForms.add(new LegalFormChange(this, type, newType, on, VietnameseText.normalise(note)));
        this.type = newType;
    }

    public ProducerManager addManager(String name, String position, String phone, String email) {
        Checks.all(() -> {
            if (VietnameseText.normalise(name) == null) {
                throw BusinessException.onField("managerName", "error.required");
            }
        }, () -> Contacts.phone("managerPhone", phone), () -> Contacts.email("managerEmail", email));
        ProducerManager manager = new ProducerManager(this, VietnameseText.normalise(name),
                VietnameseText.normalise(position), Contacts.phone("managerPhone", phone), Contacts.email("managerEmail", email));
        managers.add(manager);
        return manager;
    }

    public void removeManager(long managerId) {
        if (!managers.removeIf(m -> m.getId() != null && m.getId() == managerId)) {
            throw new BusinessException("error.notFound");
        }
    }

    /** The managers as the audit log keeps them. */
    public String managersState() {
        return managers.stream().map(m -> m.getName() + " (" + (m.getPosition() == null ? "-" : m.getPosition()) + ")")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public void contact(String phone, String email) {
        this.phone = Contacts.phone("phone", phone);
        this.email = Contacts.email("email", email);
    }

    public void staff(Integer members, Integer workers) {
        if (members != null && members < 0 || workers != null && workers < 0) {
            throw BusinessException.onField(members != null && members < 0 ? "members" : "workers", "error.negative");
        }
        this.members = members;
        this.workers = workers;
    }

    /** A producer's dates (its registration, a change of its legal form) are never after today. */
    public static void requireNotFuture(String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            throw BusinessException.onField(field, "registration.producer.futureDate");
        }
    }

    public void registeredOn(LocalDate day) {
        this.registeredOn = day;
    }

    @Override
    public String auditType() {
        return "Producer";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "name=" + name + "; type=" + type + "; taxCode=" + taxCode + "; commune=" + commune.getCode()
                + "; address=" + address + "; representative=" + representative + "; status=" + status;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProducerType getType() {
        return type;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public AdministrativeUnit getCommune() {
        return commune;
    }

    public String getAddress() {
        return address;
    }

    public Representative getRepresentative() {
        return representative;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Integer getMembers() {
        return members;
    }

    public Integer getWorkers() {
        return workers;
    }

    public ProducerStatus getStatus() {
        return status;
    }

    public List<ProducerManager> getManagers() {
        return List.copyOf(managers);
    }

    public List<LegalFormChange> getLegalForms() {
        return List.copyOf(legalForms);
    }

    public long getVersion() {
        return version;
    }
}
