package id.gamestore.provisioning.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;

/**
 * A package's initial-file templates: every file under {@code <mapping dir>/files/<package>/}, written to the same
 * relative path on the server. Each is parsed (Qute) when the mapping is read, and a template that does not parse or
 * uses a variable outside {@link #ROOTS} stops start-up naming the package and the file. Rendering is strict: a
 * value the order does not have fails the step instead of writing an empty one.
 */
public final class FileTemplates {
    /** The variables a template may use; {@code saga/ConfigureStep} fills them (docs/provisioning.md lists them). */
    public static final Set<String> ROOTS = Set.of("order", "customer", "package", "server", "ports", "env");
    public static final FileTemplates NONE = new FileTemplates(Map.of());
    private static final Engine ENGINE = Engine.builder().addDefaults().strictRendering(true).build();

    private final Map<String, Template> byPath;

    private FileTemplates(Map<String, Template> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** The templates under {@code dir} (none when it does not exist). */
    static FileTemplates load(String packageCode, Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return NONE;
        }
        Map<String, Template> templates = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace(dir.getFileSystem().getSeparator(), "/");
                templates.put(relative, parse(packageCode, relative, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates of package " + packageCode + " in " + dir, e);
        }
        return new FileTemplates(templates);
    }

    static Template parse(String packageCode, String path, String text) {
        String where = "packages." + packageCode + ": template files/" + packageCode + "/" + path;
        Template template;
        try {
            template = ENGINE.parse(text);
        } catch (TemplateException e) {
            throw new MappingException(where + ": " + e.getMessage());
        }
        for (Expression expression : template.getExpressions()) {
            if (expression.isLiteral() || expression.hasNamespace() || expression.getParts().isEmpty()) {
                continue;
            }
            String root = expression.getParts().get(0).getName();
            if (!ROOTS.contains(root)) {
                throw new MappingException(where + ": unknown variable \"" + expression.toOriginalString()
                        + "\" (use " + String.join(", ", ROOTS.stream().sorted().toList()) + ")");
            }
        }
        return template;
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    /** Server paths, sorted. */
    public List<String> paths() {
        return byPath.keySet().stream().sorted().toList();
    }

    /**
     * Every file rendered with {@code data} (keys from {@link #ROOTS}), by server path.
     *
     * @throws TemplateException when a template asks for a value {@code data} does not have
     */
    public Map<String, String> render(Map<String, Object> data) {
        Map<String, String> rendered = new TreeMap<>();
        for (Map.Entry<String, Template> e : byPath.entrySet()) {
            TemplateInstance instance = e.getValue().instance();
            data.forEach(instance::data);
            rendered.put(e.getKey(), instance.render());
        }
        return rendered;
    }
}
