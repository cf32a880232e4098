package id.gamestore.provisioning.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.support.Orders;

class InboundEventsTest {
    @Test
    void aValidOrderConfirmedIsDecoded() {
        OrderConfirmed order = Orders.confirmed("mc-basic");
        byte[] body = EventJson.write(order).getBytes(StandardCharsets.UTF_8);

        OrderConfirmed decoded = InboundEvents.decode(body, EventTypes.ORDER_CONFIRMED, OrderConfirmed.class);

        assertThat(decoded.eventId()).isEqualTo(order.eventId());
        assertThat(decoded.orderId()).isEqualTo(order.orderId());
    }

    @Test
    void emptyUnparsableOrSchemaBreakingMessagesAreUnreadable() {
        for (String body : new String[] { "", "not json", "{\"type\":\"order.confirmed\",\"orderId\":\"X\"}" }) {
            assertThatThrownBy(() -> InboundEvents.decode(body.getBytes(StandardCharsets.UTF_8),
                    EventTypes.ORDER_CONFIRMED, OrderConfirmed.class))
                    .as(body).isInstanceOf(EventJson.UnreadableEventException.class);
        }
    }
}
