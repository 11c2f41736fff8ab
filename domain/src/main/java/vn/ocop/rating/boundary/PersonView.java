package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.identity.entity.Role;

/** A user account that may sit on a council or its advisory group. */
public record PersonView(long id, String username, String name, Role role) implements Serializable {

    /** "Nguyễn Văn An (an.nv)". */
    public String label() {
        return name + " (" + username + ")";
    }
}
