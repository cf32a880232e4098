package id.gamestore.provisioning.mapping;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the package resource mapping comes from ({@code RESOURCE_MAPPING_FILE}). */
@ConfigMapping(prefix = "provisioning")
public interface MappingConfig {
    Optional<String> mappingFile();
}
