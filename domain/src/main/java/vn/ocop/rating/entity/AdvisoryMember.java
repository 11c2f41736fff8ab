package vn.ocop.rating.entity;

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
import vn.ocop.identity.entity.UserAccount;

/** A member of the advisory group (tổ tư vấn) of a round's council; {@code lead}: the group's head. */
@Entity
@Table(name = "advisory_member")
public class AdvisoryMember {

    @Id
    @SequenceGenerator(name = "seq_advisory_member", sequenceName = "seq_advisory_member", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_advisory_member")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id", nullable = false, updatable = false)
    private Council council;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "group_lead", nullable = false)
    private boolean lead;

    @Column(length = Council.MAX_POSITION)
    private String position;

    protected AdvisoryMember() {
    }

    AdvisoryMember(Council council, UserAccount user, boolean lead, String position) {
        this.council = council;
        this.user = user;
        this.lead = lead;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Council getCouncil() {
        return council;
    }

    public UserAccount getUser() {
        return user;
    }

    public boolean isLead() {
        return lead;
    }

    public String getPosition() {
        return position;
    }
}
