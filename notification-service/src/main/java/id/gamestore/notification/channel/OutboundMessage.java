package id.gamestore.notification.channel;

import java.util.List;
import java.util.UUID;

/**
 * One message to hand to a channel.
 *
 * @param deliveryId     our delivery id: the Cloud API echoes it in every status webhook
 * @param recipient      E.164
 * @param text           the rendered text (free-form channels and the Cloud API inside the 24-hour window)
 * @param templateName   the approved template (Cloud API outside the window)
 * @param language       the template's language code
 * @param templateParams the template's ordered body parameters, one line each
 * @param useTemplate    true to send the template instead of the text
 */
public record OutboundMessage(UUID deliveryId, String recipient, String text, String templateName, String language,
        List<String> templateParams, boolean useTemplate) {

    /** Never prints the text or the parameters: they may hold a password. */
    @Override
    public String toString() {
        return "OutboundMessage[deliveryId=" + deliveryId + ", template=" + (useTemplate ? templateName : "-") + "]";
    }
}
