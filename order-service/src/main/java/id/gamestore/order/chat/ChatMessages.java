package id.gamestore.order.chat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;

/**
 * The answered messages, by WhatsApp message id ({@code chat_message}). A message is claimed by inserting its row in
 * the transaction that answers it: a second copy's insert waits on the key until the first transaction ends (at most
 * {@code order.chat.duplicate-wait}), then finds the stored answer, or, if the first rolled back, claims it itself.
 * So one copy runs, never both.
 */
@ApplicationScoped
public class ChatMessages {
    /** PostgreSQL's lock_not_available: the wait for the other copy's transaction ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final EntityManager em;
    private final ObjectMapper json;

    ChatMessages(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * @return true when this transaction owns the message (nobody answered it before), false when it was answered
     * @throws Refused MESSAGE_IN_PROGRESS when another copy is still being answered after {@code wait}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String messageId, String sender, Instant now, Duration wait) {
        String before = (String) em.createNativeQuery("select current_setting('lock_timeout')").getSingleResult();
        lockTimeout(wait.toMillis() + "ms");
        boolean claimed;
        try {
            claimed = em.createNativeQuery("""
                    insert into chat_message (message_id, sender, created_at) values (:id, :sender, :now)
                    on conflict (message_id) do nothing
                    """).setParameter("id", messageId).setParameter("sender", sender).setParameter("now", now)
                    .executeUpdate() == 1;
        } catch (PersistenceException e) {
            if (LOCK_NOT_AVAILABLE.equals(sqlState(e))) {
                throw Refused.conflict(ErrorCodes.MESSAGE_IN_PROGRESS, "message " + messageId
                        + " is still being answered (an earlier copy of it); send it again in a few seconds");
            }
            throw e;
        }
        // The command's own statements (an order's row lock) wait as long as they would anywhere else.
        lockTimeout(before);
        return claimed;
    }

    /**
     * The stored answer of a message answered before.
     *
     * @throws Refused MESSAGE_ID_REUSED when it came from another number: that answer is never shown to anyone else
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChatResult stored(String messageId, String sender) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select sender, answer from chat_message where message_id = :id")
                .setParameter("id", messageId).getResultList();
        Object[] row = rows.get(0);
        if (!sender.equals(row[0])) {
            throw Refused.conflict(ErrorCodes.MESSAGE_ID_REUSED, "messageId " + messageId
                    + " was already used by another sender; every WhatsApp message has its own id");
        }
        try {
            return json.readValue((String) row[1], ChatResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored chat answer of " + messageId + " is not readable", e);
        }
    }

    /** Stores the answer of a message this transaction claimed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String messageId, ChatResult result) {
        String answer;
        try {
            answer = json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chat answer of " + messageId + " cannot be written as JSON", e);
        }
        em.createNativeQuery("update chat_message set command = :command, answer = :answer where message_id = :id")
                .setParameter("command", result.command()).setParameter("answer", answer)
                .setParameter("id", messageId).executeUpdate();
    }

    /** Deletes answers older than {@code cutoff} and rate-limit windows closed long ago; returns the answers deleted. */
    @Transactional
    public int purge(Instant cutoff, Instant rateCutoff) {
        em.createNativeQuery("delete from chat_rate where window_start < :cutoff").setParameter("cutoff", rateCutoff)
                .executeUpdate();
        return em.createNativeQuery("delete from chat_message where created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private void lockTimeout(String value) {
        em.createNativeQuery("select set_config('lock_timeout', :value, true)").setParameter("value", value)
                .getSingleResult();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
