package id.gamestore.notification.tracking;

import java.time.Instant;

import id.gamestore.notification.delivery.DeliveryAttempt;

/** One attempt as the admin API shows it. */
public record AttemptView(int attemptNo, String channel, String mode, String outcome, String providerCode,
        String providerMessageId, Instant startedAt, long durationMs) {

    static AttemptView of(DeliveryAttempt a) {
        return new AttemptView(a.attemptNo, a.channel, a.mode, a.outcome, a.providerCode, a.providerMessageId,
                a.startedAt, a.durationMs);
    }
}
