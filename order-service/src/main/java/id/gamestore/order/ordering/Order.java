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
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
