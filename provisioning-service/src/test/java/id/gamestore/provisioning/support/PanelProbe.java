package id.gamestore.provisioning.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.panel.PanelSandbox;
import id.gamestore.sandbox.panel.PanelServer;
import id.gamestore.sandbox.panel.RequestLog;
import id.gamestore.sandbox.testing.SandboxTestResource;

/** What the scenarios ask the sandbox panel: inventory, faults, and its request log. */
public final class PanelProbe {
    static final long INSTALL_MILLIS = 400;

    private final PanelSandbox panel;

    private PanelProbe(PanelSandbox panel) {
        this.panel = panel;
    }

    public static PanelProbe current() {
        return new PanelProbe(SandboxTestResource.current().panel());
    }

    public static PanelProbe of(PanelSandbox panel) {
        return new PanelProbe(panel);
    }

    /** Users, servers and assigned allocations on the panel. */
    public record Inventory(int users, int servers, int allocationsInUse) {
    }

    /** A server's limits and variables as the panel stored them. */
    public record ServerView(long id, long userId, long eggId, long memory, long cpu, long disk, boolean installed,
            Map<String, String> environment) {
    }

    public void reset() {
        panel.reset();
    }

    public Inventory inventory() {
        var inv = panel.inventory();
        return new Inventory(inv.userCount(), inv.serverCount(), inv.allocationsInUse().size());
    }

    public Optional<ServerView> serverByExternalId(String externalId) {
        return panel.inventory().serverByExternalId(externalId).map(s -> new ServerView(s.id(), s.userId(), s.eggId(),
                s.memory(), s.cpu(), s.disk(), s.status() == null, s.variables()));
    }

    public int serversWithExternalId(String externalId) {
        return (int) panel.inventory().servers().stream().filter(s -> externalId.equals(s.externalId())).count();
    }

    public String userExternalId(long userId) {
        return panel.inventory().user((int) userId).map(u -> u.externalId()).orElse(null);
    }

    /** Panel users carrying {@code externalId}: exactly one per customer of ours. */
    public int usersWithExternalId(String externalId) {
        return (int) panel.inventory().users().stream().filter(u -> externalId.equals(u.externalId())).count();
    }

    /** The panel user carrying {@code externalId}: id, username, email. */
    public Optional<id.gamestore.sandbox.panel.PanelUser> userByExternalId(String externalId) {
        return panel.inventory().userByExternalId(externalId);
    }

    public boolean checkPassword(String username, String password) {
        return panel.checkPassword(username, password);
    }

    /** The server's allocations (primary and additional) as the panel assigned them; empty when no such server. */
    public List<id.gamestore.sandbox.panel.PanelAllocation> allocationsOf(String externalId) {
        var inv = panel.inventory();
        return inv.serverByExternalId(externalId).map(s -> inv.allocations().stream()
                .filter(a -> s.allocationIds().contains(a.id())).toList()).orElse(List.of());
    }

    /** The primary allocation id of the server with that external id. */
    public int primaryAllocationOf(String externalId) {
        return panel.inventory().serverByExternalId(externalId).orElseThrow().allocationId();
    }

    public int distinctAllocationsOfServers() {
        return (int) panel.inventory().servers().stream().map(PanelServer::allocationId).distinct().count();
    }

    public void fault(Fault fault) {
        panel.faults().add(fault);
    }

    public void clearFaults() {
        panel.faults().clear();
    }

    public void failNextInstalls(int count) {
        panel.faults().failNextInstalls(count);
    }

    public void installTakes(Duration duration) {
        panel.setInstallMillis(duration.toMillis());
    }

    public void resetAfterServerCreate(int times) {
        panel.faults().add(Fault.resetAfterResponse().on("POST", "/api/application/servers").times(times));
    }

    public void slowServerCreate(Duration delay) {
        panel.faults().add(Fault.latency(delay).on("POST", "/api/application/servers").times(1));
    }

    /** Requests since {@code since}; {@code withInstallPolls} false leaves out {@code GET .../servers/{id}}. */
    public long requestsSince(Instant since, boolean withInstallPolls) {
        return entriesSince(since).stream().filter(e -> withInstallPolls || !isInstallPoll(e)).count();
    }

    /** Requests with this method whose path matches {@code pathRegex}, since {@code since}. */
    public long requestsSince(Instant since, String method, String pathRegex) {
        return entriesSince(since).stream().filter(e -> e.method().equals(method) && e.path().matches(pathRegex))
                .count();
    }

    public long applicationRequestsSince(Instant since) {
        return entriesSince(since).stream().filter(e -> e.path().startsWith("/api/application/")).count();
    }

    public long throttledSince(Instant since) {
        return entriesSince(since).stream().filter(e -> e.status() == 429).count();
    }

    /** The most application-API requests seen in any window of {@code window} since {@code since}. */
    public int maxApplicationRequestsInWindow(Duration window, Instant since) {
        List<Instant> times = new ArrayList<>();
        entriesSince(since).stream().filter(e -> e.path().startsWith("/api/application/")).forEach(e -> times.add(e.at()));
        times.sort(null);
        int max = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (times.get(first).plus(window).isBefore(times.get(last)) || times.get(first).plus(window).equals(times.get(last))) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }

    public List<RequestLog.Entry> entriesSince(Instant since) {
        return panel.requests().stream().filter(e -> !e.at().isBefore(since)).toList();
    }

    private static boolean isInstallPoll(RequestLog.Entry e) {
        return e.method().equals("GET") && e.path().matches("/api/application/servers/\\d+");
    }
}
