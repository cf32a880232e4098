package id.gamestore.order.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCatalogTest {
    @TempDir
    Path dir;

    @Test
    void aFileGivenInPackagesFileReplacesTheBundledCatalog() throws Exception {
        Path file = dir.resolve("packages.yaml");
        Files.writeString(file, """
                packages:
                  - code: rust-basic
                    name: Rust Basic
                    game: rust
                    pricePerMonth: 120000
                    durations: [1]
                    resources: {memory: 8192, cpu: 300, disk: 30720, io: 500, swap: 0, databases: 0,
                                allocations: 2, backups: 1}
                """);
        PackageCatalog catalog = new PackageCatalog(() -> Optional.of(file.toString()));
        assertThat(catalog.all()).extracting(GamePackage::code).containsExactly("rust-basic");
        assertThat(catalog.find("mc-basic")).isEmpty();
    }

    @Test
    void aMissingFileStopsStartUpNamingIt() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> new PackageCatalog(() -> Optional.of(missing.toString())))
                .hasMessageContaining(missing.toString()).hasMessageContaining("not found");
    }
}
