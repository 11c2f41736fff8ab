package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.entity.MemberRole;

/**
 * How far one scoring member is with the round's products, for the office: how many products they
 * have not declared for yet, declared a conflict for, hold a draft of and submitted. No scores:
 * the sheets stay sealed until the chair opens the results.
 */
public record MemberProgress(long memberId, String name, MemberRole role, long undeclared, long conflicts, long drafts,
                             long submitted) implements Serializable {
}
