package vn.ocop.certification.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one address may verify certificates: {@value #PER_WINDOW} numbers per {@value #WINDOW_SECONDS} seconds,
 * for the page and the API together, so that nobody walks through the numbers. Counted in memory per server (a
 * window per address; the table forgets old windows when it grows).
 */
@ApplicationScoped
public class VerificationLimit {

    public static final int PER_WINDOW = 20;
    public static final long WINDOW_SECONDS = 10;
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {
    }

    /** Whether the address may verify one more number now. */
    public boolean allow(String address) {
        long now = System.nanoTime();
        long window = WINDOW_SECONDS * 1_000_000_000L;
        if (windows.size() > MAX_ADDRESSES) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() > window);
        }
        Window counted = windows.compute(address == null ? "" : address, (key, current) ->
                current == null || now - current.start() > window ? new Window(now, 1) : new Window(current.start(), current.count() + 1));
        return counted.count() <= PER_WINDOW;
    }

    public long retryAfterSeconds() {
        return WINDOW_SECONDS;
    }
}
