package id.gamestore.order.ordering.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cancel")
public record CancelRequest(
        @Schema(required = true, description = "why; at most 500 characters", example = "not paid") String reason) {
}
