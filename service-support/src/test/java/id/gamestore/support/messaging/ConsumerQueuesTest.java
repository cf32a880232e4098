package id.gamestore.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.Channel;

import id.gamestore.contracts.messaging.Topology;

class ConsumerQueuesTest {
    private final List<String> calls = new ArrayList<>();
    private final Channel channel = (Channel) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { Channel.class }, (proxy, method, args) -> {
                calls.add(method.getName() + Arrays.toString(args));
                return null;
            });

    @Test
    void aConsumerQueueIsQuorumWithItsLimitBoundAndParkedInItsDeadLetterQueue() throws Exception {
        ConsumerQueues.declareWithDeadLetterQueue(channel, "svc.events", 7, "provisioning",
                List.of("provisioning.#", "credentials.#"));

        assertThat(calls).containsExactly(
                "queueDeclare[svc.events, true, false, false, " + Topology.consumerQueueArguments("svc.events", 7) + "]",
                "queueBind[svc.events, provisioning, provisioning.#]",
                "queueBind[svc.events, provisioning, credentials.#]",
                "queueDeclare[svc.events.dlq, true, false, false, {x-queue-type=quorum}]",
                "queueBind[svc.events.dlq, dead-letters, svc.events]");
        assertThat(Topology.consumerQueueArguments("svc.events", 7)).containsEntry("x-delivery-limit", 7)
                .containsEntry("x-queue-type", "quorum").containsEntry("x-dead-letter-exchange", "dead-letters")
                .containsEntry("x-dead-letter-routing-key", "svc.events");
    }

    @Test
    void theDefaultArgumentsAreTheConfigurableOnesWithTheDefaultLimit() {
        assertThat(Topology.consumerQueueArguments("q"))
                .isEqualTo(Topology.consumerQueueArguments("q", Topology.DEFAULT_DELIVERY_LIMIT));
    }
}
