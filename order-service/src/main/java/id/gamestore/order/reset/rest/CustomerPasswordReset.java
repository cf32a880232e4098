package id.gamestore.order.reset.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerPasswordReset", description = "Who asks, as WhatsApp gives the sender")
public record CustomerPasswordReset(
        @Schema(required = true, description = "the sender's WhatsApp number as WhatsApp gives it (digits "
                + "with the country code, or its JID ...@c.us / ...@s.whatsapp.net), or +62..., 0812...; must be the "
                + "order's customer", example = "6281234567890") String phone) {
}
