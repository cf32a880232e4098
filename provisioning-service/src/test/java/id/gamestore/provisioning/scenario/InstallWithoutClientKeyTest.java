package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.support.NoClientKeyProfile;
import id.gamestore.provisioning.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Without a client key the install is awaited on the application API, whose budget bounds deliveries: one list
 * request ({@code GET servers?filter[uuidShort]=...}) answers every job waiting at the time, never one request per
 * job and poll.
 */
@QuarkusTest
@TestProfile(NoClientKeyProfile.class)
class InstallWithoutClientKeyTest extends ScenarioSupport {
    @Test
    void oneListRequestAnswersEveryJobWaitingForItsInstall() throws Exception {
        panel.installTakes(Duration.ofSeconds(3));
        List<OrderConfirmed> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(Orders.confirmed(Orders.newCustomer(true), "mc-basic"));
        }
        Instant begin = Instant.now();
        for (OrderConfirmed order : orders) {
            publish(order);
        }
        for (OrderConfirmed order : orders) {
            assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(45)).type())
                    .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        }

        long perServer = panel.requestsSince(begin, "GET", "/api/application/servers/\\d+");
        long lists = panel.requestsSince(begin, "GET", "/api/application/servers");
        long client = panel.requestsSince(begin, "GET", "/api/client/.*");
        System.out.printf("install wait without a client key: orders=%d list_requests=%d per_server=%d%n",
                orders.size(), lists, perServer);
        assertThat(perServer).as("no per-server poll").isZero();
        assertThat(client).isZero();
        // each job polls at create, +1 s, +2 s and +3 s: 16 per-server requests; a new server forces one list read
        // for its first poll, later polls share the reads
        assertThat(lists).isBetween(1L, 10L);
    }
}
