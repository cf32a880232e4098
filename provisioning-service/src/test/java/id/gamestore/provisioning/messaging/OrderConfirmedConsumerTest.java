package id.gamestore.provisioning.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.support.Db;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class OrderConfirmedConsumerTest {
    private static TestBroker broker;

    @Inject
    Db db;

    @BeforeAll
    static void open() throws Exception {
        broker = new TestBroker();
    }

    @AfterAll
    static void close() throws Exception {
        broker.close();
    }

    @Test
    void unreadableMessagesAreDeadLetteredAndCreateNoJob() throws Exception {
        db.clean();
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.consumers() > 0);
        broker.purgeDeadLetters();
        broker.publishRaw("not json".getBytes(StandardCharsets.UTF_8), "m-1");
        broker.publishRaw("{\"type\":\"order.confirmed\",\"orderId\":\"X\"}".getBytes(StandardCharsets.UTF_8), "m-2");

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadLettered() == 2);
        assertThat(db.jobs()).isZero();
    }
}
