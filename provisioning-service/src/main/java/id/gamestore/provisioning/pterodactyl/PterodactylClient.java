package id.gamestore.provisioning.pterodactyl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Typed Pterodactyl calls. Exact lookups use the {@code /external/} endpoints, list filters (substring matches) are
 * compared exactly on our side, and page URLs are built here rather than followed from {@code links}.
 */
@ApplicationScoped
public class PterodactylClient {
    private static final int PAGE_SIZE = 100;

    private final PanelHttp http;
    private final PanelConfig config;

    public PterodactylClient(PanelHttp http, PanelConfig config) {
        this.http = http;
        this.config = config;
    }

    public Optional<PanelUser> userByExternalId(String externalId) {
        return optional(() -> PanelUser.from(http.application("GET", "users/external/" + encode(externalId))));
    }

    /** The user with their servers counted, or empty when the user is gone. */
    public Optional<PanelUser> userWithServers(long id) {
        return optional(() -> PanelUser.from(http.application("GET", "users/" + id + "?include=servers")));
    }

    /** The user as the panel has it now, or empty when the user is gone. */
    public Optional<PanelUser> user(long id) {
        return optional(() -> PanelUser.from(http.application("GET", "users/" + id)));
    }

    /** Replaces the user's details (and password) with {@code update}; a 404 is thrown, not hidden. */
    public PanelUser updateUser(long id, UserUpdate update) {
        return PanelUser.from(http.application("PATCH", "users/" + id, update.body(), config.readTimeout()));
    }

    public PanelUser createUser(NewUser user) {
        return PanelUser.from(http.application("POST", "users", user.body(), config.readTimeout()));
    }

    /** Deletes the user; a user already gone counts as deleted. */
    public void deleteUser(long id) {
        ignoreNotFound(() -> http.application("DELETE", "users/" + id));
    }

    public List<PanelNode> nodesWithAllocations() {
        return allPages("nodes?include=allocations", PanelNode::from);
    }

    /** Every item of a paginated application list, page by page ({@code meta.pagination.total_pages}). */
    private <T> List<T> allPages(String path, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        int page = 1;
        int pages;
        do {
            JsonNode list = http.application("GET", path + separator + "per_page=" + PAGE_SIZE + "&page=" + page);
            for (JsonNode each : list.path("data")) {
                items.add(item.apply(each));
            }
            pages = list.path("meta").path("pagination").path("total_pages").asInt(1);
            page++;
        } while (page <= pages);
        return items;
    }

    public List<Long> locationIds() {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : http.application("GET", "locations?per_page=" + PAGE_SIZE).path("data")) {
            ids.add(item.path("attributes").path("id").asLong());
        }
        return ids;
    }

    public Optional<PanelEgg> egg(long nestId, long eggId) {
        return optional(() -> PanelEgg.from(http.application("GET", "nests/" + nestId + "/eggs/" + eggId
                + "?include=variables")));
    }

    /** Every nest's id (the panel has no egg lookup by id alone: an egg is found through its nest). */
    public List<Long> nestIds() {
        return allPages("nests", n -> n.path("attributes").path("id").asLong());
    }

    /** The nest's eggs with their variables (empty when the nest is gone). */
    public List<PanelEgg> eggs(long nestId) {
        return optional(() -> {
            List<PanelEgg> eggs = new ArrayList<>();
            for (JsonNode item : http.application("GET", "nests/" + nestId + "/eggs?include=variables").path("data")) {
                eggs.add(PanelEgg.from(item));
            }
            return eggs;
        }).orElse(List.of());
    }

    /** The server's egg variables as the panel stored them ({@code container.environment}). */
    public Map<String, String> serverEnvironment(long id) {
        JsonNode env = http.application("GET", "servers/" + id).path("attributes").path("container")
                .path("environment");
        Map<String, String> values = new java.util.TreeMap<>();
        env.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        return values;
    }

    /** The server with its allocations included (primary and additional), or empty when there is none. */
    public Optional<PanelServer> serverByExternalId(String externalId) {
        return optional(() -> PanelServer.from(http.application("GET", "servers/external/" + encode(externalId)
                + "?include=allocations")));
    }

    /**
     * The servers with these identifiers ({@code uuidShort}), in one request for up to 100: the panel ORs the
     * comma-separated parts of a filter and matches each as a substring, so the answer is compared exactly here.
     */
    public List<PanelServer> serversByIdentifiers(java.util.Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        if (identifiers.size() > PAGE_SIZE) {
            throw new IllegalArgumentException("at most " + PAGE_SIZE + " identifiers per request");
        }
        JsonNode list = http.application("GET", "servers?filter%5BuuidShort%5D="
                + encode(String.join(",", identifiers)) + "&per_page=" + PAGE_SIZE);
        List<PanelServer> servers = new ArrayList<>();
        for (JsonNode item : list.path("data")) {
            PanelServer server = PanelServer.from(item);
            if (identifiers.contains(server.identifier())) {
                servers.add(server);
            }
        }
        return servers;
    }

    public Optional<PanelServer> server(long id) {
        return optional(() -> PanelServer.from(http.application("GET", "servers/" + id)));
    }

    public PanelServer createServer(NewServer server) {
        return PanelServer.from(http.application("POST", "servers", server.body(), config.createTimeout()));
    }

    /** Force delete: the row goes even when the node daemon is unreachable. A server already gone counts. */
    public void forceDeleteServer(long id) {
        ignoreNotFound(() -> http.application("DELETE", "servers/" + id + "/force"));
    }

    /** Deletes the server through Wings (nothing is deleted when Wings fails); a server already gone counts. */
    public void deleteServer(long id) {
        ignoreNotFound(() -> http.application("DELETE", "servers/" + id));
    }

    /** {@code POST servers/{id}/suspend} or {@code .../unsuspend}: 204, also when it already is; 404 is thrown. */
    public void suspension(long id, boolean suspend) {
        http.application("POST", "servers/" + id + (suspend ? "/suspend" : "/unsuspend"));
    }

    /** The server's limits, node and primary allocation, or empty when the server is gone. */
    public Optional<ServerBuild> serverBuild(long id) {
        return optional(() -> ServerBuild.from(http.application("GET", "servers/" + id)));
    }

    /** {@code PATCH servers/{id}/build} to {@code build}; @return the build the panel answers with */
    public ServerBuild updateBuild(ServerBuild build) {
        return ServerBuild.from(http.application("PATCH", "servers/" + build.id() + "/build", build.body(),
                config.readTimeout()));
    }

    /** Client API: sends the start signal. */
    public void start(String identifier) {
        http.client("POST", "servers/" + identifier + "/power", Map.of("signal", "start"));
    }

    /**
     * Client API: the server view, answered in every state (installing, suspended). A 404 is thrown (unknown server),
     * as is everything else; no retry, the caller is waiting.
     */
    public ClientServer clientServer(String identifier, java.time.Duration timeout) {
        return ClientServer.from(http.clientWithin("GET", "servers/" + encode(identifier), null, timeout));
    }

    /**
     * Client API: live usage from Wings. The panel answers it for a suspended server too, and 409
     * {@code ServerStateConflictException} while the server is installing, restoring a backup or being transferred.
     */
    public ServerResources resources(String identifier, java.time.Duration timeout) {
        return ServerResources.from(http.clientWithin("GET", "servers/" + encode(identifier) + "/resources", null,
                timeout));
    }

    /** Client API: a power signal ({@code start}, {@code stop}, {@code restart}); 409 while suspended or installing. */
    public void power(String identifier, String signal, java.time.Duration timeout) {
        http.clientWithin("POST", "servers/" + encode(identifier) + "/power", Map.of("signal", signal), timeout);
    }

    /** Client API: writes a file into the server's volume. */
    public void writeFile(String identifier, String path, String content) {
        http.client("POST", "servers/" + identifier + "/files/write?file=" + encode(path), content);
    }

    /** Client API: the key owner's account, the cheapest proof that the client key works. */
    public void clientAccount() {
        http.client("GET", "account", null);
    }

    /** The cheapest authenticated call: proves the panel answers and the key works. */
    public void ping() {
        http.application("GET", "locations?per_page=1");
    }

    private static <T> Optional<T> optional(java.util.function.Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (PanelException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void ignoreNotFound(Runnable call) {
        try {
            call.run();
        } catch (PanelException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
