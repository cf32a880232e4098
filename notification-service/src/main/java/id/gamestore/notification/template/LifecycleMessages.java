package id.gamestore.notification.template;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.contracts.events.LifecycleNotice.ExpiringItem;
import id.gamestore.contracts.events.LifecycleNotice.Kind;
import id.gamestore.contracts.events.LifecycleNotice.NoticeServer;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.recipient.StoreConfig;

/**
 * Renders the lifecycle notices ({@code lifecycle.notice}): one template per notice kind and audience,
 * {@code lifecycle-<kind>.<locale>.txt} to the customer and {@code lifecycle-<kind>-admin.<locale>.txt} to the
 * admin (kind in lower case, {@code -} for {@code _}). A kind the admin has no template of gets the generic
 * {@code lifecycle-admin}; the admin-only kinds ({@link #ADMIN_ONLY}) never go to a customer.
 *
 * <p>Every value but the order id is optional: a notice that lacks one renders without its line (the templates test
 * each with {@code #if}), never with a blank or "null". Times are shown like every time of this service
 * ({@link ServerDetails#when}) in the notice's time zone, else the store's.
 */
@ApplicationScoped
public class LifecycleMessages {
    /** Kinds that say something only the admin may read (an internal failure, the list of every customer). */
    public static final Set<Kind> ADMIN_ONLY = EnumSet.of(Kind.ACTION_FAILED, Kind.EXPIRING_DIGEST);
    /** Kinds with an admin template of their own; any other kind's admin notice uses {@code lifecycle-admin}. */
    public static final Set<Kind> ADMIN_TEMPLATES = EnumSet.of(Kind.SUSPENDED, Kind.TERMINATED,
            Kind.RENEWAL_REQUESTED, Kind.CHANGE_REQUESTED, Kind.CHANGE_REFUSED, Kind.ACTION_FAILED,
            Kind.EXPIRING_DIGEST);
    private final MessageTemplates templates;
    private final StoreConfig store;

    public LifecycleMessages(MessageTemplates templates, StoreConfig store) {
        this.templates = templates;
        this.store = store;
    }

    /** The customer's template of {@code kind}, e.g. {@code lifecycle-termination-warning}. */
    public static String customerFile(Kind kind) {
        return "lifecycle-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The admin's template of {@code kind}: its own, or the generic {@code lifecycle-admin}. */
    public static String adminFile(Kind kind) {
        return ADMIN_TEMPLATES.contains(kind) ? customerFile(kind) + "-admin" : MessageKind.LIFECYCLE_ADMIN.file();
    }

    /**
     * The notice to the customer, in their locale.
     *
     * @throws IllegalArgumentException for an {@link #ADMIN_ONLY} kind
     */
    public RenderedMessage toCustomer(LifecycleNotice notice) {
        if (ADMIN_ONLY.contains(notice.kind())) {
            throw new IllegalArgumentException(notice.kind() + " is for the admin only");
        }
        String locale = MessageComposer.locale(notice.customer());
        return templates.render(MessageKind.LIFECYCLE, customerFile(notice.kind()), locale, model(notice, locale));
    }

    /** The notice to the admin, in {@code ADMIN_LOCALE}. */
    public RenderedMessage toAdmin(LifecycleNotice notice) {
        String locale = adminLocale();
        return templates.render(MessageKind.LIFECYCLE_ADMIN, adminFile(notice.kind()), locale,
                model(notice, locale));
    }

    public String adminLocale() {
        String locale = store.adminLocale();
        return locale == null || locale.isBlank() ? "id" : locale.trim().toLowerCase(Locale.ROOT);
    }

    MessageModel model(LifecycleNotice n, String locale) {
        ZoneId zone = zone(n.timeZone());
        Customer customer = n.customer();
        NoticeServer server = n.server();
        MessageModel model = new MessageModel().put("orderId", n.orderId()).put("kind", n.kind().name());
        model.putOptional("customerName", customer == null ? null : customer.name())
                .putOptional("customerPhone", customer == null ? null : Phones.e164(customer.phone()))
                .putOptional("serverName", server == null ? null : server.name())
                .putOptional("serverId", server == null ? null : server.identifier())
                .putOptional("serverAddress", server == null ? null : server.address())
                .putOptional("packageName", server == null ? null : server.packageName())
                .putOptional("expiresAt", when(n.expiresAt(), locale, zone))
                .putOptional("suspendsAt", when(n.suspendsAt(), locale, zone))
                .putOptional("terminatesAt", when(n.terminatesAt(), locale, zone))
                .putOptional("months", n.months() == null || n.months() <= 0 ? null : n.months())
                .putOptional("amount", n.amount() == null ? null : ServerDetails.rupiah(Math.abs(n.amount())))
                .putOptional("credit", n.amount() != null && n.amount() < 0 ? true : null)
                .putOptional("newPackage", n.newPackage())
                .putOptional("changeId", n.changeId())
                .putOptional("detail", n.detail())
                .putOptional("items", n.kind() == Kind.EXPIRING_DIGEST ? items(n.items(), locale, zone) : null)
                .putOptional("adminPhone", store.adminPhone().map(Phones::digits).filter(d -> !d.isEmpty())
                        .orElse(null));
        return model;
    }

    /**
     * The digest's lines, each value already text ({@code -} for what the notice does not say); an empty list (not
     * null) when nothing expires, so the template can say so.
     */
    private static List<Map<String, Object>> items(List<ExpiringItem> items, String locale, ZoneId zone) {
        if (items == null) {
            return List.of();
        }
        return items.stream().filter(i -> i != null).map(i -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("orderId", orText(i.orderId()));
            String phone = i.customerPhone() == null ? "" : Phones.e164(i.customerPhone());
            String name = i.customerName() == null ? "" : i.customerName().strip();
            line.put("customer", orText((name + " " + phone).strip()));
            line.put("packageName", orText(i.packageName()));
            line.put("serverName", orText(i.serverName()));
            String expires = when(i.expiresAt(), locale, zone);
            line.put("expiresAt", orText(expires));
            line.put("state", orText(i.state()));
            return line;
        }).toList();
    }

    private static String orText(String value) {
        return value == null || value.isBlank() ? "-" : value.strip();
    }

    private static String when(Instant instant, String locale, ZoneId zone) {
        return instant == null ? null : ServerDetails.when(instant, locale, zone);
    }

    /** The notice's zone; a missing or unknown one (never expected from order-service) falls back to the store's. */
    private ZoneId zone(String timeZone) {
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                return ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                // the store's zone below
            }
        }
        return store.timeZone();
    }
}
