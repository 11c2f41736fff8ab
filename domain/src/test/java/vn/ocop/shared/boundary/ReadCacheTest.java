package vn.ocop.shared.boundary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReadCacheTest {

    private final ReadCache cache = new ReadCache();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void settings() {
        System.clearProperty(ReadCache.SECONDS);
    }

    private String read(String value) {
        reads.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsReadOnceThenKeptPerKindAndKey() {
        assertEquals("a", cache.get("stamp", "officer", () -> read("a")));
        assertEquals("a", cache.get("stamp", "officer", () -> read("b")));
        assertEquals("c", cache.get("stamp", "leader", () -> read("c")));
        assertEquals("d", cache.get("caller", "officer", () -> read("d")));
        assertEquals(3, reads.get());
    }

    @Test
    void aCommittedChangeOrForgettingAKeyDropsWhatWasKept() {
        cache.get("stamp", "officer", () -> read("a"));
        cache.changed(new RecordChanged("USER_UPDATED", "UserAccount"));
        assertEquals("b", cache.get("stamp", "officer", () -> read("b")));
        cache.forget("stamp", "officer");
        assertEquals("c", cache.get("stamp", "officer", () -> read("c")));
    }

    @Test
    void anEmptyAnswerIsNotKept() {
        assertNull(cache.get("stamp", "gone", () -> read(null)));
        assertEquals("back", cache.get("stamp", "gone", () -> read("back")));
    }

    @Test
    void aChangeDuringTheReadKeepsNothing() {
        cache.get("stamp", "officer", () -> {
            cache.clear();
            return read("old");
        });
        assertEquals("new", cache.get("stamp", "officer", () -> read("new")));
    }

    @Test
    void zeroSecondsKeepsNothing() {
        System.setProperty(ReadCache.SECONDS, "0");
        cache.get("stamp", "officer", () -> read("a"));
        assertEquals("b", cache.get("stamp", "officer", () -> read("b")));
    }
}
