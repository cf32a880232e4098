package id.gamestore.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.notification.template.MessageKind;

/** The approved Cloud API template (name and language) for each message kind. */
@ApplicationScoped
public class TemplateNames {
    private final WhatsAppConfig config;

    public TemplateNames(WhatsAppConfig config) {
        this.config = config;
    }

    public String name(MessageKind kind) {
        WhatsAppConfig.Templates t = config.cloud().templates();
        return switch (kind) {
            case SERVER_READY -> t.serverReady();
            case SERVER_READY_RETURNING -> t.serverReadyReturning();
            case PROGRESS -> t.progress();
            case FAILURE_NOTICE -> t.failed();
            case PASSWORD_RESET -> t.passwordReset();
            case PASSWORD_RESET_FAILED -> t.passwordResetFailed();
            case ADMIN_ALERT -> t.adminAlert();
            case LIFECYCLE -> t.lifecycle();
            case LIFECYCLE_ADMIN -> t.lifecycleAdmin();
            case ADMIN_REPORT -> t.adminReport();
            case FALLBACK_EMAIL, CHAT_REPLY -> null;
        };
    }

    public String language(String locale) {
        var languages = config.cloud().templateLanguages();
        return locale != null && languages.contains(locale) ? locale : languages.get(0);
    }
}
