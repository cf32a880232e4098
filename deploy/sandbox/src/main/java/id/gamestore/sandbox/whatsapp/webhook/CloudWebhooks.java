package id.gamestore.sandbox.whatsapp.webhook;

import id.gamestore.sandbox.support.Json;
import id.gamestore.sandbox.whatsapp.faults.Faults;
import id.gamestore.sandbox.whatsapp.store.MessageRecord;
import id.gamestore.sandbox.whatsapp.store.StatusChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds, signs and posts the Cloud API webhooks: status receipts and inbound customer messages. */
public final class CloudWebhooks {
    public static final String WABA_ID = "100000000000002";
    public static final String DISPLAY_PHONE_NUMBER = "6281100009999";
    static final String ERROR_DOCS = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/";

    /** The business number the webhooks speak for and the app secret that signs them. */
    public record Account(String phoneNumberId, String appSecret) {
    }

    private final Account config;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final Faults faults;

    public CloudWebhooks(Account config, WebhookTargets targets, WebhookSender sender, Faults faults) {
        this.config = config;
        this.targets = targets;
        this.sender = sender;
        this.faults = faults;
    }

    /** Posts one status of one message (the notifier of the Cloud status pipeline). */
    public void status(MessageRecord record, StatusChange change) {
        Map<String, Object> status = Json.obj(
                "id", record.id(),
                "status", change.status(),
                "timestamp", String.valueOf(change.at().getEpochSecond()),
                "recipient_id", record.waId(),
                "biz_opaque_callback_data", record.bizOpaqueCallbackData(),
                "pricing", "failed".equals(change.status()) ? null : pricing(record),
                "errors", change.errorCode() == null ? null : List.of(error(change.errorCode())));
        post(Json.obj("statuses", List.of(status)), change.status(), record.id());
    }

    /** Posts an inbound text message from a customer. */
    public void inbound(String fromDigits, String profileName, String messageId, String text, Instant at) {
        Map<String, Object> contact = Json.obj("profile", Json.obj("name", profileName), "wa_id", fromDigits);
        Map<String, Object> message = Json.obj("from", fromDigits, "id", messageId,
                "timestamp", String.valueOf(at.getEpochSecond()), "type", "text", "text", Json.obj("body", text));
        post(Json.obj("contacts", List.of(contact), "messages", List.of(message)), "messages", messageId);
    }

    private void post(Map<String, Object> valueFields, String event, String messageId) {
        String url = targets.cloudUrl();
        if (url == null) {
            return;
        }
        Map<String, Object> value = Json.obj("messaging_product", "whatsapp",
                "metadata", Json.obj("display_phone_number", DISPLAY_PHONE_NUMBER,
                        "phone_number_id", config.phoneNumberId()));
        value.putAll(valueFields);
        Map<String, Object> payload = Json.obj("object", "whatsapp_business_account",
                "entry", List.of(Json.obj("id", WABA_ID,
                        "changes", List.of(Json.obj("value", value, "field", "messages")))));
        byte[] body = Json.asciiBytes(payload);
        String key = faults.wrongSignature() ? config.appSecret() + "-not-the-app-secret" : config.appSecret();
        sender.post("cloud", url, event, messageId, body, Map.of("X-Hub-Signature-256", Signatures.cloud(key, body)));
    }

    private static Map<String, Object> pricing(MessageRecord record) {
        boolean template = "template".equals(record.type());
        return Json.obj("billable", template, "pricing_model", "PMP", "category", template ? "utility" : "service");
    }

    private static Map<String, Object> error(int code) {
        String title = switch (code) {
            case 131047 -> "Re-engagement message";
            case 131026 -> "Message undeliverable";
            case 131049 -> "This message was not delivered to maintain healthy ecosystem engagement.";
            default -> "Message failed to send";
        };
        String details = switch (code) {
            case 131047 -> "Message failed to send because more than 24 hours have passed since the customer "
                    + "last replied to this number.";
            case 131026 -> "Unable to deliver message. The recipient may not be a WhatsApp user.";
            default -> title;
        };
        return Json.obj("code", code, "title", title, "message", title,
                "error_data", Json.obj("details", details), "href", ERROR_DOCS);
    }
}
