package vn.ocop.shared.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.HttpHeaders;
import vn.ocop.identity.boundary.Users;
import vn.ocop.shared.web.UserSession;

import java.util.List;
import java.util.Locale;

/**
 * The language of an API answer: the first of Vietnamese or English that the request's {@code Accept-Language}
 * names (by its weights), else the signed-in user's saved language, else Vietnamese. A client can thus ask for a
 * language per call; one that does not ask gets what its user reads on the pages.
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers, Users users) {
        Locale asked = asked(headers);
        if (asked != null) {
            return asked;
        }
        try {
            return users != null && "en".equals(users.me().locale()) ? Locale.ENGLISH : UserSession.VIETNAMESE;
        } catch (RuntimeException anonymousOrUnavailable) {
            return UserSession.VIETNAMESE;
        }
    }

    /** For providers, which have no EJB injected: the user's language looked up only when there is a signed-in user. */
    static Locale of(HttpHeaders headers, boolean signedIn) {
        Locale asked = asked(headers);
        if (asked != null || !signedIn) {
            return asked != null ? asked : UserSession.VIETNAMESE;
        }
        try {
            return of(null, CDI.current().select(Users.class).get());
        } catch (RuntimeException unavailable) {
            return UserSession.VIETNAMESE;
        }
    }

    /** Vietnamese or English as the header names them, or null when it names neither. */
    static Locale asked(HttpHeaders headers) {
        if (headers == null) {
            return null;
        }
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException malformedHeader) {
            return null;
        }
        for (Locale locale : acceptable) {
            if ("vi".equals(locale.getLanguage())) {
                return UserSession.VIETNAMESE;
            }
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return null;
    }
}
