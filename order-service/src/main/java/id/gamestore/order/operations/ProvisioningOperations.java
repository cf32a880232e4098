package id.gamestore.order.operations;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.gamestore.order.buildability.BuildabilityConfig;
import id.gamestore.order.operations.client.ProvisioningAdminApi;
import id.gamestore.order.operations.client.Remote;

/**
 * The admin's calls to provisioning-service ({@code PROVISIONING_URL} with {@code PROVISIONING_ADMIN_API_KEY}, the
 * same as the confirm check uses): retry a job, read a job, the free capacity and which packages fit. One attempt
 * each, bounded by {@code PROVISIONING_CHECK_TIMEOUT}; the admin asks again when it did not answer.
 */
@ApplicationScoped
public class ProvisioningOperations {
    private final ProvisioningAdminApi api;
    private final String key;

    @Inject
    public ProvisioningOperations(BuildabilityConfig config) {
        this(RemoteClients.build(ProvisioningAdminApi.class, config.url(), config.adminApiKey(), config.timeout()),
                config.adminApiKey().orElse(""));
    }

    ProvisioningOperations(ProvisioningAdminApi api, String key) {
        this.api = api;
        this.key = key;
    }

    /** {@code POST /api/admin/jobs/{orderId}/retry}: a FAILED job starts over, a COMPENSATION_FAILED one undoes again. */
    public Remote<ProvisioningAdminApi.Job> retry(String orderId) {
        return api == null ? Remote.notConfigured() : Remote.call(() -> api.retry(key, orderId));
    }

    /** {@code GET /api/admin/jobs/{orderId}}. */
    public Remote<ProvisioningAdminApi.Job> job(String orderId) {
        return api == null ? Remote.notConfigured() : Remote.call(() -> api.job(key, orderId));
    }

    /** {@code GET /api/admin/capacity}: free memory, disk and allocations per node, as the panel says now. */
    public Remote<List<ProvisioningAdminApi.NodeCapacity>> nodes() {
        return api == null ? Remote.notConfigured() : Remote.call(() -> api.capacity(key));
    }

    /** {@code GET /api/admin/capacity/packages}: which packages can be built now, and why not. */
    public Remote<ProvisioningAdminApi.Packages> packages() {
        return api == null ? Remote.notConfigured() : Remote.call(() -> api.packages(key));
    }
}
