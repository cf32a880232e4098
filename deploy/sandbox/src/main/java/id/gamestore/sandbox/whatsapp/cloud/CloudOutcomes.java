package id.gamestore.sandbox.whatsapp.cloud;

import id.gamestore.sandbox.whatsapp.faults.Faults;
import id.gamestore.sandbox.whatsapp.faults.RecipientOutcome;
import id.gamestore.sandbox.whatsapp.store.ConversationWindows;
import id.gamestore.sandbox.whatsapp.store.Phones;
import id.gamestore.sandbox.whatsapp.webhook.StatusPipeline.Step;
import java.util.List;

/**
 * What follows an accepted Cloud message. Like Meta, problems found after acceptance come as a {@code failed}
 * status webhook, not as an error on the POST: free-form text outside the 24-hour window (131047), a number that
 * cannot be on WhatsApp or is switched undeliverable (131026), an ecosystem limit (131049).
 */
final class CloudOutcomes {
    private final ConversationWindows windows;
    private final Faults faults;

    CloudOutcomes(ConversationWindows windows, Faults faults) {
        this.windows = windows;
        this.faults = faults;
    }

    List<Step> plan(CloudRequest request) {
        if ("text".equals(request.type()) && !windows.isOpen(request.waId())) {
            return failed(131047);
        }
        if (!Phones.canBeOnWhatsApp(request.waId())) {
            return failed(131026);
        }
        return forOutcome(faults.outcomeFor(request.waId()));
    }

    static List<Step> forOutcome(RecipientOutcome outcome) {
        return switch (outcome) {
            case UNDELIVERABLE -> failed(131026);
            case ECOSYSTEM_LIMIT -> failed(131049);
            case NEVER_DELIVERED -> List.of(new Step("sent", null));
            case READ_RECEIPTS_OFF -> List.of(new Step("sent", null), new Step("delivered", null));
            case NORMAL -> List.of(new Step("sent", null), new Step("delivered", null), new Step("read", null));
        };
    }

    private static List<Step> failed(int code) {
        return List.of(new Step("failed", code));
    }
}
