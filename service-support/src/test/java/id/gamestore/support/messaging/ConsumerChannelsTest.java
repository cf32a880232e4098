package id.gamestore.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.Channel;

import io.vertx.rabbitmq.RabbitMQOptions;

class ConsumerChannelsTest {

    @Test
    void aDeliveryCountsAsSettleableOnlyWhileTheChannelItCameOnIsOpen() {
        ConsumerChannels channels = new ConsumerChannels();
        AtomicBoolean open = new AtomicBoolean(true);
        channels.remember("amq.ctag-1", channel(open));

        assertThat(channels.channelOpen("amq.ctag-1")).isTrue();
        open.set(false); // the broker connection dropped: the channel and its delivery tags are gone
        assertThat(channels.channelOpen("amq.ctag-1")).isFalse();
        assertThat(channels.channelOpen("amq.ctag-unknown")).as("a consumer this process never saw").isFalse();
        assertThat(channels.channelOpen(null)).isFalse();
    }

    @Test
    void theHookIsInstalledOnceAndLeavesAnotherCollectorAlone() {
        ConsumerChannels channels = new ConsumerChannels();
        RabbitMQOptions options = channels.customize("provisioning-events", null, new RabbitMQOptions());
        assertThat(options.getMetricsCollector()).isNotNull();
        var installed = options.getMetricsCollector();
        assertThat(channels.customize("provisioning-events", null, options).getMetricsCollector()).isSameAs(installed);
    }

    @Test
    void messagesThatDidNotComeFromRabbitMqAreAlwaysSettled() {
        ConsumerChannels channels = new ConsumerChannels();
        channels.customize("provisioning-events", null, new RabbitMQOptions());
        assertThat(channels.stillDelivered(Message.of("in-memory"))).isTrue();
    }

    private static Channel channel(AtomicBoolean open) {
        return (Channel) Proxy.newProxyInstance(Channel.class.getClassLoader(), new Class<?>[] {Channel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> open.get();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
