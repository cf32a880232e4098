package id.gamestore.notification.support;

import java.util.Map;

import id.gamestore.support.testing.DatabaseProxyResource;

/** notification-service's test database behind a proxy, with consumer pauses short enough that the old requeue budget would run out within a second or two. */
public class NotificationDatabaseProxy extends DatabaseProxyResource {
    @Override
    protected String defaultUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/notifications_test";
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("notification.broker.requeue-pause", "100ms",
                "notification.broker.max-requeue-pause", "200ms",
                "notification.broker.hold-pause", "100ms",
                "notification.broker.max-hold-pause", "500ms");
    }
}
