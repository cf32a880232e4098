package id.gamestore.order.chat.customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.customer.CustomerService;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderQueries;
import id.gamestore.order.ordering.ServiceState;

/**
 * The sender's own servers: their COMPLETED orders that have a server identifier. A customer only ever sees these;
 * an identifier that is someone else's is treated exactly like one that does not exist.
 */
@ApplicationScoped
public class CustomerServers {
    /** What an identifier looks like (Pterodactyl short ids are 8 hex characters; uuids allowed too). */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9\\-]{0,35}");

    private final OrderQueries orders;

    CustomerServers(OrderQueries orders) {
        this.orders = orders;
    }

    public List<Order> of(String sender) {
        return orders.completedOfCustomer(CustomerService.customerId(sender)).stream()
                .filter(o -> o.serverIdentifier != null && o.serviceState != ServiceState.TERMINATED).toList();
    }

    /** The sender's server with that identifier (any case), or empty: unknown and someone else's alike. */
    public Optional<Order> find(String sender, String typed) {
        String identifier = identifier(typed);
        if (identifier == null) {
            return Optional.empty();
        }
        return of(sender).stream().filter(o -> identifier.equalsIgnoreCase(o.serverIdentifier)).findFirst();
    }

    /** The typed identifier lower case when it looks like one (safe to show back in a reply), else null. */
    static String identifier(String typed) {
        if (typed == null) {
            return null;
        }
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        return IDENTIFIER.matcher(lower).matches() ? lower : null;
    }
}
