package id.gamestore.order.chat;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import id.gamestore.order.customer.CustomerConfig;
import id.gamestore.order.customer.PhoneNumbers;
import io.quarkus.runtime.Startup;

/**
 * Who is an admin in the chat: the numbers of {@code ADMIN_PHONES}, normalised like an order's phone, read once at
 * start-up. An entry that is not a phone number stops start-up with its position (never silently dropped: a dropped
 * admin would be told their commands do not exist).
 */
@Startup
@ApplicationScoped
public class ChatAdmins {
    private static final Logger LOG = Logger.getLogger(ChatAdmins.class);

    private final Set<String> phones;

    ChatAdmins(ChatConfig config, CustomerConfig customers) {
        this.phones = parse(config.adminPhones().orElse(""), new PhoneNumbers(customers.defaultRegion()));
        LOG.infof("chat admins: %d number(s) in ADMIN_PHONES", phones.size());
    }

    public boolean isAdmin(String e164) {
        return phones.contains(e164);
    }

    static Set<String> parse(String list, PhoneNumbers numbers) {
        Set<String> out = new LinkedHashSet<>();
        if (list.isBlank()) {
            return Set.of();
        }
        String[] entries = list.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                if (entries.length == 1 || i == entries.length - 1) {
                    continue; // a trailing comma
                }
                throw new IllegalStateException("ADMIN_PHONES entry " + (i + 1) + " of " + entries.length
                        + " is empty: remove the extra comma");
            }
            PhoneNumbers.Parsed parsed = numbers.parse(entry);
            if (parsed.e164() == null) {
                // The entry itself is not printed: it may be a mistyped secret pasted into the wrong variable.
                throw new IllegalStateException("ADMIN_PHONES entry " + (i + 1) + " of " + entries.length + " "
                        + parsed.problem());
            }
            out.add(parsed.e164());
        }
        return Set.copyOf(out);
    }
}
