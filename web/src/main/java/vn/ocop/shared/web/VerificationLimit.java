package vn.ocop.shared.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often one address may look up public records (OCOP certificates and training certificates, page and API
 * together): {@value #PER_WINDOW} numbers per {@value #WINDOW_SECONDS} seconds, so that nobody walks through the
 * numbers. Counted in memory per server by the client's address ({@link ClientAddress}, so it holds behind the
 * reverse proxy); the table keeps at most {@value #MAX_ADDRESSES} addresses, forgetting the least recently seen
 * first, whatever the number of addresses asking.
 */
@ApplicationScoped
public class VerificationLimit {

    public static final int PER_WINDOW = 20;
    public static final long WINDOW_SECONDS = 10;
    static final int MAX_ADDRESSES = 10_000;

    private record Window(long start, int count) {
    }

    private final Map<String, Window> windows = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /** Whether the address may verify one more number now. */
    public boolean allow(String address) {
        return allow(address, System.nanoTime());
    }

    synchronized boolean allow(String address, long now) {
        long window = WINDOW_SECONDS * 1_000_000_000L;
        Window counted = windows.compute(address == null ? "" : address, (key, current) ->
                current == null || now - current.start() > window ? new Window(now, 1) : new Window(current.start(), current.count() + 1));
        return counted.count() <= PER_WINDOW;
    }

    synchronized int size() {
        return windows.size();
    }

    public long retryAfterSeconds() {
        return WINDOW_SECONDS;
    }
}
