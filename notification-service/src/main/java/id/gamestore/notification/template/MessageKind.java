package id.gamestore.notification.template;

import java.util.List;

/**
 * The messages this service sends. Each has a Qute template per locale ({@code <file>.<locale>.txt}) and, for the
 * Cloud API outside the 24-hour window, the ordered body parameters of its approved template.
 */
public enum MessageKind {
    SERVER_READY("server-ready", true, List.of("orderId", "packageName", "durationMonths", "panelUrl", "username",
            "password", "serverId", "serverName", "serverIp", "serverPort", "ram", "cpu", "disk", "adminPhone")),
    SERVER_READY_RETURNING("server-ready-returning", true, List.of("orderId", "packageName", "durationMonths",
            "panelUrl", "username", "serverId", "serverName", "serverIp", "serverPort", "ram", "cpu", "disk",
            "adminPhone")),
    PROGRESS("progress", true, List.of("orderId", "stepIndex", "totalSteps", "stepMessage")),
    FAILURE_NOTICE("failed", true, List.of("orderId", "packageName", "customerMessage", "adminPhone")),
    /** A new panel password (credentials.reset): one per reset request, a customer may ask several times. */
    PASSWORD_RESET("password-reset", true, List.of("orderId", "panelUrl", "username", "password", "serverId",
            "serverName", "serverIp", "serverPort", "adminPhone")),
    PASSWORD_RESET_FAILED("password-reset-failed", true, List.of("orderId", "customerMessage", "adminPhone")),
    /** Ends with the chat command that acts on it ({@code reply}, e.g. {@code !retry ORD-...}). */
    ADMIN_ALERT("admin-alert", false, List.of("orderId", "alertType", "customerPhone", "detail", "reply")),
    FALLBACK_EMAIL("fallback-email", false, List.of()),
    /**
     * A notice about the server's life to the customer (lifecycle.notice: reminder, suspension, renewal...). Its text
     * comes from the template of the notice's kind ({@code lifecycle-<kind>}, see {@code LifecycleMessages}); the
     * approved template gets the order and the whole text on one line.
     */
    LIFECYCLE("lifecycle", true, List.of("orderId", "text")),
    /** The same kind of notice to the store admin ({@code lifecycle-<kind>-admin}); no fallback, like an alert. */
    LIFECYCLE_ADMIN("lifecycle-admin", false, List.of("orderId", "text")),
    /**
     * The admin's scheduled report ({@code admin.report}): order-service writes the text, this service sends it as
     * it is to the admin (no Qute template); the approved template gets the period and the text on one line. No
     * fallback, like an alert.
     */
    ADMIN_REPORT("admin-report", false, List.of("orderId", "text")),
    /**
     * order-service's reply to a chat command typed on the store's number: its text comes ready-made (no Qute
     * template, no approved template), so it goes only as free-form text, inside the 24-hour window the command
     * opened, to the person who typed it; no fallback.
     */
    CHAT_REPLY("chat-reply", false, List.of());

    private final String file;
    private final boolean toCustomer;
    private final List<String> templateParameters;

    MessageKind(String file, boolean toCustomer, List<String> templateParameters) {
        this.file = file;
        this.toCustomer = toCustomer;
        this.templateParameters = templateParameters;
    }

    /** Base name of the template files, e.g. {@code server-ready}. */
    public String file() {
        return file;
    }

    /** True for messages to the customer (they fall back to email, then an admin alert). */
    public boolean toCustomer() {
        return toCustomer;
    }

    public List<String> templateParameters() {
        return templateParameters;
    }

    /** True for the messages that carry the customer's panel password (the first login and a reset). */
    public boolean carriesPassword() {
        return templateParameters.contains("password");
    }

    /**
     * The dedicated email template ({@code <file>-email}) of a message that carries a password: when WhatsApp cannot
     * deliver it, the customer gets that email, which never shows the password. Null for every other kind (their
     * fallback email wraps the WhatsApp text).
     */
    public String passwordFreeEmailFile() {
        return carriesPassword() ? file + "-email" : null;
    }

    /** True for ready-made texts that can only go free-form (never as an approved template) and have no fallback. */
    public boolean freeForm() {
        return this == CHAT_REPLY;
    }

    /** True for the messages to the store admin: when they fail for good nobody else can be told. */
    public boolean toAdmin() {
        return this == ADMIN_ALERT || this == LIFECYCLE_ADMIN || this == ADMIN_REPORT;
    }

    /**
     * True for the lifecycle notices: their text comes from one template per notice kind, not from {@link #file()}
     * (which names only the family).
     */
    public boolean perNoticeTemplates() {
        return this == LIFECYCLE || this == LIFECYCLE_ADMIN;
    }

    public boolean isWhatsApp() {
        return this != FALLBACK_EMAIL;
    }
}
