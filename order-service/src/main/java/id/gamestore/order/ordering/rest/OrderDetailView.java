package id.gamestore.order.ordering.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.TimelineEntry;

@Schema(name = "OrderDetail", description = "All fields of Order, plus what an admin needs and the timeline")
public record OrderDetailView(
        @JsonUnwrapped OrderView order,
        String correlationId,
        String confirmedBy,
        String cancelReason,
        Instant cancelledAt,
        Failure failure,
        List<TimelineView> timeline) {

    @Schema(name = "Failure")
    public record Failure(String reason, String failedStep, String customerMessage, String adminDetail) {
    }

    public static OrderDetailView of(Order o, List<TimelineEntry> timeline) {
        Failure failure = o.failureReason == null ? null
                : new Failure(o.failureReason, o.failedStep, o.failureMessage, o.failureDetail);
        return new OrderDetailView(OrderView.of(o), o.correlationId, o.confirmedBy, o.cancelReason,
                o.cancelledAt, failure, timeline.stream().map(TimelineView::of).toList());
    }
}
