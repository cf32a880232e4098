package id.gamestore.order.ordering;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An order with a snapshot of its customer and package as they were when it was placed. */
@Entity
@Table(name = "orders")
public class Order extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "customer_name")
    public String customerName;
    @Column(name = "customer_phone")
    public String customerPhone;
    @Column(name = "customer_email")
    public String customerEmail;
    public String locale;
    @Column(name = "package_code")
    public String packageCode;
    @Column(name = "package_name")
    public String packageName;
    public String game;
    @Column(name = "duration_months")
    public int durationMonths;
    @Column(name = "price_per_month")
    public long pricePerMonth;
    @Column(name = "total_price")
    public long totalPrice;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "confirmed_by")
    public String confirmedBy;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "server_id")
    public Long serverId;
    @Column(name = "server_identifier")
    public String serverIdentifier;
    @Column(name = "server_name")
    public String serverName;
    @Column(name = "server_address")
    public String serverAddress;
    @Column(name = "panel_url")
    public String panelUrl;
    @Column(name = "panel_username")
    public String panelUsername;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "failed_step")
    public String failedStep;
    @Column(name = "failure_message")
    public String failureMessage;
    @Column(name = "failure_detail")
    public String failureDetail;
    /** The package's trial term (ISO-8601) when it is a trial package: each ordered "month" is one such term. */
    @Column(name = "trial_duration")
    public String trialDuration;
    /** When the server's paid term ends (null until the order completes). */
    @Column(name = "expires_at")
    public Instant expiresAt;
    /** ACTIVE, SUSPENDED or TERMINATED once provisioned; null before. */
    @Enumerated(EnumType.STRING)
    @Column(name = "service_state")
    public ServiceState serviceState;
    /** How many of the configured reminders (earliest first) are done for the current term. */
    @Column(name = "reminders_sent")
    public int remindersSent;
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    @Column(name = "terminates_at")
    public Instant terminatesAt;
    @Column(name = "termination_warned_at")
    public Instant terminationWarnedAt;
    @Column(name = "terminated_at")
    public Instant terminatedAt;
    /** When the lifecycle schedule looks at this order next. */
    @Column(name = "lifecycle_due_at")
    public Instant lifecycleDueAt;
    /** The lifecycle action asked of provisioning-service and not answered yet. */
    @Column(name = "pending_action_id")
    public String pendingActionId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
