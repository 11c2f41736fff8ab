package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import vn.ocop.identity.entity.UserAccount;

/**
 * A seat on a round's council: the council, the user account seated and the position they hold (e.g. "Phó Chủ tịch
 * UBND huyện"). Its two kinds, each in its own table with its own id: a {@link CouncilMember} with a council role,
 * an {@link AdvisoryMember} of the advisory group. The council seats and unseats ({@link Council#appoint},
 * {@link Council#addAdvisor}).
 */
@MappedSuperclass
public abstract class CouncilSeat {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id", nullable = false, updatable = false)
    private Council council;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(length = Council.MAX_POSITION)
    private String position;

    protected CouncilSeat() {
    }

    CouncilSeat(Council council, UserAccount user, String position) {
        this.council = council;
        this.user = user;
        this.position = position;
    }

    public Council getCouncil() {
        return council;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getPosition() {
        return position;
    }
}
