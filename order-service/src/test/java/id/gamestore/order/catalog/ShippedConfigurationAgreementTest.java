package id.gamestore.order.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shipped configuration agrees with itself: every package the bundled catalog sells is in the resource mapping
 * provisioning-service ships, so no customer can order and pay for a package that fails with CONFIGURATION_ERROR
 * after the confirm. (At run time the confirm asks provisioning-service; this catches the drift before a release.)
 */
class ShippedConfigurationAgreementTest {

    @Test
    void everyPackageTheCatalogSellsIsInProvisioningsShippedResourceMapping() throws Exception {
        Map<String, GamePackage> catalog;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("packages.yaml")) {
            catalog = CatalogParser.parse(in, "packages.yaml");
        }
        Path mappingFile = Path.of("..", "provisioning-service", "src", "main", "resources", "resource-mapping.json");
        JsonNode mapping = new ObjectMapper().readTree(Files.readString(mappingFile)).path("packages");

        assertThat(catalog.keySet()).allSatisfy(code -> assertThat(mapping.has(code))
                .as("catalog package %s is in provisioning-service's resource-mapping.json", code).isTrue());
    }
}
