package id.gamestore.sandbox.whatsapp.cloud;

import java.util.List;

/** A validated send request of the Cloud face. {@code text} is set for text, the template fields otherwise. */
public record CloudRequest(String to, String waId, String type, String text, String templateName,
        String templateLanguage, List<String> templateParams, String bizOpaqueCallbackData) {
}
