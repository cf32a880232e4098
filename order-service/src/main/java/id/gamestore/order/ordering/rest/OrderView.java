package id.gamestore.order.ordering.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderStatus;

@Schema(name = "Order", description = "An order as the bot sees it")
public record OrderView(
        @Schema(example = "ORD-7KQ2M9XD") String orderId,
        OrderStatus status,
        @Schema(example = "CUS-1F8ZQ0M3KD") String customerId,
        String customerName,
        @Schema(description = "E.164", example = "+6281234567890") String phone,
        String email,
        String locale,
        String packageCode,
        String packageName,
        String game,
        int durationMonths,
        @Schema(description = "IDR") long pricePerMonth,
        @Schema(description = "IDR, pricePerMonth x durationMonths") long totalPrice,
        @Schema(example = "IDR") String currency,
        Instant createdAt,
        Instant updatedAt,
        Instant confirmedAt,
        ServerView server,
        @Schema(description = "customer-safe reason when FAILED") String failureMessage,
        @Schema(description = "the server's term once provisioned (null before)", nullable = true) TermView term) {

    public static OrderView of(Order o) {
        return new OrderView(o.id, o.status, o.customerId, o.customerName, o.customerPhone, o.customerEmail, o.locale,
                o.packageCode, o.packageName, o.game, o.durationMonths, o.pricePerMonth, o.totalPrice, "IDR",
                o.createdAt, o.updatedAt, o.confirmedAt, ServerView.of(o), o.failureMessage, TermView.of(o));
    }
}
