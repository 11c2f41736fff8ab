package vn.ocop.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The cores of the machine for one batch of documents: the calling thread and, beside it, one helper per other core
 * (never more helpers than the tasks need), for the life of the batch. The helpers only fill and export documents in
 * memory (no transaction, no container service) and see the caller's class loader, through which the templates'
 * fonts are found.
 */
final class Workers implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService helpers;
    private final int count;

    private Workers(int count) {
        this.count = count;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.helpers = count == 0 ? null : Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "ocop-print-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
    }

    /** Workers for {@code tasks} tasks: helpers for the cores beyond the caller's, at most one fewer than the tasks. */
    static Workers forTasks(int tasks) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Workers(Math.max(0, Math.min(cores - 1, tasks - 1)));
    }

    /** The threads that work: the caller and its helpers. */
    int size() {
        return count + 1;
    }

    /**
     * Runs {@code task} for 0 … {@code n} − 1, on the caller and the helpers at once, each taking the next index when
     * it is free; returns when all ran, or throws the first failure once the others have stopped.
     */
    void forEach(int n, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable loop = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                task.accept(i);
            }
        };
        List<Future<?>> running = new ArrayList<>();
        for (int h = 0; h < count && h < n - 1; h++) {
            running.add(helpers.submit(loop));
        }
        RuntimeException failure = null;
        try {
            loop.run();
        } catch (RuntimeException e) {
            next.set(n);
            failure = e;
        }
        for (Future<?> helper : running) {
            try {
                get(helper);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The task's result, its failure thrown as it was. */
    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while printing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
