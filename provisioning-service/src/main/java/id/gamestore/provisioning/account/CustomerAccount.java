package id.gamestore.provisioning.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer's panel login as this product knows it: who may change the password now ({@code holder}, a job or a
 * reset), and which order (or reset request) carries the current password and whether it arrived.
 */
@Entity
@Table(name = "customer_account")
public class CustomerAccount extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "panel_user_id")
    public Long panelUserId;
    @Column(name = "panel_username")
    public String panelUsername;
    @Column(name = "panel_email")
    public String panelEmail;
    public String holder;
    @Column(name = "held_since")
    public Instant heldSince;
    @Column(name = "password_order_id")
    public String passwordOrderId;
    @Column(name = "password_request_id")
    public String passwordRequestId;
    @Enumerated(EnumType.STRING)
    @Column(name = "password_state")
    public PasswordState passwordState;
    @Column(name = "password_state_at")
    public Instant passwordStateAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A detached copy of what a claim saw; {@code login} is null until an order of the customer completed. */
    public record Snapshot(String customerId, PasswordState state, Instant stateAt, String passwordOrderId,
            String passwordRequestId, KnownLogin login) {
    }

    /** The customer's panel user as our records have it (from the panel's answers, never from the customer). */
    public record KnownLogin(long userId, String username, String email) {
    }

    Snapshot snapshot() {
        KnownLogin login = panelUserId == null || panelUsername == null ? null
                : new KnownLogin(panelUserId, panelUsername, panelEmail);
        return new Snapshot(customerId, passwordState, passwordStateAt, passwordOrderId, passwordRequestId, login);
    }
}
