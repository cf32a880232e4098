package id.gamestore.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.notification.dispatch.AttemptRecorder;
import id.gamestore.notification.pacing.PacingConfig;
import id.gamestore.notification.pacing.RecipientPacer;
import id.gamestore.notification.receipt.EarlyReceipts;
import id.gamestore.notification.receipt.Receipt;
import id.gamestore.notification.receipt.ReceiptService;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Pacing and early receipts decide behaviour across processes: a second instance (or this one after a restart) is
 * played by a fresh object of the same class over the same database, as a second process would be.
 */
@QuarkusTest
@Order(9)
class SharedPacingAndReceiptsTest extends SandboxTest {
    @Inject
    RecipientPacer pacer;
    @Inject
    ReceiptService receipts;
    @Inject
    PacingConfig config;
    @Inject
    DeliveryService deliveries;
    @Inject
    DeliveryMetrics metrics;
    @Inject
    DataSource dataSource;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void twoInstancesNeverBothGetASlotForOneRecipientInsideTheWindow() throws Exception {
        RecipientPacer other = secondProcessPacer();
        for (int round = 0; round < 20; round++) {
            String phone = TestEvents.phone();
            List<Duration> waits = together(() -> pacer.reserve(phone),
                    () -> other.reserve(phone));
            assertThat(waits).as("round %d: slots granted", round).filteredOn(Duration::isZero).hasSize(1);
            assertThat(waits).filteredOn(w -> !w.isZero())
                    .allSatisfy(w -> assertThat(w).isPositive().isLessThanOrEqualTo(config.recipientSpacing()));
        }

        String phone = TestEvents.phone();
        assertThat(pacer.reserve(phone)).isZero();
        assertThat(secondProcessPacer().reserve(phone)).as("a restarted instance waits too")
                .isPositive();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> other.reserve(phone).isZero());
        assertThat(pacer.reserve(phone)).as("the slot the other instance took").isPositive();
    }

    @Test
    void aReceiptHeldAsEarlyByOneInstanceIsMatchedWhenAnotherRecordsTheSend() {
        UUID id = pendingDelivery();
        String wamid = "wamid.early-" + UUID.randomUUID();

        assertThat(receipts.apply(new Receipt(null, wamid, Receipt.Status.DELIVERED, null, "waha")))
                .as("no delivery has this message id yet").isFalse();
        AttemptRecorder restarted = secondProcessDeliveries();
        QuarkusTransaction.requiringNew().run(() -> restarted.recordOutcome(id, "waha", "text",
                new SendOutcome.Accepted(wamid), Instant.now()));

        Delivery d = find(id);
        assertThat(d.providerMessageId).isEqualTo(wamid);
        assertThat(d.state).isEqualTo(DeliveryState.DELIVERED);
        assertThat(d.deliveredAt).isNotNull();
    }

    @Test
    void aReceiptRacingTheSendsCommitIsNeverLeftBehind() throws Exception {
        AttemptRecorder other = secondProcessDeliveries();
        for (int round = 0; round < 15; round++) {
            UUID id = pendingDelivery();
            String wamid = "wamid.race-" + UUID.randomUUID();
            together(() -> receipts.apply(new Receipt(null, wamid, Receipt.Status.READ, null, "waha")),
                    () -> {
                        QuarkusTransaction.requiringNew().run(() -> other.recordOutcome(id, "waha", "text",
                                new SendOutcome.Accepted(wamid), Instant.now()));
                        return true;
                    });
            assertThat(find(id).state).as("round %d", round).isEqualTo(DeliveryState.READ);
        }
    }

    @Test
    void theWatcherPurgesPacingSlotsLongPastAndReceiptsThatNeverMatched() throws Exception {
        String oldPhone = Phones.digits(TestEvents.phone());
        String freshPhone = TestEvents.phone();
        String stale = "wamid.stale-" + UUID.randomUUID();
        String recent = "wamid.recent-" + UUID.randomUUID();
        assertThat(pacer.reserve(freshPhone)).isZero();
        execute("insert into recipient_pace (phone, last_send_at) values ('" + oldPhone + "', now() - interval '2 hours')");
        execute("insert into early_receipt (provider_message_id, status, received_at) values ('" + stale
                + "', 'DELIVERED', now() - interval '25 hours'), ('" + recent + "', 'DELIVERED', now() - interval '1 hour')");

        await().atMost(Duration.ofSeconds(10)).until(() -> count("recipient_pace where phone = '" + oldPhone + "'") == 0
                && count("early_receipt where provider_message_id = '" + stale + "'") == 0);
        assertThat(count("recipient_pace where phone = '" + Phones.digits(freshPhone) + "'")).isEqualTo(1);
        assertThat(count("early_receipt where provider_message_id = '" + recent + "'")).isEqualTo(1);
        execute("delete from early_receipt where provider_message_id = '" + recent + "'");
    }

    private void execute(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long count(String fromWhere) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from " + fromWhere)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private RecipientPacer secondProcessPacer() {
        return new RecipientPacer(config, dataSource);
    }

    /** What records a send's outcome in a second process: its own early-receipt store, the same database. */
    private AttemptRecorder secondProcessDeliveries() {
        return new AttemptRecorder(deliveries, new EarlyReceipts(), receipts, metrics);
    }

    /** Starts both calls at the same moment on two threads and answers their results in order. */
    @SafeVarargs
    private <T> List<T> together(Callable<T>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    /** A WhatsApp delivery whose send is in flight: PENDING, not due (the dispatcher leaves it alone). */
    private static UUID pendingDelivery() {
        UUID id = UUID.randomUUID();
        String orderId = TestEvents.orderId();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery d = new Delivery();
            d.id = id;
            d.dedupeKey = orderId + "/server-ready";
            d.orderId = orderId;
            d.eventId = UUID.randomUUID();
            d.kind = MessageKind.SERVER_READY;
            d.locale = "id";
            d.recipient = TestEvents.phone();
            d.state = DeliveryState.PENDING;
            d.eventOccurredAt = now;
            d.createdAt = now;
            d.updatedAt = now;
            d.persist();
        });
        return id;
    }

    private static Delivery find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(id));
    }
}
