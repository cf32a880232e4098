package id.gamestore.provisioning.server;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A server's live status, asked of the panel at most once per {@link ServerStatusConfig#cacheTtl()} per server: the
 * first request runs the {@link ServerLookup}, requests for the same server meanwhile wait for that one answer, and
 * later ones reuse it until it is older than the TTL. Every answer is cached, "not available" and "no such server"
 * too, so a customer repeating {@code !status} while the panel is down costs nothing more. A power action drops the
 * server's answer ({@link #invalidate}). Never throws for trouble at the panel: that is an answer with
 * {@code available: false}.
 */
@ApplicationScoped
public class ServerStatusService {
    private static final Logger LOG = Logger.getLogger(ServerStatusService.class);
    private static final int PRUNE_ABOVE = 1024;

    private final ServerLookup lookup;
    private final ServerStatusConfig config;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public ServerStatusService(ServerLookup lookup, ServerStatusConfig config) {
        this.lookup = lookup;
        this.config = config;
    }

    /** One panel answer, shared by everyone who asks while it is being fetched and for the TTL after. */
    private static final class Entry {
        final CompletableFuture<Optional<ServerStatus>> answer = new CompletableFuture<>();
        volatile long answeredAt;

        boolean usableAt(long now, long ttlNanos) {
            return !answer.isDone() || now - answeredAt < ttlNanos;
        }
    }

    /** @param identifier already normalised ({@link ServerIdentifiers}) */
    public Optional<ServerStatus> status(String identifier) {
        long now = System.nanoTime();
        long ttl = config.cacheTtl().toNanos();
        Entry fresh = new Entry();
        Entry entry = entries.compute(identifier, (k, old) -> old != null && old.usableAt(now, ttl) ? old : fresh);
        if (entry == fresh) {
            fetch(identifier, fresh);
            prune(now, ttl);
        }
        try {
            return entry.answer.get(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ServerStatus.unavailable(identifier, UnavailableReason.PANEL_UNREACHABLE));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.of(ServerStatus.unavailable(identifier, UnavailableReason.PANEL_UNREACHABLE));
        }
    }

    /** The next status request for this server asks the panel again. */
    public void invalidate(String identifier) {
        entries.remove(identifier);
    }

    /** Always completes the entry, so nobody waits on an answer that never comes. */
    private void fetch(String identifier, Entry entry) {
        Optional<ServerStatus> answer = Optional.of(ServerStatus.unavailable(identifier,
                UnavailableReason.PANEL_UNREACHABLE));
        try {
            answer = lookup.read(identifier);
        } catch (RuntimeException e) {
            LOG.warnf("live status of server %s failed: %s", identifier, e.getClass().getSimpleName());
        } finally {
            entry.answeredAt = System.nanoTime();
            entry.answer.complete(answer);
        }
    }

    /** Keeps the map small when many servers are asked about: drops answers past their TTL. */
    private void prune(long now, long ttl) {
        if (entries.size() > PRUNE_ABOVE) {
            entries.values().removeIf(e -> !e.usableAt(now, ttl));
        }
    }
}
