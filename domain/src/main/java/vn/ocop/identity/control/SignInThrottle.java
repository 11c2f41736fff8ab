package vn.ocop.identity.control;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed sign-ins counted in memory, before any password is hashed: at most {@value #PER_NAME_AND_ADDRESS} per user name
 * from one address and {@value #PER_ADDRESS} from one address (whatever the names) within {@link #WINDOW}. A throttled
 * attempt is refused without looking at the account, so a stranger can slow down only their own address: the account
 * itself is never locked, and its owner still signs in from their own machine.
 *
 * <p>The table holds at most {@value #MAX_KEYS} keys; past that the least recently seen are forgotten first, so no flood of
 * addresses or names grows it without bound. Counted per server (a second server counts on its own).
 */
public final class SignInThrottle {

    public static final int PER_NAME_AND_ADDRESS = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int MAX_KEYS = 20_000;

    private record Count(long start, int failures) {
    }

    private final Map<String, Count> counts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > MAX_KEYS;
        }
    };

    /** Whether an attempt for this name from this address may be checked now ({@code nanos}: a monotonic clock). */
    public synchronized boolean allows(String address, String username, long nanos) {
        return failures(addressKey(address), nanos) < PER_ADDRESS
                && failures(pairKey(address, username), nanos) < PER_NAME_AND_ADDRESS;
    }

    /** Counts a refused attempt; returns true when this failure made the name or the address throttled. */
    public synchronized boolean failed(String address, String username, long nanos) {
        int byAddress = count(addressKey(address), nanos);
        int byPair = count(pairKey(address, username), nanos);
        return byAddress == PER_ADDRESS || byPair == PER_NAME_AND_ADDRESS;
    }

    /** A success from an address forgets that name's failures from it (the address's own count stays). */
    public synchronized void succeeded(String address, String username) {
        counts.remove(pairKey(address, username));
    }

    /** How many names and addresses are counted now (never more than the table's bound). */
    public synchronized int size() {
        return counts.size();
    }

    private int failures(String key, long nanos) {
        Count count = counts.get(key);
        return count == null || expired(count, nanos) ? 0 : count.failures();
    }

    private int count(String key, long nanos) {
        Count current = counts.get(key);
        Count next = current == null || expired(current, nanos) ? new Count(nanos, 1) : new Count(current.start(), current.failures() + 1);
        counts.put(key, next);
        return next.failures();
    }

    private static boolean expired(Count count, long nanos) {
        return nanos - count.start() >= WINDOW.toNanos();
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }

    private static String pairKey(String address, String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "n:" + (name.length() > 100 ? name.substring(0, 100) : name) + "@" + (address == null ? "" : address);
    }
}
