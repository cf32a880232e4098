package id.gamestore.order.lifecycle.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerChangeRequest", description = "A customer's renewal or package change, relayed by the bot")
public record CustomerChangeRequest(
        @Schema(required = true, description = "the sender's WhatsApp number; must be the order's customer",
                example = "6281234567890") String phone,
        @Schema(description = "renewals: one of the package's durations", example = "3") Integer durationMonths,
        @Schema(description = "package changes: the package to change to (same game)", example = "mc-pro")
        String packageCode) {
}
