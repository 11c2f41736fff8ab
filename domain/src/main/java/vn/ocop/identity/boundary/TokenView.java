package vn.ocop.identity.boundary;

import java.io.Serializable;

import vn.ocop.identity.entity.ApiToken;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A personal API token as its owner sees it later: never the secret, only its first characters. */
public record TokenView(long id, String name, String prefix, boolean mayWrite, LocalDateTime createdAt, LocalDate expiresOn,
                        LocalDateTime revokedAt, LocalDate lastUsedOn, boolean usable) implements Serializable {

    static TokenView of(ApiToken token, LocalDate today) {
        return new TokenView(token.getId(), token.getName(), token.getPrefix(), token.isMayWrite(), token.getCreatedAt(),
                token.getExpiresOn(), token.getRevokedAt(), token.getLastUsedOn(), token.usableOn(today));
    }
}
