package vn.ocop.rating.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The computed results of the last rounds asked for, each with the fingerprint of what they were computed from
 * ({@link RoundResults#fingerprint}): the rows of the round, its products, sheets, revisions, references, conflicts,
 * council and rules. A round's results are computed once per change (a city round of 500 products × 11 members takes
 * most of a second), then served from here until the fingerprint differs. Per server, in memory; a second server
 * computes its own, and a change made there changes the fingerprint read here.
 */
@ApplicationScoped
public class ResultsCache {

    /** How many rounds are kept (the least recently asked for goes first). */
    static final int ROUNDS = 16;

    private record Entry(List<Object> fingerprint, List<ResultView> results) {
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > ROUNDS;
        }
    };

    /** The results kept for the round when they were computed from the same fingerprint; null otherwise. */
    synchronized List<ResultView> get(long round, List<Object> fingerprint) {
        Entry entry = entries.get(round);
        return entry != null && entry.fingerprint().equals(fingerprint) ? entry.results() : null;
    }

    synchronized void put(long round, List<Object> fingerprint, List<ResultView> results) {
        entries.put(round, new Entry(fingerprint, List.copyOf(results)));
    }

    private final Map<Long, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

    /** The lock of the round's computation (one at a time per round). */
    Object lock(long round) {
        return locks.computeIfAbsent(round, r -> new Object());
    }
}
