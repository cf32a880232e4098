package id.gamestore.notification.delivery;

import static id.gamestore.notification.support.TestEvents.completed;
import static id.gamestore.notification.support.TestEvents.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import id.gamestore.sandbox.whatsapp.faults.RecipientOutcome;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Order(2)
class RetryAndFallbackTest extends SandboxTest {

    @Test
    void channelFailingThreeTimesThenRecoveringDeliversOnceWithEveryAttemptRecorded() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        awaitQuiet();
        sandbox.faults().failNext(1, FaultKind.SERVER_ERROR).failNext(1, FaultKind.SERVICE_UNAVAILABLE)
                .failNext(1, FaultKind.THROUGHPUT_LIMIT);

        TestBroker.publish(event);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);
        Delivery d = Deliveries.one(event.orderId(), MessageKind.SERVER_READY);
        List<DeliveryAttempt> attempts = Deliveries.attempts(d);
        assertThat(attempts).extracting(a -> a.outcome)
                .containsExactly("RETRYABLE", "RETRYABLE", "RETRYABLE", "ACCEPTED");
        assertThat(attempts).extracting(a -> a.providerCode).containsExactly("131000", "2", "130429", null);
        assertThat(attempts).allSatisfy(a -> assertThat(a.channel).isEqualTo("cloud"));
        assertThat(attempts.get(3).providerMessageId).isEqualTo(d.providerMessageId);
        assertStaysAt(phone, 1, Duration.ofSeconds(1));
        System.out.printf("lost=0 duplicated=%d orphaned=0 recovered=1%n", sandbox.messagesTo(phone).size() - 1);
    }

    @Test
    void undeliverableRecipientGetsTheMessageByEmail() throws Exception {
        String phone = TestEvents.phone();
        String email = "budi." + phone.substring(1) + "@example.test";
        String password = TestEvents.password();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, email), password);
        sandbox.faults().undeliverable(phone);

        TestBroker.publish(event);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
        MimeMessage mail = mailsTo(email).get(0);
        assertThat(mail.getSubject()).contains(event.orderId());
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains(event.orderId());
        Delivery source = Deliveries.one(event.orderId(), MessageKind.SERVER_READY);
        assertThat(source.state).isEqualTo(DeliveryState.FAILED);
        assertThat(source.failureCode).contains("131026");
        assertThat(source.fallback).isEqualTo("email");
        assertThat(source.bodyEnvelope).isNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> Deliveries.state(event.orderId(),
                MessageKind.FALLBACK_EMAIL) == DeliveryState.DELIVERED);
        assertThat(sandbox.messagesTo(TestEvents.ADMIN_DIGITS)).noneMatch(m -> m.templateParams()
                .contains(event.orderId()));
    }

    @Test
    void undeliverableRecipientWithoutEmailRaisesAnAdminAlert() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        sandbox.faults().undeliverable(phone);

        TestBroker.publish(event);

        await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.messagesTo(TestEvents.ADMIN_DIGITS).stream()
                .anyMatch(m -> m.templateParams().contains(event.orderId())));
        var alert = sandbox.messagesTo(TestEvents.ADMIN_DIGITS).stream()
                .filter(m -> m.templateParams().contains(event.orderId())).findFirst().orElseThrow();
        assertThat(alert.templateName()).isEqualTo("admin_alert");
        assertThat(alert.templateParams()).contains("UNDELIVERED", phone);
        assertThat(String.join(" ", alert.templateParams())).doesNotContain(TestEvents.PASSWORD_MARK);
        assertThat(Deliveries.one(event.orderId(), MessageKind.SERVER_READY).fallback).isEqualTo("admin-alert");
    }

    @Test
    void noDeliveryReceiptBeforeTheDeadlineFallsBackToEmail() {
        String phone = TestEvents.phone();
        String email = "late." + phone.substring(1) + "@example.test";
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, email), TestEvents.password());
        sandbox.faults().recipient(phone, RecipientOutcome.NEVER_DELIVERED);

        TestBroker.publish(event);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.SENT);
        await().atMost(Duration.ofSeconds(25)).until(() -> mailsTo(email).size() == 1);
        Delivery d = Deliveries.one(event.orderId(), MessageKind.SERVER_READY);
        assertThat(d.failureCode).isEqualTo("NO_RECEIPT_BEFORE_DEADLINE");
        assertThat(d.fallback).isEqualTo("email");
        assertThat(sandbox.messagesTo(phone)).hasSize(1);
    }

    @Test
    void theFallbackEmailOfAServerReadyMessageSaysHowToGetTheLoginOnWhatsAppButNeverCarriesThePassword()
            throws Exception {
        String phone = TestEvents.phone();
        String email = "ready." + phone.substring(1) + "@example.test";
        String password = TestEvents.password();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, email), password);
        sandbox.faults().undeliverable(phone);

        TestBroker.publish(event);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
        MimeMessage mail = mailsTo(email).get(0);
        String text = mail.getSubject() + "\n" + text(mail);
        assertThat(text).doesNotContain(password).doesNotContain(TestEvents.PASSWORD_MARK);
        assertThat(GreenMailUtil.getWholeMessage(mail)).doesNotContain(password);
        assertThat(text).contains("!reset-password", "wa.me/" + TestEvents.ADMIN_DIGITS, event.orderId(),
                event.pkg().name(), event.server().name(), event.server().ip() + ":" + event.server().port(),
                event.panel().url(), event.panel().username());
        assertThat(Deliveries.one(event.orderId(), MessageKind.SERVER_READY).fallback).isEqualTo("email");
    }

    @Test
    void theFallbackEmailOfAPasswordResetNeverCarriesTheNewPassword() throws Exception {
        String phone = TestEvents.phone();
        String email = "reset." + phone.substring(1) + "@example.test";
        String password = TestEvents.password();
        CredentialsReset reset = TestEvents.reset(TestEvents.orderId(), customer(phone, email), TestEvents.requestId(),
                password);
        sandbox.faults().undeliverable(phone);

        TestBroker.publish(reset);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
        MimeMessage mail = mailsTo(email).get(0);
        String text = mail.getSubject() + "\n" + text(mail);
        assertThat(text).doesNotContain(password).doesNotContain(TestEvents.PASSWORD_MARK);
        assertThat(GreenMailUtil.getWholeMessage(mail)).doesNotContain(password);
        assertThat(text).contains("!reset-password", "wa.me/" + TestEvents.ADMIN_DIGITS, reset.orderId(),
                reset.username(), reset.panelUrl());
        Delivery source = Deliveries.one(reset.orderId(), MessageKind.PASSWORD_RESET);
        assertThat(source.fallback).isEqualTo("email");
        assertThat(source.bodyEnvelope).as("the failed reset message's password is purged").isNull();
    }

    /** The decoded text of a received mail (a single text part, or the text parts of a multipart). */
    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof String s) {
            return s;
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContent() instanceof String s) {
                b.append(s).append('\n');
            }
        }
        return b.toString();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
