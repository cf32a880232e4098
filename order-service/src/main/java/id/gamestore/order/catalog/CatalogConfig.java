package id.gamestore.order.catalog;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "order.catalog")
public interface CatalogConfig {
    /** A YAML file to read instead of the bundled {@code packages.yaml} (env {@code PACKAGES_FILE}). */
    Optional<String> file();
}
