package id.gamestore.sandbox.panel;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.Egg;
import id.gamestore.sandbox.panel.model.EggVariable;
import id.gamestore.sandbox.panel.model.Location;
import id.gamestore.sandbox.panel.model.Nest;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.model.Passwords;
import id.gamestore.sandbox.panel.model.User;
import id.gamestore.sandbox.support.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Loads seed JSON (users, locations, nodes with allocation ranges, nests, eggs) into a {@link PanelState}. */
public final class SeedLoader {
    public static final String DEFAULT_SEED = "/seed/default-seed.json";

    private SeedLoader() {
    }

    public static JsonNode read(Path seedFile) {
        try (InputStream in = seedFile == null
                ? SeedLoader.class.getResourceAsStream(DEFAULT_SEED) : Files.newInputStream(seedFile)) {
            if (in == null) {
                throw new IllegalStateException("seed resource missing: " + DEFAULT_SEED);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + seedFile, e);
        }
    }

    public static void load(PanelState state, JsonNode seed) {
        synchronized (state) {
            state.clear();
            OffsetDateTime now = PanelTime.now();
            seed.path("users").forEach(n -> {
                User u = new User();
                u.id = n.path("id").asInt();
                u.uuid = UUID.randomUUID().toString();
                u.externalId = n.path("external_id").isTextual() ? n.get("external_id").asText() : null;
                u.username = n.path("username").asText();
                u.email = n.path("email").asText();
                u.firstName = n.path("first_name").asText();
                u.lastName = n.path("last_name").asText();
                u.rootAdmin = n.path("root_admin").asBoolean(false);
                u.passwordHash = Passwords.hash(n.path("password").asText(Passwords.random(24)));
                u.createdAt = now;
                u.updatedAt = now;
                state.users.put(u.id, u);
            });
            seed.path("locations").forEach(n -> {
                Location l = new Location();
                l.id = n.path("id").asInt();
                l.shortCode = n.path("short").asText();
                l.longName = n.path("long").isTextual() ? n.get("long").asText() : null;
                l.createdAt = now;
                l.updatedAt = now;
                state.locations.put(l.id, l);
            });
            seed.path("nodes").forEach(n -> loadNode(state, n, now));
            seed.path("nests").forEach(n -> {
                Nest nest = new Nest();
                nest.id = n.path("id").asInt();
                nest.uuid = UUID.randomUUID().toString();
                nest.name = n.path("name").asText();
                nest.author = n.path("author").asText();
                nest.description = n.path("description").asText(null);
                nest.createdAt = now;
                nest.updatedAt = now;
                state.nests.put(nest.id, nest);
            });
            int[] variableId = {1};
            seed.path("eggs").forEach(n -> loadEgg(state, n, now, variableId));
        }
    }

    private static void loadNode(PanelState state, JsonNode n, OffsetDateTime now) {
        Node node = new Node();
        node.id = n.path("id").asInt();
        node.uuid = UUID.randomUUID().toString();
        node.name = n.path("name").asText();
        node.description = n.path("description").asText(null);
        node.locationId = n.path("location_id").asInt();
        node.fqdn = n.path("fqdn").asText();
        node.isPublic = n.path("public").asBoolean(true);
        node.memory = n.path("memory").asLong();
        node.memoryOverallocate = n.path("memory_overallocate").asLong(0);
        node.disk = n.path("disk").asLong();
        node.diskOverallocate = n.path("disk_overallocate").asLong(0);
        node.daemonTokenId = Passwords.random(16);
        node.createdAt = now;
        node.updatedAt = now;
        state.nodes.put(node.id, node);
        n.path("allocations").forEach(range -> {
            String[] bounds = range.path("ports").asText().split("-");
            int from = Integer.parseInt(bounds[0].trim());
            int to = bounds.length > 1 ? Integer.parseInt(bounds[1].trim()) : from;
            for (int port = from; port <= to; port++) {
                Allocation a = new Allocation();
                a.id = state.nextAllocationId();
                a.nodeId = node.id;
                a.ip = range.path("ip").asText();
                a.alias = range.path("alias").isTextual() ? range.get("alias").asText() : null;
                a.port = port;
                state.allocations.put(a.id, a);
            }
        });
    }

    private static void loadEgg(PanelState state, JsonNode n, OffsetDateTime now, int[] variableId) {
        Egg egg = new Egg();
        egg.id = n.path("id").asInt();
        egg.uuid = UUID.randomUUID().toString();
        egg.nestId = n.path("nest").asInt();
        egg.name = n.path("name").asText();
        egg.author = n.path("author").asText();
        egg.description = n.path("description").asText(null);
        n.path("docker_images").fields().forEachRemaining(e -> egg.dockerImages.put(e.getKey(), e.getValue().asText()));
        egg.startup = n.path("startup").asText();
        egg.createdAt = now;
        egg.updatedAt = now;
        n.path("variables").forEach(v -> {
            EggVariable var = new EggVariable();
            var.id = variableId[0]++;
            var.eggId = egg.id;
            var.name = v.path("name").asText();
            var.description = v.path("description").asText("");
            var.envVariable = v.path("env_variable").asText();
            var.defaultValue = v.path("default_value").asText("");
            var.userViewable = v.path("user_viewable").asBoolean(true);
            var.userEditable = v.path("user_editable").asBoolean(true);
            var.rules = v.path("rules").asText("nullable|string");
            var.createdAt = now;
            var.updatedAt = now;
            egg.variables.add(var);
        });
        state.eggs.put(egg.id, egg);
    }
}
