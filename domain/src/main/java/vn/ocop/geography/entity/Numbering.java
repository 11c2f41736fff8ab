package vn.ocop.geography.entity;

/**
 * How a body's decisions get their numbers: from the body's register, typed at issue by the office (the number and
 * date the clerical office's register assigned), or from the portal's own gap-free counter per body and year.
 */
public enum Numbering {
    COUNTER,
    REGISTER
}
