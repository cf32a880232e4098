package id.gamestore.sandbox.panel.servers;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.Server;
import java.util.Objects;
import java.util.regex.Pattern;

/** Request rules for server create (section 5.3) and the shared limit rules of the build update. */
final class ServerRules {
    static final Pattern IMAGE = Pattern.compile("^[\\w#./\\- ]*\\|?~?[\\w./\\-:@ ]*$");
    static final Pattern THREADS = Pattern.compile("^[0-9-,]+$");

    private ServerRules() {
    }

    static Validator create(JsonNode body, PanelState state) {
        Validator v = new Validator(body);
        externalId(v, state, null);
        v.field("name").required().string().lengthBetween(1, 191);
        v.field("description").nullable().string();
        v.field("user").required().integer().exists(n -> state.users.containsKey(n.asInt()));
        v.field("egg").required().exists(n -> Validator.isInteger(n) && state.eggs.containsKey(n.asInt()));
        v.field("docker_image").required().string().maxLength(191).regex(IMAGE);
        v.field("startup").required().string();
        v.field("environment").present().array();
        v.field("skip_scripts").bool();
        v.field("oom_disabled").bool();
        v.field("limits").required().array();
        limits(v, "limits.");
        v.field("feature_limits").required().array();
        featureLimits(v, "feature_limits.databases", "feature_limits.allocations", "feature_limits.backups");
        JsonNode deployNode = body.get("deploy");
        boolean deploy = truthy(deployNode);
        // withValidator(): only when !$input->deploy, allocation.default is required|integer|bail|exists(unassigned)
        // and every allocation.additional.* is integer|exists(unassigned), no bail (StoreServerRequest); with a
        // deploy object both keep their empty placeholder rules.
        if (!deploy) {
            v.field("allocation.default").required().bail().integer().exists(n -> free(state, n));
            JsonNode additional = body.path("allocation").path("additional");
            if (additional.isArray()) {
                for (int i = 0; i < additional.size(); i++) {
                    v.field("allocation.additional." + i).integer().exists(n -> free(state, n));
                }
            }
        }
        if (deploy) {
            deploy(v, deployNode);
        } else if (deployNode != null && !deployNode.isNull()) {
            v.field("deploy").required().array();
        }
        v.field("start_on_completion").bool();
        return v;
    }

    /** PHP truthiness of {@code $input->deploy}: absent, null, false, 0, "", "0" and empty arrays are false. */
    private static boolean truthy(JsonNode n) {
        if (n == null || n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNumber()) {
            return n.asDouble() != 0;
        }
        if (n.isTextual()) {
            return !n.asText().isEmpty() && !"0".equals(n.asText());
        }
        return !n.isEmpty();
    }

    private static void deploy(Validator v, JsonNode deploy) {
        v.field("deploy").required().array();
        v.field("deploy.locations").present().array();
        JsonNode locations = deploy.path("locations");
        if (locations.isArray()) {
            for (int i = 0; i < locations.size(); i++) {
                v.field("deploy.locations." + i).integer().min(1);
            }
        }
        if (!deploy.has("dedicated_ip") || deploy.get("dedicated_ip").isNull()) {
            v.add("deploy.dedicated_ip", "required_with",
                    "The deploy.dedicated ip field is required when deploy is present.");
        }
        v.field("deploy.port_range").present().array();
        JsonNode ports = deploy.path("port_range");
        if (ports.isArray()) {
            for (int i = 0; i < ports.size(); i++) {
                v.field("deploy.port_range." + i).string();
            }
        }
    }

    static void externalId(Validator v, PanelState state, Server self) {
        v.field("external_id").nullable().string().lengthBetween(1, 191)
                .unique(ext -> state.servers.values().stream()
                        .anyMatch(s -> s != self && ext.equals(Objects.toString(s.externalId, null))));
    }

    static void limits(Validator v, String prefix) {
        v.field(prefix + "memory").required().numeric().min(0);
        v.field(prefix + "swap").required().numeric().min(-1);
        v.field(prefix + "disk").required().numeric().min(0);
        v.field(prefix + "io").required().numeric().between(10, 1000);
        v.field(prefix + "threads").nullable().regex(THREADS);
        v.field(prefix + "cpu").required().numeric().min(0);
    }

    static void featureLimits(Validator v, String databases, String allocations, String backups) {
        v.field(databases).present().nullable().integer().min(0);
        v.field(allocations).nullable().integer().min(0);
        v.field(backups).present().nullable().integer().min(0);
    }

    private static boolean free(PanelState state, JsonNode n) {
        if (!Validator.isInteger(n)) {
            return false;
        }
        Allocation a = state.allocations.get(n.asInt());
        return a != null && !a.assigned();
    }
}
