package id.gamestore.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One try to hand a delivery to a channel. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Column(name = "attempt_no")
    public int attemptNo;
    public String channel;
    /** {@code text}, {@code template} or {@code email}. */
    public String mode;
    public String outcome;
    @Column(name = "provider_code")
    public String providerCode;
    @Column(name = "provider_message_id")
    public String providerMessageId;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "duration_ms")
    public long durationMs;
}
