package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.identity.entity.UserAccount;

/** A member of a round's council: a user account with a council role, and the position they hold (e.g. "Phó Chủ tịch UBND huyện"). */
@Entity
@Table(name = "council_member")
@NamedQuery(name = CouncilMember.MINE, query = "SELECT m FROM CouncilMember m JOIN FETCH m.council c JOIN FETCH c.round r"
        + " JOIN FETCH m.user u WHERE r.id = :round AND u.username = :username")
@NamedQuery(name = CouncilMember.PEOPLE, query = "SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.role IN :roles"
        + " ORDER BY u.fullName, u.username")
public class CouncilMember extends CouncilSeat {

    public static final String MINE = "CouncilMember.mine";
    /** The enabled accounts of the given roles, for choosing members and advisors. */
    public static final String PEOPLE = "CouncilMember.people";

    @Id
    @SequenceGenerator(name = "seq_council_member", sequenceName = "seq_council_member", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_council_member")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberRole role;

    protected CouncilMember() {
    }

    CouncilMember(Council council, UserAccount user, MemberRole role, String position) {
        super(council, user, position);
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public MemberRole getRole() {
        return role;
    }
}
