package vn.ocop.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Small reads that many requests repeat (the body the server runs for, named by every page's title and footer; a
 * certificate's public verification), kept per kind and key for a few seconds: {@code ocop.reads.cache-seconds}
 * (default 5; 0 keeps nothing). Everything kept is dropped when an audited change is committed on this server
 * ({@link RecordChanged}: a body changed, a certificate revoked), so on this server a change shows at the next
 * request; the few seconds bound how long a change made on another server or in the database takes to show. Per
 * server, in memory; values kept are shared between requests: immutable values only. Not kept: empty answers. Never
 * for what security rests on: the signed-in account is checked against the database at every request.
 */
@ApplicationScoped
public class ReadCache {

    public static final String SECONDS = "ocop.reads.cache-seconds";
    static final int ENTRIES = 4096;

    private record Entry(Object value, long at, long generation) {
    }

    private final Map<List<Object>, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The value kept for the kind and key, or read now (and kept unless null or something changed meanwhile). */
    @SuppressWarnings("unchecked")
    public <V> V get(String kind, Object key, Supplier<V> read) {
        long seconds = Long.getLong(SECONDS, 5L);
        if (seconds <= 0) {
            return read.get();
        }
        List<Object> full = List.of(kind, key);
        Entry entry = entries.get(full);
        long now = System.nanoTime();
        if (entry != null && entry.generation() == generation.get() && now - entry.at() < seconds * 1_000_000_000L) {
            return (V) entry.value();
        }
        long started = generation.get();
        V value = read.get();
        if (value != null && started == generation.get()) {
            if (entries.size() >= ENTRIES) {
                entries.clear();
            }
            entries.put(full, new Entry(value, now, started));
        }
        return value;
    }

    /** Forgets one key (a change this server makes without an audited change, e.g. the caller's language). */
    public void forget(String kind, Object key) {
        entries.remove(List.of(kind, key));
    }

    /** A committed change: what is kept may be out of date. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged change) {
        clear();
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
