package id.gamestore.order.ordering.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Confirm")
public record ConfirmRequest(
        @Schema(required = true, description = "who confirmed: admin name, phone or login",
                example = "admin 6281100000000") String confirmedBy) {
}
