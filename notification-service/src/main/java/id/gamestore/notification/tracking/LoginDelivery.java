package id.gamestore.notification.tracking;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryState;

/**
 * Whether the message that carried an order's panel password reached the customer: the first-login server-ready
 * message, or with {@code requestId} the message of that password reset. Fallback emails never count (they carry no
 * password). {@code requestId} and {@code updatedAt} are always present, null when there is none.
 *
 * @param updatedAt when the delivery that decided the state last changed; null for {@link State#NONE}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LoginDelivery(String orderId, String requestId, State state, Instant updatedAt) {

    public enum State {
        /** The channel reported the message delivered or read: the customer has the password. */
        ARRIVED,
        /** Waiting to be sent, or sent with no receipt yet: it may still arrive. */
        PENDING,
        /** Every such message failed for good, was superseded by a newer reset, or could not be rendered. */
        FAILED,
        /** No such message exists (yet). */
        NONE
    }

    /** Decides from the order's password-carrying deliveries (server-ready, or the reset's). */
    static LoginDelivery of(String orderId, String requestId, Collection<Delivery> deliveries) {
        State state = state(deliveries.stream().map(d -> d.state).toList());
        Predicate<Delivery> deciding = switch (state) {
            case ARRIVED -> d -> d.state.arrived();
            case PENDING -> d -> pending(d.state);
            default -> d -> true;
        };
        Instant updatedAt = deliveries.stream().filter(deciding).map(d -> d.updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new LoginDelivery(orderId, requestId, state, updatedAt);
    }

    static State state(List<DeliveryState> states) {
        if (states.isEmpty()) {
            return State.NONE;
        }
        if (states.stream().anyMatch(DeliveryState::arrived)) {
            return State.ARRIVED;
        }
        if (states.stream().anyMatch(LoginDelivery::pending)) {
            return State.PENDING;
        }
        return State.FAILED;
    }

    private static boolean pending(DeliveryState s) {
        return s == DeliveryState.PENDING || s == DeliveryState.SENT;
    }
}
