package vn.ocop.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A manager of a producer: the audience of the plan's business-management training. */
@Entity
@Table(name = "producer_manager")
public class ProducerManager {

    @Id
    @SequenceGenerator(name = "seq_producer_manager", sequenceName = "seq_producer_manager", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_producer_manager")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id", updatable = false)
    private Producer producer;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 120)
    private String position;

    @Column(length = 30)
    private String phone;

    @Column(length = 120)
    private String email;

    protected ProducerManager() {
    }

    ProducerManager(Producer producer, String name, String position, String phone, String email) {
        this.producer = producer;
        this.name = name;
        this.position = position;
        this.phone = phone;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
