package vn.ocop.training.entity;

/** A participant at one session. Present and late count as attended; absent and excused do not. */
public enum AttendanceStatus {
    PRESENT, LATE, ABSENT, EXCUSED;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
