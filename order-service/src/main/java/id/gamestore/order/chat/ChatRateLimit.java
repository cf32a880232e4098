package id.gamestore.order.chat;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Commands per sender per minute, counted in the database so every instance agrees. A window starts with a sender's
 * first command and lasts a minute; the count is taken in the transaction that answers the message, so a message
 * whose answer is rolled back does not count, and a redelivered message (answered from its record) never reaches it.
 */
@ApplicationScoped
public class ChatRateLimit {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final EntityManager em;
    private final ChatConfig config;

    ChatRateLimit(EntityManager em, ChatConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Within the limit, the first message beyond it (told to slow down), or later ones (answered with silence). */
    public enum Verdict {
        ALLOWED, FIRST_OVER, OVER
    }

    /** The verdict on one command, and when the sender's window closes. */
    public record Counted(Verdict verdict, Instant windowEnds) {
        /** Seconds from now until the window closes, at least 1. */
        public long secondsLeft(Instant now) {
            return Math.max(1, Duration.between(now, windowEnds).toSeconds());
        }
    }

    /** Counts one command of the sender and says what to do with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Counted count(String sender, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("""
                insert into chat_rate (sender, window_start, count) values (:sender, :now, 1)
                on conflict (sender) do update set
                    window_start = case when chat_rate.window_start <= :windowOpen then :now
                                   else chat_rate.window_start end,
                    count = case when chat_rate.window_start <= :windowOpen then 1 else chat_rate.count + 1 end
                returning count, cast(extract(epoch from window_start) * 1000 as bigint)
                """).setParameter("sender", sender).setParameter("now", now)
                .setParameter("windowOpen", now.minus(WINDOW)).getSingleResult();
        int count = ((Number) row[0]).intValue();
        Instant windowEnds = Instant.ofEpochMilli(((Number) row[1]).longValue()).plus(WINDOW);
        int limit = config.rateLimitPerMinute();
        Verdict verdict = count <= limit ? Verdict.ALLOWED : count == limit + 1 ? Verdict.FIRST_OVER : Verdict.OVER;
        return new Counted(verdict, windowEnds);
    }
}
