package id.gamestore.sandbox.panel.install;

import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.model.Server;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Simulates Wings reporting install completion: after the configured delay a server that is still
 * {@code installing} becomes {@code null} (success) or {@code install_failed}/{@code reinstall_failed}. A server
 * suspended meanwhile stays suspended. Generations are global, so a newer install (reinstall, or a server with the
 * same id after a reset) makes older completions stale.
 */
public final class InstallScheduler implements AutoCloseable {
    private final PanelState state;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-panel-install");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicInteger generations = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long installMillis;

    public InstallScheduler(PanelState state, long installMillis) {
        this.state = state;
        this.installMillis = installMillis;
    }

    public long installMillis() {
        return installMillis;
    }

    public void setInstallMillis(long millis) {
        this.installMillis = Math.max(0, millis);
    }

    /** Starts an install of {@code server} (call with the state lock held); returns its generation. */
    public int begin(Server server, boolean fail, boolean reinstall) {
        server.status = "installing";
        server.reinstalling = reinstall;
        int generation = generations.incrementAndGet();
        server.installGeneration = generation;
        int id = server.id;
        timer.schedule(() -> finish(id, generation, !fail, reinstall), installMillis, TimeUnit.MILLISECONDS);
        return generation;
    }

    /** Completes the current install of a server now (test hook); false when it is not installing. */
    public boolean completeNow(int serverId, boolean success) {
        synchronized (state) {
            Server s = state.servers.get(serverId);
            if (s == null || !"installing".equals(s.status)) {
                return false;
            }
            apply(s, success, s.reinstalling);
            s.installGeneration = generations.incrementAndGet();
            return true;
        }
    }

    private void finish(int serverId, int generation, boolean success, boolean reinstall) {
        synchronized (state) {
            Server s = state.servers.get(serverId);
            if (s == null || s.installGeneration != generation) {
                return;
            }
            if ("installing".equals(s.status)) {
                apply(s, success, reinstall);
            }
        }
    }

    private static void apply(Server s, boolean success, boolean reinstall) {
        if (success) {
            s.status = null;
            s.installedAt = PanelTime.now();
            if (s.startOnCompletion) {
                s.powerState = "running";
            }
        } else {
            s.status = reinstall ? "reinstall_failed" : "install_failed";
        }
        s.updatedAt = PanelTime.now();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
