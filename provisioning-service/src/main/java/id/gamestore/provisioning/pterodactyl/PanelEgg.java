package id.gamestore.provisioning.pterodactyl;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** An egg with the variables a server of it must be given. */
public record PanelEgg(long id, long nestId, String name, String dockerImage, String startup,
        List<EggVariable> variables) {

    /** One egg variable; required when its rules contain {@code required}. */
    public record EggVariable(String name, String envVariable, String defaultValue, String rules) {
        public boolean required() {
            for (String rule : rules == null ? new String[0] : rules.split("\\|")) {
                if (rule.trim().equals("required")) {
                    return true;
                }
            }
            return false;
        }
    }

    static PanelEgg from(JsonNode item) {
        JsonNode a = item.path("attributes");
        List<EggVariable> variables = new ArrayList<>();
        for (JsonNode v : a.path("relationships").path("variables").path("data")) {
            JsonNode va = v.path("attributes");
            variables.add(new EggVariable(va.path("name").asText(), va.path("env_variable").asText(),
                    va.hasNonNull("default_value") ? va.get("default_value").asText() : "", va.path("rules").asText("")));
        }
        String image = a.path("docker_image").asText("");
        if (image.isBlank() && a.path("docker_images").isObject() && a.path("docker_images").size() > 0) {
            image = a.path("docker_images").elements().next().asText();
        }
        return new PanelEgg(a.path("id").asLong(), a.path("nest").asLong(), a.path("name").asText(), image,
                a.path("startup").asText(""), List.copyOf(variables));
    }
}
