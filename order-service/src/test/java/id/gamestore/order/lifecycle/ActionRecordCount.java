package id.gamestore.order.lifecycle;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** How many lifecycle actions an order has, read in a transaction of its own. */
final class ActionRecordCount {
    private ActionRecordCount() {
    }

    static long of(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> ActionRecord.count("orderId", orderId));
    }
}
