package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One saga step finished.
 *
 * @param step       step name: {@code ENSURE_USER}, {@code PLACE}, {@code CREATE_SERVER}, {@code WAIT_INSTALL},
 *                   {@code CONFIGURE}, {@code START}
 * @param stepIndex  1-based position of the step
 * @param totalSteps how many steps this job runs
 * @param message    short customer-safe description (Bahasa Indonesia)
 */
public record ProvisioningProgress(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String jobId,
        Customer customer,
        String step,
        int stepIndex,
        int totalSteps,
        String message) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static ProvisioningProgress of(String orderId, String correlationId, String jobId, Customer customer,
            String step, int stepIndex, int totalSteps, String message) {
        return new ProvisioningProgress(UUID.randomUUID(), EventTypes.PROVISIONING_PROGRESS, SCHEMA_VERSION,
                Instant.now(), orderId, correlationId, jobId, customer, step, stepIndex, totalSteps, message);
    }
}
