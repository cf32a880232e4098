package id.gamestore.order.ordering.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrderPage", description = "One page of orders, newest first")
public record OrderPage(int page, int size, long total, List<OrderView> items) {
}
