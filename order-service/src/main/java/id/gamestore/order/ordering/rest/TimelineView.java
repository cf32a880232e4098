package id.gamestore.order.ordering.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.gamestore.order.ordering.OrderStatus;
import id.gamestore.order.ordering.TimelineEntry;

@Schema(name = "TimelineEntry", description = "A status change (kind STATUS), a provisioning step (kind STEP) or a "
        + "password reset (kind PASSWORD_RESET, step PASSWORD_RESET_REQUESTED, PASSWORD_RESET_COMPLETED or "
        + "PASSWORD_RESET_FAILED, no status)")
public record TimelineView(Instant at, TimelineEntry.Kind kind, OrderStatus status, String step, Integer stepIndex,
        Integer totalSteps, String message, String actor) {

    static TimelineView of(TimelineEntry e) {
        return new TimelineView(e.occurredAt, e.kind, e.status, e.step, e.stepIndex, e.totalSteps, e.message,
                e.actor);
    }
}
