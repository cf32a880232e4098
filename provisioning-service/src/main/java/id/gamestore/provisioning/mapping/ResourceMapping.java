package id.gamestore.provisioning.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.quarkus.runtime.Startup;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The packages this store sells and how each maps onto the panel, read once from {@code RESOURCE_MAPPING_FILE}
 * (JSON, in the plan's snake_case or the camelCase spelling, see {@link MappingParser}; a {@code classpath:} prefix
 * reads a resource) or, when unset, from the bundled {@code resource-mapping.json}. Each package's initial-file
 * templates are read from {@code files/<package>/} next to the mapping. Anything that cannot be used as written
 * stops start-up with a {@link MappingException} naming the package and key ({@code @Startup}, first: read before
 * the broker, the consumers or the workers start, even while the panel is away).
 */
@Startup(Interceptor.Priority.PLATFORM_BEFORE)
@ApplicationScoped
public class ResourceMapping {
    static final String DEFAULT_RESOURCE = "/resource-mapping.json";
    private static final String CLASSPATH = "classpath:";
    private static final String TEMPLATES = "files";

    private final Map<String, PackageMapping> packages;
    private final Map<String, FileTemplates> templates;
    private final String source;

    public ResourceMapping(MappingConfig config) {
        Optional<String> file = config.mappingFile().filter(f -> !f.isBlank());
        this.source = file.orElse(CLASSPATH + DEFAULT_RESOURCE);
        this.packages = read(source);
        this.templates = templates(source, packages);
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

    /** The package's initial-file templates ({@link FileTemplates#NONE} when it has none). */
    public FileTemplates templates(String packageCode) {
        return templates.getOrDefault(packageCode, FileTemplates.NONE);
    }

    /** True when a server of the package gets initial files (inline {@code files} or templates). */
    public boolean writesFiles(String packageCode) {
        return find(packageCode).map(p -> !p.files().isEmpty()).orElse(false) || !templates(packageCode).isEmpty();
    }

    static Map<String, PackageMapping> parse(InputStream in) throws IOException {
        return MappingParser.parse(in);
    }

    private static Map<String, PackageMapping> read(String source) {
        if (source.startsWith(CLASSPATH)) {
            String resource = source.substring(CLASSPATH.length());
            try (InputStream in = ResourceMapping.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new MappingException("RESOURCE_MAPPING_FILE: " + resource + " is not on the classpath");
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the resource mapping " + resource, e);
            }
        }
        try (InputStream in = Files.newInputStream(Path.of(source))) {
            return parse(in);
        } catch (IOException e) {
            throw new MappingException("RESOURCE_MAPPING_FILE: " + source + " does not exist or cannot be read");
        }
    }

    private static Map<String, FileTemplates> templates(String source, Map<String, PackageMapping> packages) {
        Map<String, FileTemplates> all = new TreeMap<>();
        for (Map.Entry<String, PackageMapping> p : packages.entrySet()) {
            FileTemplates found = FileTemplates.load(p.getKey(), templateDir(source, p.getKey()));
            for (String path : found.paths()) {
                if (p.getValue().files().containsKey(path)) {
                    throw new MappingException("packages." + p.getKey() + ".files." + path + ": also a template in "
                            + TEMPLATES + "/" + p.getKey() + "/" + path + "; keep one");
                }
            }
            if (!found.isEmpty()) {
                all.put(p.getKey(), found);
            }
        }
        return Map.copyOf(all);
    }

    /** {@code files/<package>} beside the mapping file, or beside the mapping resource on the classpath. */
    static Path templateDir(String source, String packageCode) {
        if (!source.startsWith(CLASSPATH)) {
            Path parent = Path.of(source).toAbsolutePath().getParent();
            return parent.resolve(TEMPLATES).resolve(packageCode);
        }
        String resource = source.substring(CLASSPATH.length());
        int slash = resource.lastIndexOf('/');
        String dir = (slash < 0 ? "" : resource.substring(0, slash)) + "/" + TEMPLATES + "/" + packageCode;
        URL url = ResourceMapping.class.getResource(dir.startsWith("/") ? dir : "/" + dir);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null; // a classpath that cannot be listed has no templates; RESOURCE_MAPPING_FILE on disk always can
        }
    }
}
