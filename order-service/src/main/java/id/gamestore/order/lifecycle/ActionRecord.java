package id.gamestore.order.lifecycle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.gamestore.contracts.events.LifecycleAction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A lifecycle action order-service asked provisioning-service for, and its answer. */
@Entity
@Table(name = "lifecycle_action")
public class ActionRecord extends PanacheEntityBase {
    public enum Status {
        REQUESTED,
        COMPLETED,
        FAILED
    }

    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    public LifecycleAction action;
    public String reason;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "change_id")
    public String changeId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String detail;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
