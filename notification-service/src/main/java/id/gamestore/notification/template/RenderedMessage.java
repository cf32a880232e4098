package id.gamestore.notification.template;

import java.util.List;

/**
 * A message ready to send: the text, and the ordered parameters of the approved template for channels that need
 * one. Holds secrets; {@link #toString()} leaves them out.
 */
public record RenderedMessage(String subject, String text, List<String> templateParams) {

    @Override
    public String toString() {
        return "RenderedMessage[length=" + (text == null ? 0 : text.length()) + "]";
    }
}
