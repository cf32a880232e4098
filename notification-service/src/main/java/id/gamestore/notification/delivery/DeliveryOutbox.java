package id.gamestore.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.RenderedMessage;

/** Writes deliveries; callers run it inside their transaction. One row per dedupe key. */
@ApplicationScoped
public class DeliveryOutbox {
    private final BodyCipher cipher;
    private final DeliveryMetrics metrics;
    private final Event<DeliveryFailed> failed;

    public DeliveryOutbox(BodyCipher cipher, DeliveryMetrics metrics, Event<DeliveryFailed> failed) {
        this.cipher = cipher;
        this.metrics = metrics;
        this.failed = failed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> find(String dedupeKey) {
        return Delivery.find("dedupeKey", dedupeKey).firstResultOptional();
    }

    /** Adds the delivery, due at {@code notBefore}, unless its dedupe key already exists (then answers that row). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery enqueue(NewDelivery spec, RenderedMessage message, Instant notBefore) {
        Optional<Delivery> existing = find(spec.dedupeKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        Delivery d = create(spec, DeliveryState.PENDING);
        d.bodyEnvelope = cipher.seal(d.id, message);
        d.nextAttemptAt = notBefore;
        d.persist();
        metrics.reached(d, DeliveryState.PENDING);
        return d;
    }

    /** Records a message that could not be rendered: FAILED at once, so the fallback (admin alert) takes over. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery unrenderable(NewDelivery spec, String code) {
        Optional<Delivery> existing = find(spec.dedupeKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        Delivery d = create(spec, DeliveryState.FAILED);
        d.failedAt = d.createdAt;
        d.failureCode = code;
        d.persist();
        metrics.reached(d, DeliveryState.FAILED);
        failed.fire(new DeliveryFailed(d));
        return d;
    }

    /**
     * Puts a newer rendering into a delivery not tried yet (progress coalescing), due at {@code due}: a notice waits
     * until its job has stood still that long, so a job that keeps moving sends its final message alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceBody(Delivery d, RenderedMessage message, UUID eventId, Instant due) {
        d.bodyEnvelope = cipher.seal(d.id, message);
        d.eventId = eventId;
        d.updatedAt = Instant.now();
        d.nextAttemptAt = due;
    }

    /** Progress notices of an order still waiting for their first try. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Delivery> untriedProgress(String orderId) {
        return Delivery.list("orderId = ?1 and kind = ?2 and state = ?3 and attempts = 0", orderId,
                MessageKind.PROGRESS, DeliveryState.PENDING);
    }

    /**
     * Drops the pending progress notices of the order and, when {@code recipient} is given, every other pending
     * progress notice to that number: the final message says more, and it must not wait behind a notice for
     * WhatsApp's per-recipient spacing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void supersedeProgress(String orderId, String recipient) {
        Instant now = Instant.now();
        List<Delivery> pending = recipient == null || recipient.isEmpty()
                ? Delivery.list("orderId = ?1 and kind = ?2 and state = ?3", orderId, MessageKind.PROGRESS,
                        DeliveryState.PENDING)
                : Delivery.list("(orderId = ?1 or recipient = ?4) and kind = ?2 and state = ?3", orderId,
                        MessageKind.PROGRESS, DeliveryState.PENDING, recipient);
        for (Delivery d : pending) {
            d.state = DeliveryState.SUPERSEDED;
            d.nextAttemptAt = null;
            d.updatedAt = now;
            d.purgeBody(now);
            metrics.reached(d, DeliveryState.SUPERSEDED);
        }
    }

    /**
     * Drops the customer's login messages (server-ready of any of their orders, or an earlier reset) still waiting to
     * be sent whose password a newer one (a reset, or a later order that set a new password) has replaced on the
     * panel: sent now, they would hand the customer a password that no longer works. The customer has one panel
     * user, so every order's login message to them is concerned. A send already in flight cannot be called back;
     * its message simply arrives before the new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int supersedeStaleLogins(String recipient, Instant passwordChangedAt) {
        Instant now = Instant.now();
        List<Delivery> stale = Delivery.list("recipient = ?1 and kind in ?2 and state = ?3 and eventOccurredAt < ?4",
                recipient, List.of(MessageKind.SERVER_READY, MessageKind.PASSWORD_RESET), DeliveryState.PENDING,
                passwordChangedAt);
        for (Delivery d : stale) {
            d.state = DeliveryState.SUPERSEDED;
            d.nextAttemptAt = null;
            d.updatedAt = now;
            d.purgeBody(now);
            metrics.reached(d, DeliveryState.SUPERSEDED);
        }
        return stale.size();
    }

    /** The highest step a progress notice already went out for, or 0. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int highestProgressStepSent(String orderId) {
        Integer step = Delivery.find("select max(progressStep) from Delivery where orderId = ?1 and kind = ?2 "
                + "and attempts > 0", orderId, MessageKind.PROGRESS).project(Integer.class).firstResult();
        return step == null ? 0 : step;
    }

    /** Serialises the handling of one order's events (they may arrive on several consumer threads at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockOrder(String orderId) {
        Delivery.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, orderId).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean finalMessageExists(String orderId) {
        return Delivery.count("orderId = ?1 and kind in ?2", orderId, List.of(MessageKind.SERVER_READY,
                MessageKind.SERVER_READY_RETURNING, MessageKind.FAILURE_NOTICE)) > 0;
    }

    private static Delivery create(NewDelivery spec, DeliveryState state) {
        Instant now = Instant.now();
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.dedupeKey = spec.dedupeKey();
        d.orderId = spec.orderId();
        d.correlationId = spec.correlationId();
        d.eventId = spec.eventId();
        d.kind = spec.kind();
        d.locale = spec.locale();
        d.recipient = spec.recipient();
        d.customerEmail = spec.customerEmail();
        d.state = state;
        d.eventOccurredAt = spec.eventOccurredAt() == null ? now : spec.eventOccurredAt();
        d.sourceDeliveryId = spec.sourceDeliveryId();
        d.requestId = spec.requestId();
        d.createdAt = now;
        d.updatedAt = now;
        return d;
    }
}
