package vn.ocop.statistics.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.identity.boundary.Users;
import vn.ocop.shared.api.ApiLanguage;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;
import vn.ocop.statistics.boundary.Statistics;
import vn.ocop.statistics.control.Period;

import java.util.Locale;
import java.util.function.Function;

/**
 * What the statistics resources share: the period a request names ({@code year}, or {@code from} and {@code to}),
 * checked as the statistics check it, or 400 with the reason's key, its field and its text in the caller's language.
 */
abstract class PeriodResource {

    @EJB
    Statistics statistics;

    @EJB
    Users users;

    @Context
    HttpHeaders headers;

    /** The caller's language: the signed-in user's, else the request's. */
    Locale locale() {
        return ApiLanguage.of(headers, users);
    }

    /** The answer for the period the parameters name, or 400 when they are malformed or out of range. */
    Response answer(String year, String from, String to, Function<Period, Response> answer) {
        Period period;
        try {
            period = statistics.period(year, from, to);
        } catch (BusinessException refused) {
            return refused(refused, locale());
        }
        return answer.apply(period);
    }

    /** 400 with the reason's key, its field and its text in the caller's language. */
    static Response refused(BusinessException refused, Locale locale) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new StatisticsResource.Problem("invalid",
                refused.messageKey(), refused.field(), Texts.get(locale, refused.messageKey(), refused.arguments()))).build();
    }
}
