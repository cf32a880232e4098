package id.gamestore.notification.chat;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A chat command typed on the store's number, and how far answering it got. The text is kept encrypted. */
@Entity
@Table(name = "chat_command")
public class ChatCommand extends PanacheEntityBase {
    /** PENDING until order-service answered (ANSWERED), refused it for good (REFUSED), or we gave up (GAVE_UP). */
    public enum State {
        PENDING, ANSWERED, REFUSED, GAVE_UP
    }

    @Id
    public UUID id;
    @Column(name = "message_id")
    public String messageId;
    /** The sender's WhatsApp id (digits): the only number its replies may go to. */
    public String sender;
    public String channel;
    /** The command word ({@link CommandWords#word}), the only part of the text kept in clear. */
    public String command;
    @Column(name = "text_envelope")
    public String textEnvelope;
    @Enumerated(EnumType.STRING)
    public State state;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "handled_as")
    public String handledAs;
    public Integer replies;
    @Column(name = "refused_replies")
    public Integer refusedReplies;
    @Column(name = "failure_code")
    public String failureCode;

    /** Ends the command's life in {@code state}; its text is no longer needed. */
    void settle(State state, Instant now) {
        this.state = state;
        this.nextAttemptAt = null;
        this.textEnvelope = null;
        this.updatedAt = now;
    }
}
