package id.gamestore.order.ordering.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerOrders", description = "A customer's orders, newest first (empty for an unknown number)")
public record CustomerOrdersView(
        @Schema(example = "+6281234567890") String phone,
        @Schema(description = "null when the number never ordered") String customerId,
        List<OrderView> orders) {
}
