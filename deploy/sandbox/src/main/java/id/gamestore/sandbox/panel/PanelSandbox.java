package id.gamestore.sandbox.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import id.gamestore.sandbox.faults.Faults;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.auth.KeyStore;
import id.gamestore.sandbox.panel.auth.RateLimiter;
import id.gamestore.sandbox.panel.catalog.LocationRoutes;
import id.gamestore.sandbox.panel.catalog.NestRoutes;
import id.gamestore.sandbox.panel.client.ClientRoutes;
import id.gamestore.sandbox.panel.client.ServerStates;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.install.InstallScheduler;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.Passwords;
import id.gamestore.sandbox.panel.nodes.NodeRoutes;
import id.gamestore.sandbox.panel.servers.ServerRoutes;
import id.gamestore.sandbox.panel.users.UserRoutes;
import id.gamestore.sandbox.panel.view.Views;
import id.gamestore.sandbox.support.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox Pterodactyl panel: Application API ({@code /api/application}), the Client API parts provisioning
 * uses ({@code /api/client}) and admin paths ({@code /__sandbox/}), served by the JDK HTTP server in-process.
 * Start with {@link #start(PanelSandboxConfig)}; inspect and fault it through the methods below.
 */
public final class PanelSandbox implements AutoCloseable {
    private final PanelSandboxConfig config;
    private final JsonNode seed;
    private final PanelState state = new PanelState();
    private final Faults faults = new Faults();
    private final KeyStore keys = new KeyStore();
    private final RequestLog log = new RequestLog();
    private final RateLimiter limiter;
    private final InstallScheduler installs;
    private final ClientRoutes clientRoutes;
    private final ExecutorService executor;
    private final HttpServer server;
    private volatile int rateLimit;

    private PanelSandbox(PanelSandboxConfig config) throws IOException {
        this.config = config;
        this.seed = SeedLoader.read(config.seedFile());
        this.limiter = new RateLimiter(config.rateLimitWindowMillis());
        this.installs = new InstallScheduler(state, config.installMillis());
        this.rateLimit = config.rateLimitPerMinute();
        PanelContext ctx = new PanelContext(state, new Views(state), faults, installs);
        Router router = new Router();
        new UserRoutes(ctx).register(router);
        new ServerRoutes(ctx).register(router);
        new NodeRoutes(ctx).register(router);
        new LocationRoutes(ctx).register(router);
        new NestRoutes(ctx).register(router);
        clientRoutes = new ClientRoutes(ctx);
        clientRoutes.register(router);
        loadSeed();
        executor = Executors.newCachedThreadPool(DaemonThreads.named("sandbox-panel-http"));
        InetSocketAddress address = config.bindAddress() == null
                ? new InetSocketAddress(config.port()) : new InetSocketAddress(config.bindAddress(), config.port());
        server = HttpServer.create(address, 256);
        server.setExecutor(executor);
        server.createContext("/__sandbox/", new PanelAdmin(this));
        server.createContext("/", new PanelHttpHandler(router, ctx, keys, limiter, log,
                () -> this.config.withRateLimit(rateLimit, limiter.windowMillis()), this::url));
        server.start();
    }

    public static PanelSandbox start(PanelSandboxConfig config) {
        try {
            return new PanelSandbox(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox panel on port " + config.port(), e);
        }
    }

    private void loadSeed() {
        SeedLoader.load(state, seed);
        keys.clear();
        keys.put(ApiKey.application(config.appKey(), 1, ApiKey.READ | ApiKey.WRITE));
        keys.put(ApiKey.application(config.limitedKey(), 1, ApiKey.READ));
        keys.put(ApiKey.client(config.clientKey(), 1));
        if (config.staffKey() != null && state.users.containsKey(2)) {
            keys.put(ApiKey.application(config.staffKey(), 2, ApiKey.READ | ApiKey.WRITE));
        }
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public PanelSandboxConfig config() {
        return config;
    }

    /** Back to the seed: users, servers, allocations, keys, faults, request log, rate-limit windows, install time. */
    public synchronized void reset() {
        faults.clear();
        synchronized (state) {
            loadSeed();
        }
        clientRoutes.reset();
        limiter.setWindowMillis(config.rateLimitWindowMillis());
        rateLimit = config.rateLimitPerMinute();
        installs.setInstallMillis(config.installMillis());
        log.clear();
    }

    public Faults faults() {
        return faults;
    }

    public RequestLog requestLog() {
        return log;
    }

    public List<RequestLog.Entry> requests() {
        return log.entries();
    }

    /** Counts per "METHOD path status". */
    public Map<String, Long> requestCounts() {
        return log.counts();
    }

    public long requestCount(String method, String path) {
        return log.count(method, path);
    }

    public void clearRequests() {
        log.clear();
    }

    public PanelInventory inventory() {
        return new PanelInventory(state);
    }

    public List<PanelUser> users() {
        return inventory().users();
    }

    public List<PanelServer> servers() {
        return inventory().servers();
    }

    public List<PanelAllocation> allocationsInUse() {
        return inventory().allocationsInUse();
    }

    public int userCount() {
        return inventory().userCount();
    }

    public int serverCount() {
        return inventory().serverCount();
    }

    /** True when the user (by username or e-mail, case-insensitive) exists and the password is theirs. */
    public boolean checkPassword(String usernameOrEmail, String password) {
        return state.userByLogin(usernameOrEmail).map(u -> Passwords.matches(password, u.passwordHash)).orElse(false);
    }

    public long installMillis() {
        return installs.installMillis();
    }

    public void setInstallMillis(long millis) {
        installs.setInstallMillis(millis);
    }

    /** Finishes a server's install now (success: status null; failure: install_failed). False if not installing. */
    public boolean completeInstall(int serverId, boolean success) {
        return installs.completeNow(serverId, success);
    }

    /** Accepts one more key (e.g. a write-only or other-owner key for tests). Cleared by {@link #reset()}. */
    public void addApiKey(ApiKey key) {
        keys.put(key);
    }

    /** Changes the application rate limit and window (e.g. 5 per 2 s in tests); reset restores the config. */
    public void setRateLimit(int perWindow, long windowMillis) {
        rateLimit = perWindow;
        limiter.setWindowMillis(windowMillis);
    }

    public int rateLimit() {
        return rateLimit;
    }

    /**
     * Puts a server (numeric id, identifier or uuid) into a state a customer can see: {@code running},
     * {@code starting}, {@code stopping}, {@code offline} (installed, not suspended), {@code suspended} or
     * {@code installing}. Returns the server's identifier, empty when there is no such server.
     */
    public Optional<String> setServerState(String server, String target) {
        return ServerStates.set(state, server, target);
    }

    /** Files written through the client API for a server identifier, by path. */
    public Map<String, String> writtenFiles(String identifier) {
        return clientRoutes.files(identifier);
    }

    @Override
    public void close() {
        server.stop(0);
        installs.close();
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
