package id.gamestore.order.lifecycle.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.gamestore.order.lifecycle.OrderChange;

@Schema(name = "OrderChange", description = "A renewal (REN-...) or package change (CHG-...); the admin confirms it")
public record ChangeView(
        @Schema(example = "REN-7KQ2M9XD") String changeId,
        @Schema(example = "ORD-7KQ2M9XD") String orderId,
        OrderChange.Kind kind,
        @Schema(description = "RENEWAL: the months bought") Integer durationMonths,
        @Schema(description = "PACKAGE_CHANGE: the package asked for") String newPackageCode,
        String newPackageName,
        @Schema(description = "IDR: a renewal's price, or a package change's pro-rata difference for the rest of the "
                + "term (negative: owed to the customer)") long amount,
        @Schema(description = "PENDING (waiting for the admin), CONFIRMED (package change on its way to the panel), "
                + "APPLIED, REFUSED (detail says why), CANCELLED") OrderChange.Status status,
        String requestedBy,
        String confirmedBy,
        String detail,
        @Schema(description = "RENEWAL once applied: the new end of the term") Instant newExpiresAt,
        Instant createdAt,
        @Schema(description = "true when this call asked for the same pending change again") Boolean repeated) {

    public static ChangeView of(OrderChange c, Boolean repeated) {
        return new ChangeView(c.id, c.orderId, c.kind, c.months, c.newPackageCode, c.newPackageName, c.amount,
                c.status, c.requestedBy, c.confirmedBy, c.detail, c.newExpiresAt, c.createdAt, repeated);
    }
}
