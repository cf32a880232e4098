package id.gamestore.notification.template;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the message templates come from. */
@ConfigMapping(prefix = "notification.templates")
public interface TemplateConfig {
    /**
     * Directory of operator-edited templates ({@code <kind>.<locale>.txt}); a file there wins over the built-in one
     * and is re-read when it changes. Empty: built-in templates only.
     */
    Optional<String> dir();

    /** Locale used when the customer's locale has no template. */
    @WithDefault("id")
    String defaultLocale();
}
