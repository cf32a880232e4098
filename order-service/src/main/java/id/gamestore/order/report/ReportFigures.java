package id.gamestore.order.report;

import java.util.stream.Stream;

import id.gamestore.order.operations.client.Remote;
import id.gamestore.order.report.client.NotificationReportsApi;
import id.gamestore.order.report.client.ProvisioningReportsApi;
import id.gamestore.support.report.ReportRange;

/** Everything the admin's report shows for one range: the sales (ours) and the other services' parts as they came. */
public record ReportFigures(ReportRange range, SalesReport sales,
        Remote<ProvisioningReportsApi.ProvisioningReport> provisioning,
        Remote<ProvisioningReportsApi.CapacityReport> capacity,
        Remote<NotificationReportsApi.NotificationsReport> notifications) {

    /** Whether a part did not come because its service did not answer (worth asking again later). */
    public boolean partUnreachable() {
        return Stream.of(provisioning, capacity, notifications)
                .anyMatch(r -> r.outcome() == Remote.Outcome.UNREACHABLE);
    }
}
