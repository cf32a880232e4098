package id.gamestore.order.reset;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A request for a new panel password of an order. The password itself is never stored here or anywhere else. */
@Entity
@Table(name = "password_reset_request")
public class PasswordResetRequest extends PanacheEntityBase {
    @Id
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "order_id")
    public String orderId;
    /** {@code customer} or {@code admin:<name>}. */
    @Column(name = "requested_by")
    public String requestedBy;
    @Enumerated(EnumType.STRING)
    public PasswordResetStatus status;
    /** The reason code of {@code credentials.reset-failed}, e.g. {@code PANEL_USER_MISSING}. */
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The newest request of an order made after {@code since}. */
    public static Optional<PasswordResetRequest> latestSince(String orderId, Instant since) {
        return find("orderId = ?1 and createdAt > ?2 order by createdAt desc", orderId, since)
                .<PasswordResetRequest>firstResultOptional();
    }
}
