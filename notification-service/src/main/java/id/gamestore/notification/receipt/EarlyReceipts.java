package id.gamestore.notification.receipt;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Receipts that name a provider message id we have not stored yet: a gateway without a callback field can post
 * its first ack before our send call has returned. Held in the database, so the instance that records the send
 * finds them even when another instance took the webhook, or this one restarted in between.
 * <p>
 * Holding and claiming one message id are serialized by a transaction-scoped advisory lock on that id: a receipt
 * that found no delivery is committed before the send that records the id looks for held receipts, or it waits for
 * that send's commit and then finds the delivery itself. So no receipt is left behind between the two.
 */
@ApplicationScoped
public class EarlyReceipts {
    /** Namespace of the two-key advisory locks on provider message ids (the one-key space is the outbox's). */
    private static final int LOCK_SPACE = 0x52435054;

    /** Takes this message id's lock until the transaction ends; call before looking the id up or claiming it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String providerMessageId) {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) locked")
                .setParameter(1, LOCK_SPACE)
                .setParameter(2, providerMessageId)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(Receipt receipt) {
        EarlyReceipt held = new EarlyReceipt();
        held.providerMessageId = receipt.providerMessageId();
        held.deliveryId = receipt.deliveryId();
        held.status = receipt.status();
        held.errorCode = receipt.errorCode();
        held.channel = receipt.channel();
        held.receivedAt = Instant.now();
        held.persist();
    }

    /** Removes and answers the receipts held for this id, oldest first; the caller's transaction records the id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Receipt> claim(String providerMessageId) {
        lock(providerMessageId);
        List<EarlyReceipt> held = EarlyReceipt.list("providerMessageId = ?1 order by id", providerMessageId);
        held.forEach(EarlyReceipt::delete);
        return held.stream().map(EarlyReceipt::receipt).toList();
    }

    /** Drops receipts held since before {@code horizon}: their send never reported that id. Answers how many. */
    @Transactional
    public long purgeOlderThan(Instant horizon) {
        return EarlyReceipt.delete("receivedAt < ?1", horizon);
    }
}
