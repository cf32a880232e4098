package id.gamestore.order.chat;

import java.util.regex.Pattern;

import id.gamestore.order.customer.PhoneNumbers;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;

/**
 * One message as the bot forwarded it, checked field by field: everything in it was typed or chosen by whoever sent
 * the WhatsApp message, so it is hostile until proven otherwise.
 *
 * @param messageId the WhatsApp message id: 1 to 128 printable ASCII characters, no spaces
 * @param sender the sender's number in E.164
 * @param text what they typed, at most {@value #MAX_TEXT} characters
 * @param pushName their display name, at most {@value #MAX_PUSH_NAME} characters, may be null (never shown back)
 */
public record ChatInput(String messageId, String sender, String text, String pushName) {
    public static final int MAX_MESSAGE_ID = 128;
    public static final int MAX_TEXT = 4096;
    public static final int MAX_PUSH_NAME = 100;
    private static final Pattern PRINTABLE = Pattern.compile("[!-~]+");

    /** @throws Refused naming the first field at fault */
    public static ChatInput of(String messageId, String from, String text, String pushName, PhoneNumbers phones) {
        if (messageId == null || messageId.isEmpty()) {
            throw Refused.required("messageId");
        }
        if (messageId.length() > MAX_MESSAGE_ID) {
            throw tooLong("messageId", MAX_MESSAGE_ID);
        }
        if (!PRINTABLE.matcher(messageId).matches()) {
            throw Refused.invalid(ErrorCodes.INVALID_TEXT, "messageId",
                    "messageId may contain only printable ASCII characters, without spaces");
        }
        if (from == null || from.isBlank()) {
            throw Refused.required("from");
        }
        PhoneNumbers.Parsed sender = phones.parse(from);
        if (sender.e164() == null) {
            throw Refused.invalid(ErrorCodes.INVALID_PHONE, "from", "from " + sender.problem());
        }
        if (text == null || text.isBlank()) {
            throw Refused.required("text");
        }
        if (text.length() > MAX_TEXT) {
            throw tooLong("text", MAX_TEXT);
        }
        if (pushName != null && pushName.length() > MAX_PUSH_NAME) {
            throw tooLong("pushName", MAX_PUSH_NAME);
        }
        return new ChatInput(messageId, sender.e164(), text, pushName);
    }

    private static Refused tooLong(String field, int max) {
        return Refused.invalid(ErrorCodes.FIELD_TOO_LONG, field, field + " must be at most " + max + " characters");
    }
}
