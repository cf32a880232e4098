package id.gamestore.notification.channel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When a customer last wrote to the business number: the Cloud API's 24-hour window runs from then. */
@Entity
@Table(name = "conversation_window")
public class ConversationWindow extends PanacheEntityBase {
    @Id
    public String phone;

    @Column(name = "last_inbound_at", nullable = false)
    public Instant lastInboundAt;
}
