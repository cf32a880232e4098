package id.gamestore.provisioning.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The mapping file in the plan's snake_case and in the camelCase spelling, and what either refuses. */
class MappingFormatTest {
    /** The plan's example, copied as the plan writes it. */
    static final String PLAN_EXAMPLE = """
            {"packages": {"bronze": {"memory": 1024, "cpu": 100, "disk": 5120, "io": 500, "databases": 1,
              "allocations": 1, "backups": 2, "preferred_nodes": [1, 2], "egg_id": 1,
              "startup_command": "java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar server.jar"}}}""";

    private static Map<String, PackageMapping> parse(String json) throws Exception {
        return ResourceMapping.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePlansExampleLoadsAsWritten() throws Exception {
        PackageMapping bronze = parse(PLAN_EXAMPLE).get("bronze");
        assertThat(bronze.egg()).isEqualTo(1);
        assertThat(bronze.nest()).as("found from the egg at validation and create time").isZero();
        assertThat(bronze.preferredNodes()).containsExactly(1L, 2L);
        assertThat(bronze.startup()).isEqualTo("java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar server.jar");
        assertThat(bronze.memory()).isEqualTo(1024);
        assertThat(bronze.cpu()).isEqualTo(100);
        assertThat(bronze.disk()).isEqualTo(5120);
        assertThat(bronze.io()).isEqualTo(500);
        assertThat(bronze.databases()).isEqualTo(1);
        assertThat(bronze.allocations()).isEqualTo(1);
        assertThat(bronze.backups()).isEqualTo(2);
        assertThat(bronze.name()).as("name defaults to the package code").isEqualTo("bronze");
        assertThat(bronze.dockerImage()).as("the egg's image is used").isNull();
    }

    @Test
    void everyKeyHasASnakeCaseSpellingThatMeansTheSameAsTheCamelCaseOne() throws Exception {
        String snake = """
                {"packages": {"p": {"name": "P", "nest_id": 1, "egg_id": 3, "docker_image": "img", "startup_command": "s",
                  "memory": 1, "swap": 2, "cpu": 3, "disk": 4, "io": 5, "databases": 6, "allocations": 3, "backups": 8,
                  "preferred_nodes": [1], "locations": [2], "port_ranges": ["25565-25600"],
                  "environment": {"A": "b"}, "files": {"eula.txt": "eula=true"}, "ports": {"QUERY_PORT": 1, "RCON_PORT": 2},
                  "consecutive_ports": true, "auto_start": false, "description": "d"}}}""";
        String camel = """
                {"packages": {"p": {"name": "P", "nest": 1, "egg": 3, "dockerImage": "img", "startup": "s",
                  "memory": 1, "swap": 2, "cpu": 3, "disk": 4, "io": 5, "databases": 6, "allocations": 3, "backups": 8,
                  "preferredNodes": [1], "locations": [2], "portRanges": ["25565-25600"],
                  "environment": {"A": "b"}, "files": {"eula.txt": "eula=true"}, "ports": {"QUERY_PORT": 1, "RCON_PORT": 2},
                  "consecutivePorts": true, "autoStart": false, "description": "d"}}}""";
        PackageMapping fromSnake = parse(snake).get("p");
        assertThat(fromSnake).isEqualTo(parse(camel).get("p"));
        assertThat(fromSnake.ports()).containsEntry("QUERY_PORT", 1).containsEntry("RCON_PORT", 2);
        assertThat(fromSnake.autoStart()).isFalse();
        assertThat(fromSnake.consecutivePorts()).isTrue();
        assertThat(fromSnake.portRanges()).containsExactly("25565-25600");
        assertThat(fromSnake.dockerImage()).isEqualTo("img");
    }

    @Test
    void anUnknownKeyIsRefusedNamingThePackageAndTheKey() {
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("preferred_nodes", "preffered_nodes")))
                .hasMessageContaining("packages.bronze: unknown key \"preffered_nodes\"")
                .hasMessageContaining("did you mean \"preferred_nodes\"");
        assertThatThrownBy(() -> parse("""
                {"packages": {"mc": {"nest": 1, "egg": 3, "memory": 1, "cpu": 1, "disk": 1, "dockerImg": "x"}}}"""))
                .hasMessageContaining("packages.mc: unknown key \"dockerImg\"");
        assertThatThrownBy(() -> parse("{\"pakages\": {}, \"packages\": {\"a\": {}}}"))
                .hasMessageContaining("unknown top-level key \"pakages\"");
    }

    @Test
    void oneKeyWrittenBothWaysInAPackageIsRefused() {
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"egg_id\": 1,", "\"egg_id\": 1, \"egg\": 3,")))
                .hasMessageContaining("packages.bronze: \"egg_id\" and \"egg\" are the same key written two ways");
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"egg_id\": 1,", "\"egg_id\": 1, \"preferredNodes\": [3],")))
                .hasMessageContaining("\"preferred_nodes\" and \"preferredNodes\"");
    }

    @Test
    void aMissingOrMistypedValueIsNamed() {
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"egg_id\": 1,", "")))
                .hasMessageContaining("packages.bronze: missing key \"egg_id\" (or \"egg\")");
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"memory\": 1024", "\"memory\": \"lots\"")))
                .hasMessageContaining("packages.bronze.memory: must be a whole number");
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"egg_id\": 1,", "\"egg_id\": 1, \"auto_start\": \"ya\",")))
                .hasMessageContaining("packages.bronze.auto_start: must be true or false");
    }

    @Test
    void aPortMappedBeyondTheAllocationsIsRefused() throws Exception {
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"egg_id\": 1,", "\"egg_id\": 1, \"ports\": {\"QUERY_PORT\": 1},")))
                .hasMessageContaining("packages.bronze.ports.QUERY_PORT: 1 must name an additional allocation from 1 to 0");
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"allocations\": 1,", "\"allocations\": 2,")
                .replace("\"egg_id\": 1,", "\"egg_id\": 1, \"ports\": {\"QUERY_PORT\": 1, \"RCON_PORT\": 2},")))
                .hasMessageContaining("packages.bronze.ports.RCON_PORT: 2 must name an additional allocation from 1 to 1");
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"allocations\": 1,", "")
                .replace("\"egg_id\": 1,", "\"egg_id\": 1, \"ports\": {\"QUERY_PORT\": 1},")))
                .hasMessageContaining("packages.bronze.ports.QUERY_PORT: 1 must name an additional allocation from 1 to 0");
        assertThatThrownBy(() -> parse(PLAN_EXAMPLE.replace("\"allocations\": 1,", "\"allocations\": 3,")
                .replace("\"egg_id\": 1,", "\"egg_id\": 1, \"ports\": {\"QUERY_PORT\": 0},")))
                .hasMessageContaining("packages.bronze.ports.QUERY_PORT: 0 must name an additional allocation from 1 to 2");
        assertThat(parse(PLAN_EXAMPLE.replace("\"allocations\": 1,", "\"allocations\": 3,")
                .replace("\"egg_id\": 1,", "\"egg_id\": 1, \"ports\": {\"QUERY_PORT\": 1, \"RCON_PORT\": 2},")))
                .containsKey("bronze");
    }

    @Test
    void theBundledAndTestMappingsStillLoad() throws Exception {
        assertThat(ResourceMapping.parse(ResourceMapping.class.getResourceAsStream("/test-mapping.json")))
                .containsKeys("mc-basic", "mc-files", "bronze");
        assertThat(ResourceMapping.parse(ResourceMapping.class.getResourceAsStream(ResourceMapping.DEFAULT_RESOURCE))
                .get("csgo-basic").environment()).containsKeys(List.of("SRCDS_MAP").toArray(String[]::new));
    }
}
