package vn.ocop.planning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.ocop.shared.boundary.RecordChanged;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The home page's figures, kept per scope (the whole programme, or one commune for its officer) and day: the leaders
 * and the office open the page all at once in the morning, and its dozen grouped queries over a province's producers,
 * products, certificates, courses and supports would otherwise run for each of them. Dropped when an audited change
 * of a record is committed on this server ({@link RecordChanged}), and kept at most {@code ocop.dashboard.cache-seconds}
 * seconds (default 60; 0 keeps nothing), which bounds what a change made elsewhere (another server, the database
 * itself) takes to show.
 */
@ApplicationScoped
public class DashboardCache {

    public static final String SECONDS = "ocop.dashboard.cache-seconds";
    static final int SCOPES = 256;

    private record Key(Long unit, LocalDate day) {
    }

    private record Entry(DashboardView view, long at) {
    }

    private final Map<Key, Entry> entries = new HashMap<>();
    private long generation;

    /** The figures kept for the scope and day, or computed now (and kept when nothing changed meanwhile). */
    DashboardView get(Long unit, LocalDate day, Supplier<DashboardView> compute) {
        long seconds = Long.getLong(SECONDS, 60L);
        if (seconds <= 0) {
            return compute.get();
        }
        Key key = new Key(unit, day);
        long started;
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && System.nanoTime() - entry.at() < seconds * 1_000_000_000L) {
                return entry.view();
            }
            started = generation;
        }
        long at = System.nanoTime();
        DashboardView view = compute.get();
        synchronized (this) {
            if (generation == started) {
                if (entries.size() >= SCOPES) {
                    entries.clear();
                }
                entries.put(key, new Entry(view, at));
            }
        }
        return view;
    }

    /** A committed change: the figures kept may be out of date. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged change) {
        clear();
    }

    synchronized void clear() {
        generation++;
        entries.clear();
    }
}
