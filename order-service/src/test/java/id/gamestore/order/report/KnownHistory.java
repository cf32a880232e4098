package id.gamestore.order.report;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;

import id.gamestore.order.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes orders, customers and order changes with the times and states a report test needs straight into the
 * tables, so that every figure of a report is known in advance.
 */
final class KnownHistory {
    private final EntityManager em;

    KnownHistory(EntityManager em) {
        this.em = em;
    }

    /** A new customer; returns its id. */
    String customer() {
        String id = "CUS-R" + random(10);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into customer (id, phone, name, locale, created_at, updated_at)
                values (:id, :phone, 'Budi Santoso', 'id', :now, :now)
                """).setParameter("id", id).setParameter("phone", Api.randomPhone()).setParameter("now", now)
                .executeUpdate());
        return id;
    }

    /** An order placed at {@code placed} in this status; confirmed unless PENDING or CANCELLED. Returns its id. */
    String order(String customerId, String packageCode, int months, long price, String status, Instant placed) {
        String id = "ORD-" + random(8);
        boolean confirmed = !"PENDING".equals(status) && !"CANCELLED".equals(status);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into orders (id, customer_id, customer_name, customer_phone, locale, package_code, package_name,
                    game, duration_months, price_per_month, total_price, status, correlation_id, confirmed_by,
                    confirmed_at, created_at, updated_at)
                values (:id, :customer, 'Budi Santoso', '+6281200000000', 'id', :pkg, :pkg, 'minecraft', :months,
                    :monthly, :price, :status, :id, :by, :confirmedAt, :placed, :placed)
                """).setParameter("id", id).setParameter("customer", customerId).setParameter("pkg", packageCode)
                .setParameter("months", months).setParameter("monthly", price / months).setParameter("price", price)
                .setParameter("status", status).setParameter("by", confirmed ? "admin" : null)
                .setParameter("confirmedAt", confirmed ? placed.plusSeconds(60) : null)
                .setParameter("placed", placed).executeUpdate());
        return id;
    }

    /** A renewal or package change of an order, in this status, last changed (applied) at {@code at}. */
    void change(String orderId, String kind, String status, long amount, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into order_change (id, order_id, kind, months, amount, status, requested_by, created_at,
                    updated_at)
                values (:id, :order, :kind, 1, :amount, :status, 'test', :at, :at)
                """).setParameter("id", ("RENEWAL".equals(kind) ? "REN-" : "CHG-") + random(8))
                .setParameter("order", orderId).setParameter("kind", kind).setParameter("amount", amount)
                .setParameter("status", status).setParameter("at", at).executeUpdate());
    }

    private static String random(int length) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
