package id.gamestore.provisioning.lifecycle;

import java.time.Instant;
import java.util.UUID;

import id.gamestore.contracts.events.LifecycleAction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One requested lifecycle action (table {@code lifecycle_action}): what to do to which server, and where it is. */
@Entity
@Table(name = "lifecycle_action")
public class LifecycleJob extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "action_id")
    public String actionId;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "correlation_id")
    public String correlationId;
    @Enumerated(EnumType.STRING)
    public LifecycleAction action;
    @Column(name = "customer_json")
    public String customerJson;
    @Column(name = "server_id")
    public long serverId;
    @Column(name = "server_identifier")
    public String serverIdentifier;
    @Column(name = "package_code")
    public String packageCode;
    @Column(name = "requested_by")
    public String requestedBy;
    public String reason;
    @Enumerated(EnumType.STRING)
    public LifecycleState state;
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
    @Column(name = "user_deleted")
    public boolean userDeleted;
    public String detail;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
