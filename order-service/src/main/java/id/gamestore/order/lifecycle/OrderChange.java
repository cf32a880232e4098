package id.gamestore.order.lifecycle;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A renewal ({@code REN-...}) or a package change ({@code CHG-...}) of a provisioned order. */
@Entity
@Table(name = "order_change")
public class OrderChange extends PanacheEntityBase {
    public enum Kind {
        RENEWAL,
        PACKAGE_CHANGE
    }

    /** PENDING until the admin confirms or cancels; a package change is CONFIRMED until the panel answers. */
    public enum Status {
        PENDING,
        CONFIRMED,
        APPLIED,
        REFUSED,
        CANCELLED
    }

    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public Integer months;
    @Column(name = "new_package_code")
    public String newPackageCode;
    @Column(name = "new_package_name")
    public String newPackageName;
    /** IDR: the renewal's price, or the package change's pro-rata difference (negative: a credit). */
    public long amount;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "confirmed_by")
    public String confirmedBy;
    public String detail;
    @Column(name = "new_expires_at")
    public Instant newExpiresAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<OrderChange> pending(String orderId, Kind kind) {
        return find("orderId = ?1 and kind = ?2 and status = ?3", orderId, kind, Status.PENDING).firstResultOptional();
    }
}
