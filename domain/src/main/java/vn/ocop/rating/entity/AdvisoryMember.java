package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.identity.entity.UserAccount;

/** A member of the advisory group (tổ tư vấn) of a round's council; {@code lead}: the group's head. */
@Entity
@Table(name = "advisory_member")
public class AdvisoryMember extends CouncilSeat {

    @Id
    @SequenceGenerator(name = "seq_advisory_member", sequenceName = "seq_advisory_member", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_advisory_member")
    private Long id;

    @Column(name = "group_lead", nullable = false)
    private boolean lead;

    protected AdvisoryMember() {
    }

    AdvisoryMember(Council council, UserAccount user, boolean lead, String position) {
        super(council, user, position);
        this.lead = lead;
    }

    public Long getId() {
        return id;
    }

    public boolean isLead() {
        return lead;
    }
}
