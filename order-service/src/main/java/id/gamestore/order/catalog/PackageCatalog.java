package id.gamestore.order.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/** The packages on sale, read and checked once at start-up: a bad file stops the service with a clear message. */
@Startup
@ApplicationScoped
public class PackageCatalog {
    private static final Logger LOG = Logger.getLogger(PackageCatalog.class);
    private static final String BUNDLED = "packages.yaml";

    private final Map<String, GamePackage> packages;

    PackageCatalog(CatalogConfig config) {
        this.packages = config.file().map(PackageCatalog::fromFile).orElseGet(PackageCatalog::bundled);
        LOG.infof("package catalog: %s", packages.keySet());
    }

    public Optional<GamePackage> find(String code) {
        return Optional.ofNullable(packages.get(code));
    }

    public Collection<GamePackage> all() {
        return packages.values();
    }

    private static Map<String, GamePackage> fromFile(String file) {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new CatalogParser.InvalidCatalogException(file, java.util.List.of("file not found or not readable"));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return CatalogParser.parse(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read package catalog " + file, e);
        }
    }

    private static Map<String, GamePackage> bundled() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + BUNDLED + " is missing from the jar");
            }
            return CatalogParser.parse(in, "classpath:" + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + BUNDLED, e);
        }
    }
}
