package id.gamestore.order.ordering.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.ServiceState;

@Schema(name = "Term", description = "A provisioned server's term (docs/lifecycle.md)")
public record TermView(
        @Schema(description = "ACTIVE, SUSPENDED (expired or by the admin) or TERMINATED (deleted)") ServiceState state,
        @Schema(description = "when the paid term ends; an expired server is suspended LIFECYCLE_GRACE later")
        Instant expiresAt,
        Instant suspendedAt,
        @Schema(description = "when a suspended server is deleted unless renewed") Instant terminatesAt,
        Instant terminatedAt,
        @Schema(description = "a trial package's term per 'month' (ISO-8601), null otherwise", example = "P3D")
        String trialDuration) {

    static TermView of(Order o) {
        if (o.serviceState == null) {
            return null;
        }
        return new TermView(o.serviceState, o.expiresAt, o.suspendedAt, o.terminatesAt, o.terminatedAt,
                o.trialDuration);
    }
}
