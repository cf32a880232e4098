package id.gamestore.order.lifecycle;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.order.catalog.GamePackage;
import id.gamestore.order.catalog.PackageCatalog;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.ServiceState;
import id.gamestore.order.ordering.TimelineEntry;

/**
 * Renewals and package changes: asked for by the customer (through the bot) or the admin, PENDING until the admin
 * confirms, like an order. The admin is told of each request (with the id to confirm); the customer already has the
 * bot's or the chat's answer to their own request. A renewal extends the term from max(now, expiresAt) and brings a suspended server back; a
 * package change asks provisioning-service to change the server's limits (it checks the node's room first).
 */
@ApplicationScoped
public class OrderChanges {
    private static final Logger LOG = Logger.getLogger(OrderChanges.class);
    private static final Duration MONTH = Duration.ofDays(30);

    private final LifecycleTerms terms;
    private final PackageCatalog catalog;
    private final LifecycleSchedule schedule;
    private final LifecycleActions actions;
    private final Notices notices;
    private final LifecycleConfig config;
    private final LifecycleClock clock;

    OrderChanges(LifecycleTerms terms, PackageCatalog catalog, LifecycleSchedule schedule, LifecycleActions actions,
            Notices notices, LifecycleConfig config, LifecycleClock clock) {
        this.terms = terms;
        this.catalog = catalog;
        this.schedule = schedule;
        this.actions = actions;
        this.notices = notices;
        this.config = config;
        this.clock = clock;
    }

    /** What a request did: a new change, or the same pending one asked for again. */
    public record Requested(OrderChange change, boolean repeated) {
    }

    /** @param phone the customer's number (their own orders only), or null for the admin */
    @Transactional(dontRollbackOn = Refused.class)
    public Requested renewal(String orderId, String phone, Integer months, String requestedBy) {
        Order order = terms.lockProvisioned(orderId, phone);
        if (order.serviceState == ServiceState.TERMINATED) {
            throw LifecycleTerms.serverDeleted(order);
        }
        if (months == null) {
            throw Refused.required("durationMonths");
        }
        GamePackage pkg = catalog.find(order.packageCode).orElse(null);
        if (pkg != null ? !pkg.offers(months) : months < 1 || months > 12) {
            throw Refused.invalid(ErrorCodes.DURATION_NOT_OFFERED, "durationMonths", "durationMonths " + months
                    + " is not offered for " + order.packageCode + (pkg == null ? "" : "; choose one of " + pkg.durations()));
        }
        var pending = OrderChange.pending(order.id, OrderChange.Kind.RENEWAL);
        if (pending.isPresent()) {
            return same(pending.get(), months.equals(pending.get().months), "renewal for " + pending.get().months
                    + " months");
        }
        OrderChange change = create(order, OrderChange.Kind.RENEWAL, requestedBy);
        change.months = months;
        change.amount = order.pricePerMonth * months;
        change.persist();
        notices.send(order, LifecycleNotice.Kind.RENEWAL_REQUESTED, Notices.ADMIN, months, change.amount, null,
                change.id, null);
        TimelineEntry.lifecycle(order, "RENEWAL_REQUESTED", requestedBy, "renewal " + change.id + " for " + months
                + " months asked for", null).persist();
        return new Requested(change, false);
    }

    @Transactional(dontRollbackOn = Refused.class)
    public Requested packageChange(String orderId, String phone, String packageCode, String requestedBy) {
        Order order = terms.lockProvisioned(orderId, phone);
        if (packageCode == null || packageCode.isBlank()) {
            throw Refused.required("packageCode");
        }
        GamePackage target = catalog.find(packageCode.trim()).orElseThrow(() -> Refused.invalid(
                ErrorCodes.UNKNOWN_PACKAGE, "packageCode", "packageCode is not in the catalog (GET /api/packages)"));
        if (target.code().equals(order.packageCode)) {
            throw Refused.invalid(ErrorCodes.SAME_PACKAGE, "packageCode", "order " + order.id + " already has "
                    + target.code());
        }
        if (!target.game().equals(order.game) || target.isTrial() != (order.trialDuration != null)) {
            throw Refused.invalid(ErrorCodes.OTHER_GAME, "packageCode", target.code() + " is a " + target.game()
                    + (target.isTrial() ? " trial" : "") + " package; order " + order.id + " runs " + order.game
                    + (order.trialDuration != null ? " (trial)" : "") + ": a change keeps the game, only the limits change");
        }
        terms.requireActive(order);
        var pending = OrderChange.pending(order.id, OrderChange.Kind.PACKAGE_CHANGE);
        if (pending.isPresent()) {
            return same(pending.get(), target.code().equals(pending.get().newPackageCode), "change to "
                    + pending.get().newPackageCode);
        }
        OrderChange change = create(order, OrderChange.Kind.PACKAGE_CHANGE, requestedBy);
        change.newPackageCode = target.code();
        change.newPackageName = target.name();
        change.amount = proRata(order, target, clock.now());
        change.persist();
        notices.send(order, LifecycleNotice.Kind.CHANGE_REQUESTED, Notices.ADMIN, null, change.amount, target.name(),
                change.id, null);
        TimelineEntry.lifecycle(order, "CHANGE_REQUESTED", requestedBy, "change " + change.id + " to "
                + target.code() + " asked for, difference " + change.amount + " IDR", null).persist();
        return new Requested(change, false);
    }

    /**
     * The difference of the monthly prices for what is left of the term: per 30 days, or per trial term for a trial
     * package; rounded to whole rupiah. Negative: the customer is owed it.
     */
    static long proRata(Order order, GamePackage target, Instant now) {
        Duration left = order.expiresAt == null || !order.expiresAt.isAfter(now) ? Duration.ZERO
                : Duration.between(now, order.expiresAt);
        Duration unit = order.trialDuration != null ? Duration.parse(order.trialDuration) : MONTH;
        double units = (double) left.getSeconds() / unit.getSeconds();
        return Math.round((target.pricePerMonth() - order.pricePerMonth) * units);
    }

    /** The admin's confirmation; confirming a confirmed change returns it unchanged. */
    @Transactional(dontRollbackOn = Refused.class)
    public OrderChange confirm(String changeId, String confirmedBy) {
        OrderChange change = lockChange(changeId);
        if (change.status == OrderChange.Status.CONFIRMED || change.status == OrderChange.Status.APPLIED) {
            return change;
        }
        if (change.status != OrderChange.Status.PENDING) {
            throw Refused.conflict(ErrorCodes.ILLEGAL_TRANSITION, "change " + change.id + " is " + change.status
                    + " and cannot be confirmed; only a PENDING change can");
        }
        Order order = Order.findById(change.orderId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (order.serviceState == ServiceState.TERMINATED) {
            throw LifecycleTerms.serverDeleted(order);
        }
        if (change.kind == OrderChange.Kind.PACKAGE_CHANGE) {
            terms.requireActive(order);
        } else {
            terms.requireNotTerminating(order);
        }
        change.confirmedBy = confirmedBy;
        change.updatedAt = now;
        if (change.kind == OrderChange.Kind.RENEWAL) {
            renew(order, change, confirmedBy, now);
        } else {
            change.status = OrderChange.Status.CONFIRMED;
            actions.request(order, LifecycleAction.CHANGE_BUILD, confirmedBy, "package change " + change.id,
                    change.newPackageCode, change.id, now);
        }
        LOG.infof("change %s of order %s confirmed by %s", change.id, order.id, confirmedBy);
        return change;
    }

    private void renew(Order order, OrderChange change, String confirmedBy, Instant now) {
        Instant base = Term.latest(now, order.expiresAt);
        Instant expires = Term.extend(base, change.months, order.trialDuration, config.storeTimeZone());
        schedule.newExpiry(order, expires, now);
        change.status = OrderChange.Status.APPLIED;
        change.newExpiresAt = expires;
        TimelineEntry.lifecycle(order, "RENEWED", confirmedBy, "renewal " + change.id + " confirmed: "
                + change.months + " months, the term now ends " + expires, null).persist();
        notices.send(order, LifecycleNotice.Kind.RENEWED, Notices.CUSTOMER, change.months, change.amount, null,
                change.id, null);
        terms.restoreIfSuspended(order, confirmedBy, "renewed " + change.id, now);
    }

    @Transactional(dontRollbackOn = Refused.class)
    public OrderChange cancel(String changeId, String by) {
        OrderChange change = lockChange(changeId);
        if (change.status == OrderChange.Status.CANCELLED) {
            return change;
        }
        if (change.status != OrderChange.Status.PENDING) {
            throw Refused.conflict(ErrorCodes.ILLEGAL_TRANSITION, "change " + change.id + " is " + change.status
                    + " and cannot be cancelled; only a PENDING change can");
        }
        change.status = OrderChange.Status.CANCELLED;
        change.updatedAt = clock.now();
        change.detail = "cancelled by " + by;
        return change;
    }

    public OrderChange get(String changeId) {
        OrderChange change = OrderChange.findById(LifecycleIds.canonical(changeId));
        if (change == null) {
            throw notFound(changeId);
        }
        return change;
    }

    private OrderChange lockChange(String changeId) {
        OrderChange change = OrderChange.findById(LifecycleIds.canonical(changeId), LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw notFound(changeId);
        }
        return change;
    }

    private static Refused notFound(String changeId) {
        String shown = LifecycleIds.isChangeId(changeId) ? LifecycleIds.canonical(changeId) : "with that id";
        return Refused.notFound(ErrorCodes.CHANGE_NOT_FOUND, "no renewal or package change " + shown);
    }

    private static Requested same(OrderChange pending, boolean same, String what) {
        if (!same) {
            throw Refused.conflict(ErrorCodes.CHANGE_PENDING, what + " (" + pending.id
                    + ") is waiting for the admin; it must be confirmed or cancelled first");
        }
        return new Requested(pending, true);
    }

    private OrderChange create(Order order, OrderChange.Kind kind, String requestedBy) {
        OrderChange change = new OrderChange();
        change.id = LifecycleIds.next(kind == OrderChange.Kind.RENEWAL ? LifecycleIds.RENEWAL : LifecycleIds.CHANGE);
        change.orderId = order.id;
        change.kind = kind;
        change.status = OrderChange.Status.PENDING;
        change.requestedBy = requestedBy;
        change.createdAt = clock.now();
        change.updatedAt = change.createdAt;
        return change;
    }
}
