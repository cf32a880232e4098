package id.gamestore.order.reset.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminPasswordReset", description = "Optional body")
public record AdminPasswordReset(
        @Schema(description = "the admin's name, recorded as admin:<name>; default admin. Letters, digits, spaces and "
                + ". _ @ + ' -; at most 94 characters", example = "rudi") String requestedBy) {
}
