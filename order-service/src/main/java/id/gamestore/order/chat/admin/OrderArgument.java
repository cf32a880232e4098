package id.gamestore.order.chat.admin;

import java.util.Optional;

import id.gamestore.order.ordering.OrderIds;

/** An order id typed in the chat: hostile text until it matches {@code ORD-} and 8 characters (any case). */
final class OrderArgument {
    private OrderArgument() {
    }

    /** The canonical id ({@code ORD-7KQ2M9XD}), or empty when the text is not an order id. */
    static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String id = OrderIds.canonical(typed);
        return OrderIds.isWellFormed(id) ? Optional.of(id) : Optional.empty();
    }
}
