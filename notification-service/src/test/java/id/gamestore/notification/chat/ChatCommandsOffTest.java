package id.gamestore.notification.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** CHAT_COMMANDS off (the default): a store with a bot of its own gets no answers from us. */
@QuarkusTest
@Order(4)
class ChatCommandsOffTest extends SandboxTest {

    @Test
    void withChatCommandsOffACommandIsNeitherStoredNorAnswered() {
        String phone = TestEvents.phone();

        String wamid = sandbox.simulateInbound(phone, "!server-status ef39bc02");

        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.webhookAttempts().stream()
                .filter(a -> wamid.equals(a.messageId()) && a.succeeded()).count() == 2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ChatCommand.count("messageId", wamid))).isZero();
        assertStaysAt(phone, 0, Duration.ofSeconds(1));
    }
}
