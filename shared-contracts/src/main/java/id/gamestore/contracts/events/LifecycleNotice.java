package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something in a server's life the customer and/or the admin must be told (on the {@code orders} exchange, from
 * order-service, which decides when; notification-service renders and delivers it). Each notice is published once;
 * notification-service sends each {@code eventId} once per recipient.
 *
 * The admin's digest has no order: its {@code orderId} is {@code DIGEST-<date>}.
 *
 * @param kind         what happened
 * @param audience     who is told: {@code customer}, {@code admin} or both
 * @param customer     the order's customer (null for {@link Kind#EXPIRING_DIGEST})
 * @param server       the order's server (null for {@link Kind#EXPIRING_DIGEST})
 * @param expiresAt    the term's end (after a renewal: the new end)
 * @param suspendsAt   when an expired server is suspended (expiresAt + grace)
 * @param terminatesAt when a suspended server is deleted
 * @param months       for RENEWED and RENEWAL_REQUESTED: the months bought
 * @param amount       IDR: a renewal's price, or a package change's pro-rata difference (negative: a credit)
 * @param newPackage   for PACKAGE_CHANGED, CHANGE_REFUSED and CHANGE_REQUESTED: the package asked for
 * @param changeId     the renewal or package change this notice is about (the id the admin confirms)
 * @param timeZone     the store's time zone (IANA), to show times in
 * @param items        for {@link Kind#EXPIRING_DIGEST}: what expires soon
 * @param detail       admin-facing text (reason of a refusal or failure); never a secret
 */
public record LifecycleNotice(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        Kind kind,
        List<String> audience,
        Customer customer,
        NoticeServer server,
        Instant expiresAt,
        Instant suspendsAt,
        Instant terminatesAt,
        Integer months,
        Long amount,
        String newPackage,
        String changeId,
        String timeZone,
        List<ExpiringItem> items,
        String detail) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String CUSTOMER = "customer";
    public static final String ADMIN = "admin";

    public enum Kind {
        /** The term ends soon: how to renew. */
        REMINDER,
        /** The term ended and the grace period is over: the server is suspended. */
        SUSPENDED,
        /** The suspended server is deleted at {@code terminatesAt} unless renewed. */
        TERMINATION_WARNING,
        /** The server (and the panel user when it owned nothing else) was deleted. */
        TERMINATED,
        /** A renewal was asked for; the admin confirms it. */
        RENEWAL_REQUESTED,
        /** A renewal was confirmed: the new end of the term. */
        RENEWED,
        /** A suspended server runs again (renewal or admin). */
        UNSUSPENDED,
        /** A package change was asked for, with the pro-rata difference; the admin confirms it. */
        CHANGE_REQUESTED,
        /** The server has the new package's limits. */
        PACKAGE_CHANGED,
        /** The package change could not be done (no room on the node, ...); nothing changed. */
        CHANGE_REFUSED,
        /** An admin extended the term (goodwill). */
        EXTENDED,
        /** A lifecycle action failed for good: the admin must look. */
        ACTION_FAILED,
        /** The admin's daily list of what expires in the next days. */
        EXPIRING_DIGEST
    }

    /** The order's server as the notice shows it. */
    public record NoticeServer(String identifier, String name, String address, String packageName) {
    }

    /** One line of the admin's expiring list. */
    public record ExpiringItem(String orderId, String customerName, String customerPhone, String packageName,
            String serverName, Instant expiresAt, String state) {
    }

    public static LifecycleNotice of(String orderId, String correlationId, Kind kind, List<String> audience,
            Customer customer, NoticeServer server, Instant expiresAt, Instant suspendsAt, Instant terminatesAt,
            Integer months, Long amount, String newPackage, String changeId, String timeZone,
            List<ExpiringItem> items, String detail) {
        return new LifecycleNotice(UUID.randomUUID(), EventTypes.LIFECYCLE_NOTICE, SCHEMA_VERSION, Instant.now(),
                orderId, correlationId, kind, List.copyOf(audience), customer, server, expiresAt, suspendsAt,
                terminatesAt, months, amount, newPackage, changeId, timeZone, items == null ? List.of() : List.copyOf(items),
                detail);
    }
}
