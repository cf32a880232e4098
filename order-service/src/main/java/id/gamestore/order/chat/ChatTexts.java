package id.gamestore.order.chat;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Renders the chat replies from the Qute templates {@code templates/chat/<name>.<locale>.txt} on the class path
 * ({@code id} and {@code en}; a locale without the template falls back to {@code id}). Each reply is one template;
 * the text is trimmed.
 */
@ApplicationScoped
public class ChatTexts {
    static final String DEFAULT_LOCALE = "id";
    private final Engine engine;

    public ChatTexts(Engine engine) {
        this.engine = engine;
    }

    public String render(String name, String locale, Map<String, Object> data) {
        return template(name, locale).data(data).render().strip();
    }

    private Template template(String name, String locale) {
        Template found = locale == null ? null : engine.getTemplate("chat/" + name + "." + locale + ".txt");
        if (found == null) {
            found = engine.getTemplate("chat/" + name + "." + DEFAULT_LOCALE + ".txt");
        }
        if (found == null) {
            throw new IllegalStateException("no chat template " + name);
        }
        return found;
    }
}
