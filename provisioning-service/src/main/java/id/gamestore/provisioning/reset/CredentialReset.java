package id.gamestore.provisioning.reset;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One requested password reset: what is needed to answer it (request id, correlation id, customer) and where it
 * is. Holds no password, sealed or not.
 */
@Entity
@Table(name = "credential_reset")
public class CredentialReset extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "customer_json")
    public String customerJson;
    @Column(name = "requested_by")
    public String requestedBy;
    @Enumerated(EnumType.STRING)
    public ResetState state;
    public int attempts;
    @Column(name = "next_run_at")
    public Instant nextRunAt;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
