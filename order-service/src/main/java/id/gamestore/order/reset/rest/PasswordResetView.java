package id.gamestore.order.reset.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.gamestore.order.reset.PasswordResetRequest;
import id.gamestore.order.reset.PasswordResetStatus;

@Schema(name = "PasswordReset", description = "A request for a new panel password (resend login). Never the password "
        + "itself: the customer receives it on WhatsApp from notification-service.")
public record PasswordResetView(
        @Schema(example = "RST-4Q9ZK2MB") String requestId,
        @Schema(example = "ORD-7KQ2M9XD") String orderId,
        @Schema(description = "REQUESTED until provisioning-service answers; COMPLETED once the new login is on its "
                + "way to the customer; FAILED with failureReason") PasswordResetStatus status,
        @Schema(description = "customer or admin:<name>", example = "customer") String requestedBy,
        Instant requestedAt,
        Instant updatedAt,
        @Schema(description = "when FAILED: NOT_PROVISIONED, PANEL_USER_MISSING, PANEL_UNAVAILABLE or PANEL_REJECTED")
        String failureReason,
        @Schema(description = "in answers to POST only: true when this is an earlier request made within the minimum "
                + "interval, returned again; nothing new was sent") Boolean repeated) {

    public static PasswordResetView of(PasswordResetRequest r, Boolean repeated) {
        return new PasswordResetView(r.requestId, r.orderId, r.status, r.requestedBy, r.createdAt, r.updatedAt,
                r.failureReason, repeated);
    }
}
