package id.gamestore.support.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a task on a shared pool, one run at a time: requests before a run starts make one run, and requests while it
 * runs make exactly one more run after it, so no request is lost and runs never overlap. Both outbox relays run
 * this way on a Quarkus-managed executor.
 */
public final class SerialRuns {
    private final Executor executor;
    private final Runnable task;
    /** A run was asked for and has not started yet. */
    private final AtomicBoolean requested = new AtomicBoolean();
    /** A run is going or handed to the pool. */
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopped;

    public SerialRuns(Executor executor, Runnable task) {
        this.executor = executor;
        this.task = task;
    }

    public void request() {
        requested.set(true);
        if (!stopped && running.compareAndSet(false, true)) {
            try {
                executor.execute(this::runWhileRequested);
            } catch (RejectedExecutionException e) {
                running.set(false);
            }
        }
    }

    /** No new runs; one that is going finishes. */
    public void stop() {
        stopped = true;
    }

    private void runWhileRequested() {
        try {
            while (!stopped && requested.getAndSet(false)) {
                task.run();
            }
        } finally {
            running.set(false);
        }
        if (requested.get()) {
            // asked for between the loop's last look and running = false: nobody else would start that run
            request();
        }
    }
}
