package id.gamestore.order.lifecycle.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminLifecycleRequest", description = "Who acts, and what the action needs")
public record AdminLifecycleRequest(
        @Schema(required = true, description = "who acts: admin name, phone or login", example = "admin 6281100000000")
        String by,
        @Schema(description = "extend: days to add, 1..366", example = "3") Integer days,
        @Schema(description = "renewals: one of the package's durations", example = "3") Integer durationMonths,
        @Schema(description = "package changes: the package to change to (same game)", example = "mc-pro")
        String packageCode) {
}
