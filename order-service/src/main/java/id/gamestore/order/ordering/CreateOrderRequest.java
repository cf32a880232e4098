package id.gamestore.order.ordering;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateOrder", description = "A customer's order as the bot sends it")
public record CreateOrderRequest(
        @Schema(required = true, description = "the customer's WhatsApp number: +62 812 3456 7890 (E.164), "
                + "6281234567890 (digits are always country code and number, as WhatsApp gives them), "
                + "0812-3456-7890 (a leading 0: Indonesian national) or 6281234567890@c.us / @s.whatsapp.net",
                example = "+62 812 3456 7890") String phone,
        @Schema(required = true, description = "letters (any script), spaces, . ' - ; at most 100",
                example = "Budi Santoso") String customerName,
        @Schema(description = "optional", example = "budi@example.com") String email,
        @Schema(required = true, example = "mc-basic") String packageCode,
        @Schema(required = true, description = "one of the package's durations", example = "3") Integer durationMonths,
        @Schema(description = "message language: id (default) or en", example = "id") String locale) {
}
