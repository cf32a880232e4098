package id.gamestore.order.ordering;

import static id.gamestore.order.ordering.OrderStatus.CANCELLED;
import static id.gamestore.order.ordering.OrderStatus.COMPLETED;
import static id.gamestore.order.ordering.OrderStatus.CONFIRMED;
import static id.gamestore.order.ordering.OrderStatus.FAILED;
import static id.gamestore.order.ordering.OrderStatus.PENDING;
import static id.gamestore.order.ordering.OrderStatus.PROVISIONING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void provisioningEventsMoveOnlyForward() {
        assertThat(CONFIRMED.mayBecomeByProvisioning(PROVISIONING)).isTrue();
        assertThat(PROVISIONING.mayBecomeByProvisioning(COMPLETED)).isTrue();
        assertThat(PROVISIONING.mayBecomeByProvisioning(FAILED)).isTrue();
        assertThat(COMPLETED.mayBecomeByProvisioning(FAILED)).isFalse();
        assertThat(COMPLETED.mayBecomeByProvisioning(PROVISIONING)).isFalse();
        assertThat(PENDING.mayBecomeByProvisioning(PROVISIONING)).isFalse();
        assertThat(CANCELLED.mayBecomeByProvisioning(PROVISIONING)).isFalse();
    }

    @Test
    void onlyConfirmedOrdersInFlightAreConfirmReplays() {
        assertThat(CONFIRMED.isConfirmedAndInFlight()).isTrue();
        assertThat(PROVISIONING.isConfirmedAndInFlight()).isTrue();
        assertThat(COMPLETED.isConfirmedAndInFlight()).isFalse();
        assertThat(CANCELLED.isConfirmedAndInFlight()).isFalse();
    }

    @Test
    void orderIdsAreShortReadableAndUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = OrderIds.next();
            assertThat(OrderIds.isWellFormed(id)).as(id).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
        assertThat(OrderIds.canonical(" ord-7kq2m9xd ")).isEqualTo("ORD-7KQ2M9XD");
    }
}
