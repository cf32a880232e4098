package id.gamestore.order.customer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A customer, one per normalised phone number. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {
    @Id
    public String id;
    @Column(nullable = false, unique = true)
    public String phone;
    @Column(nullable = false)
    public String name;
    public String email;
    @Column(nullable = false)
    public String locale;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Customer findByPhone(String e164) {
        return find("phone", e164).firstResult();
    }
}
