package id.gamestore.order.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.ServiceState;

/** The admin's lists of provisioned servers by where they are in their term. */
@ApplicationScoped
public class ServerTermQueries {
    public static final int MAX_LIMIT = 500;
    private final LifecycleClock clock;

    ServerTermQueries(LifecycleClock clock) {
        this.clock = clock;
    }

    /**
     * @param state      {@code active}, {@code expiring} (active, ending within {@code withinDays}, the ones in
     *                   their grace period included), {@code suspended} or {@code terminated}
     * @param withinDays for {@code expiring}: 0..366, default 7
     */
    public List<Order> list(String state, Integer withinDays, Integer limit) {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw Refused.invalid(ErrorCodes.INVALID_PAGING, "limit", "limit must be from 1 to " + MAX_LIMIT);
        }
        String s = state == null ? "active" : state.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "active" -> {
                return byState(ServiceState.ACTIVE, max);
            }
            case "suspended" -> {
                return byState(ServiceState.SUSPENDED, max);
            }
            case "terminated" -> {
                return Order.find("serviceState = ?1 order by terminatedAt desc", ServiceState.TERMINATED)
                        .page(0, max).list();
            }
            case "expiring" -> {
                int days = withinDays == null ? 7 : withinDays;
                if (days < 0 || days > 366) {
                    throw Refused.invalid(ErrorCodes.INVALID_DAYS, "withinDays", "withinDays must be from 0 to 366");
                }
                return Order.find("serviceState = ?1 and expiresAt <= ?2 order by expiresAt", ServiceState.ACTIVE,
                        clock.now().plus(Duration.ofDays(days))).page(0, max).list();
            }
            default -> throw Refused.invalid(ErrorCodes.INVALID_STATE, "state",
                    "state must be one of active, expiring, suspended, terminated");
        }
    }

    private static List<Order> byState(ServiceState state, int max) {
        return Order.find("serviceState = ?1 order by expiresAt", state).page(0, max).list();
    }
}
