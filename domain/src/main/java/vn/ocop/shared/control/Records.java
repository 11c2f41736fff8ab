package vn.ocop.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * How a boundary reaches a record by its id, and how it writes changes early: one answer for a record that does not
 * exist (or that the caller may not see), the message key {@code error.notFound}, and one for a record someone else
 * changed meanwhile ({@link ConcurrentChangeException}). Plain static methods taking the boundary's own entity
 * manager, inside its transaction.
 */
public final class Records {

    private Records() {
    }

    /** The answer for a record that is not there, or that the caller may not see: the page answers as not found. */
    public static BusinessException notFound() {
        return new BusinessException("error.notFound");
    }

    /** The record read, or {@link #notFound()} when there was none. */
    public static <T> T found(T record) {
        if (record == null) {
            throw notFound();
        }
        return record;
    }

    /** The record of the id, or {@link #notFound()}. */
    public static <T> T find(EntityManager em, Class<T> type, Object id) {
        return found(em.find(type, id));
    }

    /** The record of the id, read with the lock, or {@link #notFound()}. */
    public static <T> T find(EntityManager em, Class<T> type, Object id, LockModeType lock) {
        return found(em.find(type, id, lock));
    }

    /** Refuses a change made on a page that read the record at another version than the current one. */
    public static void requireVersion(long current, long read) {
        if (current != read) {
            throw new ConcurrentChangeException();
        }
    }

    /** Writes the changes now, so that a concurrent change shows as {@link ConcurrentChangeException} to the caller. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }
}
