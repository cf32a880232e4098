package id.gamestore.order.report;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.gamestore.order.buildability.BuildabilityConfig;
import id.gamestore.order.operations.NotificationConfig;
import id.gamestore.order.operations.RemoteClients;
import id.gamestore.order.operations.client.Remote;
import id.gamestore.order.report.client.NotificationReportsApi;
import id.gamestore.order.report.client.ProvisioningReportsApi;
import id.gamestore.support.report.ReportRange;

/**
 * The parts of the admin's report other services own: provisioning and capacity from provisioning-service
 * ({@code PROVISIONING_URL}, {@code PROVISIONING_ADMIN_API_KEY}), messages from notification-service
 * ({@code NOTIFICATION_URL}, {@code NOTIFICATION_ADMIN_API_KEY}). One attempt each, bounded by the timeouts those
 * calls already use; a part that does not come is a {@link Remote} saying why, never an exception.
 */
@ApplicationScoped
public class ReportParts {
    private final ProvisioningReportsApi provisioning;
    private final String provisioningKey;
    private final NotificationReportsApi notification;
    private final String notificationKey;

    @Inject
    ReportParts(BuildabilityConfig provisioningConfig, NotificationConfig notificationConfig) {
        this(provisioningConfig.url(), provisioningConfig.adminApiKey(), provisioningConfig.timeout(),
                notificationConfig.url(), notificationConfig.adminApiKey(), notificationConfig.timeout());
    }

    ReportParts(Optional<String> provisioningUrl, Optional<String> provisioningKey, Duration provisioningTimeout,
            Optional<String> notificationUrl, Optional<String> notificationKey, Duration notificationTimeout) {
        this.provisioning = RemoteClients.build(ProvisioningReportsApi.class, provisioningUrl, provisioningKey,
                provisioningTimeout);
        this.provisioningKey = provisioningKey.orElse("");
        this.notification = RemoteClients.build(NotificationReportsApi.class, notificationUrl, notificationKey,
                notificationTimeout);
        this.notificationKey = notificationKey.orElse("");
    }

    public Remote<ProvisioningReportsApi.ProvisioningReport> provisioning(ReportRange range) {
        return provisioning == null ? Remote.notConfigured() : Remote.call(() -> provisioning.provisioning(
                provisioningKey, range.from().toString(), range.to().toString()));
    }

    public Remote<ProvisioningReportsApi.CapacityReport> capacity(ReportRange range) {
        return provisioning == null ? Remote.notConfigured() : Remote.call(() -> provisioning.capacity(
                provisioningKey, range.from().toString(), range.to().toString()));
    }

    public Remote<NotificationReportsApi.NotificationsReport> notifications(ReportRange range) {
        return notification == null ? Remote.notConfigured() : Remote.call(() -> notification.notifications(
                notificationKey, range.from().toString(), range.to().toString()));
    }
}
