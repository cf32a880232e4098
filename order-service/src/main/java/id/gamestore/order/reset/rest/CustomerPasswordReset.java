package id.gamestore.order.reset.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerPasswordReset", description = "Who asks, as WhatsApp gives the sender")
public record CustomerPasswordReset(
        @Schema(required = true, description = "the sender's WhatsApp number, any usual form; must be the order's "
                + "customer", example = "6281234567890") String phone) {
}
