package id.gamestore.support.concurrent;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * One background loop that works from the database: each turn runs {@link Turn#once()}; when it found nothing to
 * do, the loop sleeps for the idle time. An unexpected exception (the database away, say) pauses the loop for the
 * idle time, at least a second, and it goes on; only {@link #stop} ends it, interrupting a sleep or a turn. Runs on
 * an executor the caller gives (a Quarkus-managed one), one thread per loop.
 */
public final class PollingLoop {
    private static final Logger LOG = Logger.getLogger(PollingLoop.class);

    /** One turn of the loop. */
    @FunctionalInterface
    public interface Turn {
        /** @return true when it did something (the next turn follows at once), false when there was nothing to do */
        boolean once() throws InterruptedException;
    }

    private final String name;
    private final Supplier<Duration> idle;
    private final Turn turn;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean running;
    /** The executor thread running the loop while it runs; interrupted to stop it. */
    private volatile Thread thread;

    /**
     * @param name what the log calls it when it pauses, e.g. {@code "credential reset processor"}
     * @param idle the wait after a turn that found nothing to do (read each time, so configuration may change it)
     */
    public PollingLoop(String name, Supplier<Duration> idle, Turn turn) {
        this.name = name;
        this.idle = idle;
        this.turn = turn;
    }

    public void start(Executor executor) {
        running = true;
        executor.execute(this::work);
    }

    /** Stops the loop and waits up to {@code wait} for the turn in progress to end. */
    public void stop(Duration wait) throws InterruptedException {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean running() {
        return running;
    }

    private void work() {
        thread = Thread.currentThread();
        try {
            while (running && step()) {
                // next turn
            }
        } finally {
            thread = null;
            Thread.interrupted(); // the executor's thread goes back to its pool without this loop's interrupt
            finished.countDown();
        }
    }

    /** One turn, or one idle wait; @return false when the loop must stop. */
    private boolean step() {
        try {
            if (!turn.once()) {
                Thread.sleep(idle.get().toMillis());
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            if (!running) {
                return false;
            }
            LOG.warnf("%s paused: %s", name, e.getClass().getSimpleName());
            try {
                Thread.sleep(Math.max(1000, idle.get().toMillis()));
                return true;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
