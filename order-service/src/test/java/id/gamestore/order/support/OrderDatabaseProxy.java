package id.gamestore.order.support;

import java.util.Map;

import id.gamestore.support.testing.DatabaseProxyResource;

/** order-service's test database behind a proxy, with consumer pauses short enough that the old requeue budget would run out within a second or two. */
public class OrderDatabaseProxy extends DatabaseProxyResource {
    @Override
    protected String defaultUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/orders_test";
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("order.consumer.requeue-pause", "100ms",
                "order.consumer.max-requeue-pause", "200ms",
                "order.consumer.hold-pause", "100ms",
                "order.consumer.max-hold-pause", "500ms");
    }
}
