package id.gamestore.notification.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.crypto.CredentialEnvelope;

/**
 * Stores chat commands and claims the due ones. Adding is one {@code insert ... on conflict do nothing} on the
 * inbound message id, so a redelivered webhook, or the same message arriving on two webhooks or two instances at
 * once, is stored once. Claims take rows with {@code FOR UPDATE SKIP LOCKED} and lease them, like deliveries.
 */
@ApplicationScoped
public class ChatCommands {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A claimed command, detached from the transaction that claimed it. */
    public record Claimed(UUID id, String messageId, String sender, String command, String textEnvelope,
            int attempts, Instant receivedAt) {
    }

    /** The sealed part of a command. Never prints it. */
    record Sealed(String text, String pushName) {
        @Override
        public String toString() {
            return "Sealed";
        }
    }

    private final EntityManager em;
    private final CredentialCipher cipher;

    public ChatCommands(EntityManager em, CredentialCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    /** Stores the command, due now; answers false when its message id was stored before. */
    @Transactional
    public boolean add(InboundText in) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int inserted = em.createNativeQuery("insert into chat_command (id, message_id, sender, channel, command,"
                + " text_envelope, state, attempts, next_attempt_at, received_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?7, ?7) on conflict (message_id) do nothing")
                .setParameter(1, id)
                .setParameter(2, in.messageId())
                .setParameter(3, in.from())
                .setParameter(4, in.channel())
                .setParameter(5, CommandWords.word(in.text()))
                .setParameter(6, seal(id, new Sealed(in.text(), in.pushName())))
                .setParameter(7, now)
                .executeUpdate();
        return inserted == 1;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Claimed> claimDue(int limit, Duration lease) {
        Instant now = Instant.now();
        List<UUID> ids = em.createNativeQuery("select id from chat_command where state = 'PENDING'"
                + " and next_attempt_at <= ?1 order by next_attempt_at limit ?2 for update skip locked", UUID.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ChatCommand> claimed = ChatCommand.list("id in ?1", ids);
        return claimed.stream().map(c -> {
            c.nextAttemptAt = now.plus(lease);
            return new Claimed(c.id, c.messageId, c.sender, c.command, c.textEnvelope, c.attempts, c.receivedAt);
        }).toList();
    }

    /** The command still PENDING, locked for the caller's transaction; null once settled. */
    @Transactional(Transactional.TxType.MANDATORY)
    ChatCommand lockPending(UUID id) {
        ChatCommand c = ChatCommand.findById(id, LockModeType.PESSIMISTIC_WRITE);
        return c == null || c.state != ChatCommand.State.PENDING ? null : c;
    }

    /**
     * Opens the text of a claimed command.
     *
     * @throws CredentialCipher.EnvelopeException or {@link UncheckedIOException} when it cannot be opened
     */
    Sealed open(Claimed claimed) {
        try {
            CredentialEnvelope envelope = JSON.readValue(claimed.textEnvelope(), CredentialEnvelope.class);
            return JSON.readValue(cipher.open(envelope, aad(claimed.id())), Sealed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("stored text of chat command " + claimed.id()
                    + " unreadable"));
        }
    }

    private String seal(UUID id, Sealed sealed) {
        try {
            return JSON.writeValueAsString(cipher.seal(JSON.writeValueAsString(sealed), aad(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String aad(UUID id) {
        return "chat-command:" + id;
    }
}
