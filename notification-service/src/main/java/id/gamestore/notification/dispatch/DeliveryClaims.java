package id.gamestore.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.gamestore.notification.channel.ConversationWindows;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.recipient.Phones;

/**
 * Claims due deliveries with {@code FOR UPDATE SKIP LOCKED}, so several dispatchers (or replicas) never take the
 * same row, and leases them: a claimed row is not due again until the lease ends, which also covers a crash
 * between claim and outcome (the row is retried after the restart).
 */
@ApplicationScoped
public class DeliveryClaims {
    private final EntityManager em;
    private final ConversationWindows windows;

    public DeliveryClaims(EntityManager em, ConversationWindows windows) {
        this.em = em;
        this.windows = windows;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<DispatchTask> claimDue(int limit, Duration lease) {
        Instant now = Instant.now();
        // a chat reply waits for the reply before it (replies to one command go out in order)
        List<UUID> ids = em.createNativeQuery("select id from delivery d where state = 'PENDING' and next_attempt_at <= ?1"
                + " and (follows_delivery_id is null or not exists (select 1 from delivery p"
                + " where p.id = d.follows_delivery_id and p.state = 'PENDING'))"
                + " order by next_attempt_at limit ?2 for update of d skip locked", UUID.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Delivery> claimed = Delivery.list("id in ?1", ids);
        List<String> open = windows.openAmong(claimed.stream().map(d -> d.recipient).toList(), now);
        return claimed.stream().map(d -> {
            d.nextAttemptAt = now.plus(lease);
            return DispatchTask.of(d, open.contains(Phones.digits(d.recipient)));
        }).toList();
    }
}
