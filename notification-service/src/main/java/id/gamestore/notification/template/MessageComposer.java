package id.gamestore.notification.template;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.recipient.StoreConfig;

/**
 * Fills the templates' models from events and configuration. The password envelope is opened here, only to render,
 * and the plaintext lives no longer than the returned message.
 */
@ApplicationScoped
public class MessageComposer {
    private final MessageTemplates templates;
    private final CredentialCipher cipher;
    private final StoreConfig store;
    private final ServerDetails details;

    public MessageComposer(MessageTemplates templates, CredentialCipher cipher, StoreConfig store,
            ServerDetails details) {
        this.templates = templates;
        this.cipher = cipher;
        this.store = store;
        this.details = details;
    }

    public static MessageKind serverReadyKind(ProvisioningCompleted event) {
        PanelAccess panel = event.panel();
        boolean newPassword = panel != null && panel.password() != null;
        return newPassword ? MessageKind.SERVER_READY : MessageKind.SERVER_READY_RETURNING;
    }

    /**
     * @throws MissingValueException when the event lacks a field of the message
     * @throws CredentialCipher.EnvelopeException when the password envelope cannot be opened
     */
    public RenderedMessage serverReady(ProvisioningCompleted event) {
        MessageKind kind = serverReadyKind(event);
        PackageRef pkg = require(event.pkg(), "package");
        PanelAccess panel = require(event.panel(), "panel");
        ServerInfo server = require(event.server(), "server");
        MessageModel model = new MessageModel()
                .put("orderId", event.orderId())
                .put("packageName", pkg.name())
                .put("durationMonths", positive(pkg.durationMonths(), "durationMonths"))
                .put("panelUrl", panel.url())
                .put("username", panel.username())
                .put("serverId", server.identifier())
                .put("serverName", server.name())
                .put("serverIp", server.ip())
                .put("serverPort", positive(server.port(), "serverPort"))
                .put("ram", positive(server.memory(), "ram"))
                .put("cpu", positive(server.cpu(), "cpu"))
                .put("disk", positive(server.disk(), "disk"))
                .put("adminPhone", adminDigits());
        String locale = locale(event.customer());
        details.addTo(model, event.confirmedAt(), pkg, server, panel.username(), locale);
        if (kind == MessageKind.SERVER_READY) {
            model.put("password", cipher.open(panel.password(), event.orderId()));
        }
        return templates.render(kind, locale, model);
    }

    public RenderedMessage progress(ProvisioningProgress event) {
        MessageModel model = new MessageModel()
                .put("orderId", event.orderId())
                .put("stepIndex", event.stepIndex())
                .put("totalSteps", event.totalSteps())
                .put("stepMessage", event.message());
        return templates.render(MessageKind.PROGRESS, locale(event.customer()), model);
    }

    public RenderedMessage failed(ProvisioningFailed event) {
        MessageModel model = new MessageModel()
                .put("orderId", event.orderId())
                .put("packageName", require(event.pkg(), "package").name())
                .put("customerMessage", event.customerMessage())
                .put("adminPhone", adminDigits());
        return templates.render(MessageKind.FAILURE_NOTICE, locale(event.customer()), model);
    }

    /**
     * The new panel password. The envelope is sealed like the server-ready one (associated data = the order id).
     *
     * @throws MissingValueException when the event lacks a field of the message
     * @throws CredentialCipher.EnvelopeException when the password envelope cannot be opened
     */
    public RenderedMessage passwordReset(CredentialsReset event) {
        ServerInfo server = require(event.server(), "server");
        MessageModel model = new MessageModel()
                .put("orderId", event.orderId())
                .put("panelUrl", event.panelUrl())
                .put("username", event.username())
                .put("serverId", server.identifier())
                .put("serverName", server.name())
                .put("serverIp", server.ip())
                .put("serverPort", positive(server.port(), "serverPort"))
                .put("adminPhone", adminDigits());
        details.addSftp(model, server, event.username());
        model.put("password", cipher.open(require(event.password(), "password"), event.orderId()));
        return templates.render(MessageKind.PASSWORD_RESET, locale(event.customer()), model);
    }

    public RenderedMessage passwordResetFailed(CredentialsResetFailed event) {
        MessageModel model = new MessageModel()
                .put("orderId", event.orderId())
                .put("customerMessage", event.customerMessage())
                .put("adminPhone", adminDigits());
        return templates.render(MessageKind.PASSWORD_RESET_FAILED, locale(event.customer()), model);
    }

    /**
     * An alert to the store admin: {@code alertType} is PROVISIONING_FAILED, PASSWORD_RESET_FAILED, UNDELIVERED or
     * UNRENDERABLE. It ends with the chat command the admin can send back as it is ({@link #adminReply}).
     */
    public RenderedMessage adminAlert(String alertType, String orderId, String customerPhone, String detail) {
        MessageModel model = new MessageModel()
                .put("alertType", alertType)
                .put("orderId", orderId)
                .put("customerPhone", Phones.e164(customerPhone).isEmpty() ? "-" : Phones.e164(customerPhone))
                .put("detail", detail)
                .put("reply", adminReply(alertType, orderId));
        return templates.render(MessageKind.ADMIN_ALERT, "id", model);
    }

    /**
     * The admin's chat command that acts on an alert: {@code !retry <order>} after a failed provisioning,
     * {@code !reset-password <order>} after a failed reset, {@code !order <order>} (status and timeline) otherwise.
     */
    static String adminReply(String alertType, String orderId) {
        String command = switch (alertType) {
            case "PROVISIONING_FAILED" -> "!retry";
            case "PASSWORD_RESET_FAILED" -> "!reset-password";
            default -> "!order";
        };
        return command + " " + orderId;
    }

    /**
     * The email sent when WhatsApp could not deliver {@code original}, a message of {@code kind}. A message that
     * carries the panel password gets its own email template ({@link MessageKind#passwordFreeEmailFile()}), filled
     * from the message's fields except the password: the address was never verified, so the email says how to get
     * the login on WhatsApp ({@code !reset-password}) instead. Any other message is wrapped in the generic
     * {@code fallback-email} as it is.
     *
     * @throws MissingValueException when a value the email needs is missing
     */
    public RenderedMessage fallbackEmail(MessageKind kind, String orderId, String locale, RenderedMessage original) {
        if (!kind.carriesPassword()) {
            MessageModel model = new MessageModel()
                    .put("orderId", orderId)
                    .put("message", original.text())
                    .put("adminPhone", adminDigits());
            return templates.render(MessageKind.FALLBACK_EMAIL, locale, model);
        }
        if (original.emailValues() != null) {
            MessageModel model = new MessageModel();
            original.emailValues().forEach((name, value) -> {
                if (!"password".equals(name)) {
                    model.putOptional(name, value);
                }
            });
            return templates.renderEmail(kind.passwordFreeEmailFile(), locale, model);
        }
        // a body stored before emailValues existed: the template's parameters are all it has
        List<String> names = kind.templateParameters();
        List<String> values = original.templateParams();
        if (values == null || values.size() != names.size()) {
            throw new MissingValueException("fields of the " + kind.file() + " message");
        }
        MessageModel model = new MessageModel();
        for (int i = 0; i < names.size(); i++) {
            if (!"password".equals(names.get(i))) {
                model.put(names.get(i), values.get(i));
            }
        }
        return templates.renderEmail(kind.passwordFreeEmailFile(), locale, model);
    }

    private String adminDigits() {
        return store.adminPhone().map(Phones::digits).filter(d -> !d.isEmpty()).orElse(null);
    }


    public static String locale(Customer customer) {
        return customer == null || customer.locale() == null || customer.locale().isBlank() ? "id"
                : customer.locale().trim().toLowerCase();
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new MissingValueException(field);
        }
        return value;
    }

    private static Integer positive(int value, String field) {
        if (value <= 0) {
            throw new MissingValueException(field);
        }
        return value;
    }
}
