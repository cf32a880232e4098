package id.gamestore.order.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CatalogParserTest {

    @Test
    void theBundledCatalogHasTheAgreedPackages() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("packages.yaml")) {
            Map<String, GamePackage> packages = CatalogParser.parse(in, "packages.yaml");
            assertThat(packages).containsOnlyKeys("mc-basic", "mc-pro");
            assertThat(packages.get("mc-basic").resources()).extracting(Resources::memory, Resources::cpu,
                    Resources::disk).containsExactly(2048, 100, 10240);
            assertThat(packages.get("mc-pro").resources()).extracting(Resources::memory, Resources::cpu,
                    Resources::disk).containsExactly(4096, 200, 20480);
            assertThat(packages.get("mc-basic").durations()).containsExactly(1, 3, 6, 12);
        }
    }

    @Test
    void everyProblemIsReportedWithPackageAndField() {
        String yaml = """
                packages:
                  - code: mc-basic
                    name: Minecraft
                    game: minecraft
                    pricePerMonth: -5
                    durations: [1, 3]
                    resources: {memory: 2048, cpu: 100, disk: 10240, io: 500, swap: 0, databases: 1,
                                allocations: 1}
                  - code: rust-basic
                    game: rust
                    pricePerMonth: 10000
                    durations: []
                    resources: {memory: abc, cpu: 100, disk: 10240, io: 500, swap: 0, databases: 1,
                                allocations: 1, backups: 1}
                """;
        assertThatThrownBy(() -> parse(yaml))
                .hasMessageContaining("package 'mc-basic': field 'pricePerMonth'")
                .hasMessageContaining("package 'mc-basic' resources: field 'backups' is required")
                .hasMessageContaining("package 'rust-basic': field 'name' is required")
                .hasMessageContaining("package 'rust-basic': field 'durations'")
                .hasMessageContaining("package 'rust-basic' resources: field 'memory'");
    }

    @Test
    void aTrialPackageCountsItsTermAndMayBeFreeWhileANormalOneMayNot() {
        String resources = "resources: {memory: 1024, cpu: 100, disk: 5120, io: 500, swap: 0, databases: 0, "
                + "allocations: 1, backups: 0}";
        Map<String, GamePackage> ok = parse("packages:\n  - {code: mc-trial, name: Trial, game: minecraft, "
                + "pricePerMonth: 0, durations: [1], trialDuration: PT2H, " + resources + "}\n");
        assertThat(ok.get("mc-trial").trialDuration()).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(ok.get("mc-trial").isTrial()).isTrue();
        assertThatThrownBy(() -> parse("packages:\n  - {code: mc-trial, name: Trial, game: minecraft, "
                + "pricePerMonth: 0, durations: [1], trialDuration: two hours, " + resources + "}\n"))
                .hasMessageContaining("package 'mc-trial': field 'trialDuration' must be an ISO-8601 duration");
        assertThatThrownBy(() -> parse("packages:\n  - {code: mc-free, name: Free, game: minecraft, "
                + "pricePerMonth: 0, durations: [1], " + resources + "}\n"))
                .hasMessageContaining("package 'mc-free': field 'pricePerMonth'");
    }

    @Test
    void duplicateCodesAndEmptyFilesAreRefused() {
        assertThatThrownBy(() -> parse("packages: []")).hasMessageContaining("non-empty list");
        assertThatThrownBy(() -> parse("packages: [ {code: : }")).hasMessageContaining("not readable YAML");
    }

    private static Map<String, GamePackage> parse(String yaml) {
        return CatalogParser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
