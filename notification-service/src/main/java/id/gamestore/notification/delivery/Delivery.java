package id.gamestore.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.gamestore.notification.template.MessageKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One message we owe someone, and how far it got. The body is stored encrypted and purged once delivered. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "dedupe_key")
    public String dedupeKey;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "event_id")
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    public MessageKind kind;
    public String locale;
    public String recipient;
    @Column(name = "customer_email")
    public String customerEmail;
    @Enumerated(EnumType.STRING)
    public DeliveryState state;
    @Column(name = "body_envelope")
    public String bodyEnvelope;
    @Column(name = "body_purged_at")
    public Instant bodyPurgedAt;
    @Column(name = "force_template")
    public boolean forceTemplate;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "event_occurred_at")
    public Instant eventOccurredAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "read_at")
    public Instant readAt;
    @Column(name = "failed_at")
    public Instant failedAt;
    @Column(name = "failure_code")
    public String failureCode;
    @Column(name = "provider_message_id")
    public String providerMessageId;
    public String channel;
    public String fallback;
    @Column(name = "fallback_at")
    public Instant fallbackAt;
    @Column(name = "source_delivery_id")
    public UUID sourceDeliveryId;
    @Column(name = "progress_step")
    public Integer progressStep;
    /** The reset request a password-reset message answers; null for every other kind. */
    @Column(name = "request_id")
    public String requestId;
    /** A chat reply after the first to one command: not sent while this earlier reply is still pending. */
    @Column(name = "follows_delivery_id")
    public UUID followsDeliveryId;

    public void purgeBody(Instant now) {
        if (bodyEnvelope != null) {
            bodyEnvelope = null;
            bodyPurgedAt = now;
        }
    }
}
