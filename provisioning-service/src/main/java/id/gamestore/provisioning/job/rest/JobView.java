package id.gamestore.provisioning.job.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.job.StepLogEntry;
import id.gamestore.provisioning.job.StepStatus;

/** A job as admins see it: never the password envelope. */
public record JobView(String jobId, String orderId, String correlationId, String packageCode, String customerId,
        String state, String currentStep, Map<String, String> steps, int attempts, String lastError,
        String failureReason, String failedStep, String failureDetail, boolean cancelRequested, Instant deadline,
        Long panelUserId, String panelUsername, boolean userCreatedByJob, Long serverId, String serverIdentifier,
        String address, Long nodeId, Instant createdAt, Instant updatedAt, Instant finishedAt, List<Step> log) {

    /** One step-log line. */
    public record Step(String step, String outcome, String detail, long durationMs, String instance, Instant at) {
    }

    static JobView of(ProvisioningJob j, List<StepLogEntry> log) {
        return new JobView(j.id.toString(), j.orderId, j.correlationId, j.pkg().code(),
                j.customer().customerId(), j.state.name(), j.currentStep.name(), StepStatus.parse(j.stepStatus),
                j.attempts, j.lastError, j.failureReason, j.failedStep, j.failureDetail, j.cancelRequested, j.deadline,
                j.panelUserId, j.panelUsername, j.userCreated, j.serverId, j.serverIdentifier,
                j.serverIp == null ? null : j.serverIp + ":" + j.serverPort, j.nodeId, j.createdAt, j.updatedAt,
                j.finishedAt, log == null ? null
                        : log.stream().map(e -> new Step(e.step, e.outcome, e.detail, e.durationMs, e.instanceId, e.at))
                                .toList());
    }
}
