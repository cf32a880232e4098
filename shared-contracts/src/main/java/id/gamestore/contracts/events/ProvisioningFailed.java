package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Provisioning failed for good and its partial work was undone (or could not be: see {@code compensated}).
 *
 * @param customerMessage safe to show the customer (Bahasa Indonesia)
 * @param adminDetail     for the admin: what failed and why, no secrets
 * @param failedStep      the step that failed
 * @param compensated     true when everything this job created was removed
 */
public record ProvisioningFailed(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String jobId,
        Customer customer,
        PackageRef pkg,
        FailureReason reason,
        String failedStep,
        String customerMessage,
        String adminDetail,
        boolean compensated) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static ProvisioningFailed of(String orderId, String correlationId, String jobId, Customer customer,
            PackageRef pkg, FailureReason reason, String failedStep, String customerMessage, String adminDetail,
            boolean compensated) {
        return new ProvisioningFailed(UUID.randomUUID(), EventTypes.PROVISIONING_FAILED, SCHEMA_VERSION, Instant.now(),
                orderId, correlationId, jobId, customer, pkg, reason, failedStep, customerMessage, adminDetail,
                compensated);
    }
}
