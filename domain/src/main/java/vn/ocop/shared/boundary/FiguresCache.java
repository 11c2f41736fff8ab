package vn.ocop.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures computed over a whole province (the home page's, the training coverage), kept per kind and key (the
 * caller's scope, the day, the year): the leaders and the office open these pages all at once, and their grouped
 * queries over thousands of producers, products, certificates and trainees would otherwise run for each of them.
 * Everything kept is dropped when an audited change is committed on this server ({@link RecordChanged}), and nothing
 * is kept longer than {@code ocop.figures.cache-seconds} seconds (default 60; 0 keeps nothing), which bounds how long
 * a change made elsewhere (another server, the database itself) takes to show. The values kept are shared between
 * callers: immutable views only.
 */
@ApplicationScoped
public class FiguresCache {

    public static final String SECONDS = "ocop.figures.cache-seconds";
    static final int ENTRIES = 512;

    private record Entry(Object value, long at) {
    }

    private final Map<List<Object>, Entry> entries = new HashMap<>();
    private final Map<List<Object>, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();
    private long generation;

    /** The value kept for the kind and key, or computed now (and kept when nothing changed meanwhile). */
    public <V> V get(String kind, List<?> key, Supplier<V> compute) {
        long seconds = Long.getLong(SECONDS, 60L);
        if (seconds <= 0) {
            return compute.get();
        }
        List<Object> full = new java.util.ArrayList<>(key.size() + 1);
        full.add(kind);
        full.addAll(key);
        V kept = kept(full, seconds);
        if (kept != null) {
            return kept;
        }
        // One computation at a time per kind and key: those asking meanwhile wait for it and take its figures.
        synchronized (locks.computeIfAbsent(full, k -> new Object())) {
            kept = kept(full, seconds);
            if (kept != null) {
                return kept;
            }
            long started;
            synchronized (this) {
                started = generation;
            }
            long at = System.nanoTime();
            V value = compute.get();
            synchronized (this) {
                if (generation == started) {
                    if (entries.size() >= ENTRIES) {
                        entries.clear();
                        locks.clear();
                    }
                    entries.put(full, new Entry(value, at));
                }
            }
            return value;
        }
    }

    @SuppressWarnings("unchecked")
    private synchronized <V> V kept(List<Object> key, long seconds) {
        Entry entry = entries.get(key);
        return entry != null && System.nanoTime() - entry.at() < seconds * 1_000_000_000L ? (V) entry.value() : null;
    }

    /** A committed change: the figures kept may be out of date. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged change) {
        clear();
    }

    public synchronized void clear() {
        generation++;
        entries.clear();
    }
}
