package vn.ocop.rating.entity;

/**
 * A council member's role. The chair, vice-chairs and members score every
 * product; the secretary keeps the minutes and does not score.
 */
public enum MemberRole {
    CHAIR, VICE_CHAIR, MEMBER, SECRETARY;

    public boolean scores() {
        return this != SECRETARY;
    }
}
