package id.gamestore.notification.receipt;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A receipt held until the send that produced its provider message id is recorded (see {@link EarlyReceipts}). */
@Entity
@Table(name = "early_receipt")
public class EarlyReceipt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "provider_message_id")
    public String providerMessageId;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Enumerated(EnumType.STRING)
    public Receipt.Status status;
    @Column(name = "error_code")
    public Integer errorCode;
    public String channel;
    @Column(name = "received_at")
    public Instant receivedAt;

    Receipt receipt() {
        return new Receipt(deliveryId, providerMessageId, status, errorCode, channel);
    }
}
