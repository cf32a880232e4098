package id.gamestore.support.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * Holds a message while this service's database is unreachable: calls the handler again after a pause that doubles up
 * to a cap, for as long as the failure is {@link DatabaseFailures#isUnreachable unreachability}, so an outage of any
 * length neither nacks the message nor burns the queue's delivery limit. Logs once when the first message starts
 * waiting and once when the last waiting one got through, not once per try. Any other failure ends the hold and is
 * thrown to the caller.
 */
public final class DatabaseHold {
    private static final Logger LOG = Logger.getLogger(DatabaseHold.class);

    private final AtomicInteger holding = new AtomicInteger();
    private volatile long since;

    /**
     * @param first the unreachable-database failure of the call that was already made
     * @throws InterruptedException the service is stopping; the message was not applied
     */
    public <T> T retry(Supplier<T> call, RuntimeException first, Duration pause, Duration maxPause)
            throws InterruptedException {
        if (holding.getAndIncrement() == 0) {
            since = System.nanoTime();
            LOG.warnf("database unreachable (%s): holding messages and retrying in place until it answers",
                    rootMessage(first));
        }
        boolean applied = false;
        try {
            Duration next = pause;
            while (true) {
                Thread.sleep(Math.max(1, next.toMillis()));
                try {
                    T result = call.get();
                    applied = true;
                    return result;
                } catch (RuntimeException e) {
                    if (!DatabaseFailures.isUnreachable(e)) {
                        throw e;
                    }
                }
                Duration doubled = next.multipliedBy(2);
                next = doubled.compareTo(maxPause) > 0 ? maxPause : doubled;
            }
        } finally {
            if (holding.decrementAndGet() == 0) {
                LOG.infof("database %s after %d ms of holding", applied ? "answers again" : "hold ended",
                        Duration.ofNanos(System.nanoTime() - since).toMillis());
            }
        }
    }

    /** Messages waiting for the database now. */
    public int holding() {
        return holding.get();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
