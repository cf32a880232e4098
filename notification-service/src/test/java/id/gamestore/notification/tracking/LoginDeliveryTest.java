package id.gamestore.notification.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.notification.tracking.LoginDelivery.State;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryState;

class LoginDeliveryTest {

    private static Delivery delivery(DeliveryState state, Instant updatedAt) {
        Delivery d = new Delivery();
        d.state = state;
        d.updatedAt = updatedAt;
        return d;
    }

    @Test
    void deliveredOrReadIsArrivedWhateverElseHappened() {
        assertThat(LoginDelivery.state(List.of(DeliveryState.DELIVERED))).isEqualTo(State.ARRIVED);
        assertThat(LoginDelivery.state(List.of(DeliveryState.READ))).isEqualTo(State.ARRIVED);
        assertThat(LoginDelivery.state(List.of(DeliveryState.FAILED, DeliveryState.READ, DeliveryState.PENDING)))
                .isEqualTo(State.ARRIVED);
    }

    @Test
    void waitingToBeSentOrSentWithoutAReceiptIsPending() {
        assertThat(LoginDelivery.state(List.of(DeliveryState.PENDING))).isEqualTo(State.PENDING);
        assertThat(LoginDelivery.state(List.of(DeliveryState.SENT))).isEqualTo(State.PENDING);
        assertThat(LoginDelivery.state(List.of(DeliveryState.SUPERSEDED, DeliveryState.SENT)))
                .isEqualTo(State.PENDING);
    }

    @Test
    void failedOrSupersededForEveryMessageIsFailedAndNoMessageIsNone() {
        assertThat(LoginDelivery.state(List.of(DeliveryState.FAILED))).isEqualTo(State.FAILED);
        assertThat(LoginDelivery.state(List.of(DeliveryState.SUPERSEDED))).isEqualTo(State.FAILED);
        assertThat(LoginDelivery.state(List.of(DeliveryState.FAILED, DeliveryState.SUPERSEDED)))
                .isEqualTo(State.FAILED);
        assertThat(LoginDelivery.state(List.of())).isEqualTo(State.NONE);
    }

    @Test
    void updatedAtIsThatOfTheDeliveryThatDecidedTheState() {
        Instant early = Instant.parse("2026-11-24T10:00:00Z");
        Instant late = Instant.parse("2026-11-24T11:00:00Z");
        LoginDelivery arrived = LoginDelivery.of("ORD-1", null,
                List.of(delivery(DeliveryState.DELIVERED, early), delivery(DeliveryState.SUPERSEDED, late)));
        assertThat(arrived.state()).isEqualTo(State.ARRIVED);
        assertThat(arrived.updatedAt()).isEqualTo(early);
        LoginDelivery none = LoginDelivery.of("ORD-1", "RST-1", List.of());
        assertThat(none).isEqualTo(new LoginDelivery("ORD-1", "RST-1", State.NONE, null));
    }
}
