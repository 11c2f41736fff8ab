package vn.ocop.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in Vietnam's time zone (UTC+7, no daylight saving), so that
 * local date-times in the database are unambiguous. Tests of rules pass their own fixed clock.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    public Clock clock() {
        return Clock.system(VIETNAM);
    }
}
