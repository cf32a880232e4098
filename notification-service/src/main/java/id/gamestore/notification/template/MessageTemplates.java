package id.gamestore.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

/**
 * Renders the Qute message templates. A file {@code <TEMPLATES_DIR>/<kind>.<locale>.txt} wins over the built-in
 * {@code message-templates/<kind>.<locale>.txt}; edited files are picked up without a restart. A locale without a
 * template falls back to the default locale.
 */
@ApplicationScoped
public class MessageTemplates {
    private static final String BUILT_IN = "message-templates/";

    private final Engine engine;
    private final TemplateConfig config;

    public MessageTemplates(Engine engine, TemplateConfig config) {
        this.engine = engine;
        this.config = config;
    }

    private final Map<String, Parsed> cache = new ConcurrentHashMap<>();

    private record Parsed(long modified, Template template) {
    }

    /**
     * @throws MissingValueException when the model lacks a value the template or the channel's template needs
     */
    public RenderedMessage render(MessageKind kind, String locale, MessageModel model) {
        return render(kind, kind.file(), locale, model);
    }

    /**
     * Renders {@code <file>.<locale>.txt} as a message of {@code kind} (the lifecycle notices have one file per
     * notice kind). A template parameter named {@code text} is the rendered text itself.
     *
     * @throws MissingValueException when the model lacks a value the template or the channel's template needs
     */
    public RenderedMessage render(MessageKind kind, String file, String locale, MessageModel model) {
        String text = renderText(file, locale, model);
        List<String> params = kind.templateParameters().stream()
                .map(name -> "text".equals(name) ? text : model.text(name)).map(MessageTemplates::oneLine)
                .toList();
        if (kind == MessageKind.FALLBACK_EMAIL) {
            return email(text);
        }
        return new RenderedMessage(null, text.strip(), params, kind.carriesPassword() ? withoutPassword(model) : null);
    }

    /**
     * The most of a ready-made text that goes into a template parameter: WhatsApp refuses a template whose filled-in
     * body passes 1024 characters (error 132005), and the approved template's own words take some of them.
     */
    static final int MAX_TEMPLATE_TEXT = 900;
    /** Ends a text cut for the template: the whole report is one {@code !report} away. */
    static final String CUT_MARK = " … !report";

    /**
     * A text written elsewhere (the admin's report, {@link MessageKind#ADMIN_REPORT}), sent exactly as it is; the
     * approved template used outside the 24-hour window gets {@code id} and the text on one line, cut to
     * {@link #MAX_TEMPLATE_TEXT} characters (ending {@link #CUT_MARK}) when it is longer.
     */
    public static RenderedMessage asIs(MessageKind kind, String id, String text) {
        List<String> params = kind.templateParameters().stream()
                .map(name -> "text".equals(name) ? text : id).map(MessageTemplates::oneLine)
                .map(MessageTemplates::fitTemplate).toList();
        return new RenderedMessage(null, text, params);
    }

    private static String fitTemplate(String value) {
        if (value.codePointCount(0, value.length()) <= MAX_TEMPLATE_TEXT) {
            return value;
        }
        int keep = MAX_TEMPLATE_TEXT - CUT_MARK.length();
        return value.substring(0, value.offsetByCodePoints(0, keep)).stripTrailing() + CUT_MARK;
    }

    /** The model's values but the password, for the password-free email of a message that carries one. */
    private static Map<String, Object> withoutPassword(MessageModel model) {
        Map<String, Object> values = new LinkedHashMap<>(model.values());
        values.remove("password");
        return values;
    }

    /**
     * Renders an email template ({@code <file>.<locale>.txt}, first line {@code Subject: ...}): the subject, and the
     * rest as the body.
     *
     * @throws MissingValueException when the model lacks a value the template needs
     */
    public RenderedMessage renderEmail(String file, String locale, MessageModel model) {
        return email(renderText(file, locale, model));
    }

    private String renderText(String file, String locale, MessageModel model) {
        Template template = template(file, locale);
        try {
            // the optional facts a model may lack (one built before they existed) render as absent, never as an error
            Map<String, Object> data = new HashMap<>();
            ServerDetails.OPTIONAL.forEach(name -> data.put(name, null));
            data.putAll(model.values());
            return template.data(data).render();
        } catch (TemplateException e) {
            throw new MissingValueException("template " + file + ": " + firstLine(e.getMessage()));
        }
    }

    private static RenderedMessage email(String text) {
        int newline = text.indexOf('\n');
        String subject = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1).stripLeading();
        return new RenderedMessage(subject.replaceFirst("^Subject:\\s*", "").trim(), body, List.of());
    }

    private Template template(String file, String locale) {
        String wanted = locale == null || locale.isBlank() ? config.defaultLocale() : locale.trim().toLowerCase();
        Template found = find(file + "." + wanted + ".txt");
        if (found == null && !wanted.equals(config.defaultLocale())) {
            found = find(file + "." + config.defaultLocale() + ".txt");
        }
        if (found == null) {
            throw new IllegalStateException("no template " + file + " for locale " + wanted);
        }
        return found;
    }

    /** Names every template source in use, for the docs and the start-up log. */
    public String source(MessageKind kind, String locale) {
        String name = kind.file() + "." + locale + ".txt";
        return config.dir().map(d -> Path.of(d, name)).filter(Files::isRegularFile).map(Path::toString)
                .orElse("classpath:" + BUILT_IN + name);
    }

    private Template find(String name) {
        if (config.dir().isPresent()) {
            Path file = Path.of(config.dir().get(), name);
            if (Files.isRegularFile(file)) {
                return fromFile(file);
            }
        }
        Parsed parsed = cache.computeIfAbsent("classpath:" + name, k -> {
            String content = resource(BUILT_IN + name);
            return content == null ? null : new Parsed(0, engine.parse(content));
        });
        return parsed == null ? null : parsed.template();
    }

    private Template fromFile(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            Parsed cached = cache.get(file.toString());
            if (cached != null && cached.modified() == modified) {
                return cached.template();
            }
            Parsed parsed = new Parsed(modified, engine.parse(Files.readString(file, StandardCharsets.UTF_8)));
            cache.put(file.toString(), parsed);
            return parsed.template();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Template parameters may not hold new lines, tabs or more than four spaces in a row. */
    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").trim();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "render error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
