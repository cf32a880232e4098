package id.gamestore.provisioning.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.PackageRef;

/** Builds {@code order.confirmed} events with unique order and customer ids. */
public final class Orders {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private Orders() {
    }

    public static Customer newCustomer(boolean withEmail) {
        int n = SEQ.incrementAndGet();
        String id = "C" + RUN + n;
        return new Customer(id, "+62812" + String.format("%07d", n), "Budi Santoso " + n,
                withEmail ? "budi." + RUN + n + "@example.com" : null, "id");
    }

    public static OrderConfirmed confirmed(Customer customer, String packageCode) {
        String orderId = "ORD-" + RUN + "-" + SEQ.incrementAndGet();
        return OrderConfirmed.of(orderId, "corr-" + orderId, customer,
                new PackageRef(packageCode, packageCode.startsWith("mc-pro") ? "Minecraft Pro" : "Minecraft Basic",
                        "minecraft", 1), "admin-test");
    }

    /** An order for {@code pkg} as given (its price included). */
    public static OrderConfirmed confirmed(Customer customer, PackageRef pkg) {
        String orderId = "ORD-" + RUN + "-" + SEQ.incrementAndGet();
        return OrderConfirmed.of(orderId, "corr-" + orderId, customer, pkg, "admin-test");
    }

    public static OrderConfirmed confirmed(String packageCode) {
        return confirmed(newCustomer(true), packageCode);
    }
}
