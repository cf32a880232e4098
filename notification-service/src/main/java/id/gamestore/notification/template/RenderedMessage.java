package id.gamestore.notification.template;

import java.util.List;
import java.util.Map;

/**
 * A message ready to send: the text, and the ordered parameters of the approved template for channels that need
 * one. Holds secrets; {@link #toString()} leaves them out.
 *
 * @param emailValues for a message that carries a password: every value of its model except the password, so the
 *                    password-free email sent when WhatsApp fails carries the same facts; null otherwise (and in
 *                    bodies stored before it existed)
 */
public record RenderedMessage(String subject, String text, List<String> templateParams,
        Map<String, Object> emailValues) {

    public RenderedMessage(String subject, String text, List<String> templateParams) {
        this(subject, text, templateParams, null);
    }

    @Override
    public String toString() {
        return "RenderedMessage[length=" + (text == null ? 0 : text.length()) + "]";
    }
}
