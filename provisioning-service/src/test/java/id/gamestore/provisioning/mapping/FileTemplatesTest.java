package id.gamestore.provisioning.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.qute.TemplateException;

/** Templates under files/<package>/ beside the mapping file: read at start-up, refused when unusable, rendered strictly. */
class FileTemplatesTest {
    @TempDir
    Path dir;

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ResourceMapping mapping(String json) throws Exception {
        write("mapping.json", json);
        String path = dir.resolve("mapping.json").toString();
        return new ResourceMapping(() -> java.util.Optional.of(path));
    }

    @Test
    void templatesBesideAMappingFileAreReadAndRendered() throws Exception {
        write("files/bronze/server.properties", "server-port={ports.game}\nmotd={server.name} for {customer.name}\n");
        write("files/bronze/config/eula.txt", "eula=true\n");
        ResourceMapping mapping = mapping(MappingFormatTest.PLAN_EXAMPLE);

        FileTemplates templates = mapping.templates("bronze");
        assertThat(templates.paths()).containsExactly("config/eula.txt", "server.properties");
        assertThat(mapping.writesFiles("bronze")).isTrue();
        Map<String, String> rendered = templates.render(Map.of("ports", Map.of("game", 25565),
                "server", Map.of("name", "Bronze #1"), "customer", Map.of("name", "Budi")));
        assertThat(rendered).containsEntry("server.properties", "server-port=25565\nmotd=Bronze #1 for Budi\n")
                .containsEntry("config/eula.txt", "eula=true\n");
        assertThatThrownBy(() -> templates.render(Map.of("server", Map.of())))
                .as("a value the order does not have is an error, never an empty value")
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void aTemplateWithAnUnknownVariableOrBadSyntaxStopsStartUpNamingPackageAndFile() throws Exception {
        write("files/bronze/server.properties", "motd={servr.name}\n");
        assertThatThrownBy(() -> mapping(MappingFormatTest.PLAN_EXAMPLE)).isInstanceOf(MappingException.class)
                .hasMessageContaining("packages.bronze: template files/bronze/server.properties: unknown variable "
                        + "\"servr.name\"");
        write("files/bronze/server.properties", "motd={#if server.name}x\n");
        assertThatThrownBy(() -> mapping(MappingFormatTest.PLAN_EXAMPLE)).isInstanceOf(MappingException.class)
                .hasMessageContaining("packages.bronze: template files/bronze/server.properties");
    }

    @Test
    void anInlineFileAndATemplateForTheSamePathAreRefused() throws Exception {
        write("files/bronze/eula.txt", "eula=true\n");
        assertThatThrownBy(() -> mapping(MappingFormatTest.PLAN_EXAMPLE.replace("\"egg_id\": 1,",
                "\"egg_id\": 1, \"files\": {\"eula.txt\": \"eula=false\"},")))
                .hasMessageContaining("packages.bronze.files.eula.txt: also a template in files/bronze/eula.txt");
    }

    @Test
    void aPackageWithoutTemplatesHasNone() throws Exception {
        ResourceMapping mapping = mapping(MappingFormatTest.PLAN_EXAMPLE);
        assertThat(mapping.templates("bronze").isEmpty()).isTrue();
        assertThat(mapping.writesFiles("bronze")).isFalse();
    }
}
