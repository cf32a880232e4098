package id.gamestore.provisioning.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The packages this store sells and how each maps onto the panel, read once from {@code RESOURCE_MAPPING_FILE}
 * (JSON; a {@code classpath:} prefix reads a resource) or, when unset, from the bundled
 * {@code resource-mapping.json}.
 */
@ApplicationScoped
public class ResourceMapping {
    static final String DEFAULT_RESOURCE = "/resource-mapping.json";
    private static final String CLASSPATH = "classpath:";

    private final Map<String, PackageMapping> packages;
    private final String source;

    public ResourceMapping(MappingConfig config) {
        Optional<String> file = config.mappingFile().filter(f -> !f.isBlank());
        this.source = file.orElse("classpath:" + DEFAULT_RESOURCE);
        this.packages = file.map(ResourceMapping::readFile).orElseGet(ResourceMapping::readDefault);
    }

    public Optional<PackageMapping> find(String packageCode) {
        return Optional.ofNullable(packages.get(packageCode));
    }

    public Map<String, PackageMapping> all() {
        return packages;
    }

    public String source() {
        return source;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MappingFile(Map<String, PackageMapping> packages) {
    }

    static Map<String, PackageMapping> parse(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        MappingFile file = json.readValue(in, MappingFile.class);
        if (file.packages() == null || file.packages().isEmpty()) {
            throw new IllegalStateException("the resource mapping has no packages");
        }
        return new TreeMap<>(file.packages());
    }

    private static Map<String, PackageMapping> readFile(String path) {
        if (path.startsWith(CLASSPATH)) {
            return readResource(path.substring(CLASSPATH.length()));
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read RESOURCE_MAPPING_FILE " + path, e);
        }
    }

    private static Map<String, PackageMapping> readDefault() {
        return readResource(DEFAULT_RESOURCE);
    }

    private static Map<String, PackageMapping> readResource(String resource) {
        try (InputStream in = ResourceMapping.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource mapping " + resource + " is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled resource mapping", e);
        }
    }
}
