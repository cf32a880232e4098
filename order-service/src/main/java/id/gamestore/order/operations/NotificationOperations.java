package id.gamestore.order.operations;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.gamestore.order.operations.client.NotificationAdminApi;
import id.gamestore.order.operations.client.Remote;

/**
 * The admin's calls to notification-service ({@code NOTIFICATION_URL} with {@code NOTIFICATION_ADMIN_API_KEY}): the
 * resend of a customer's last login message. One attempt, bounded by {@code NOTIFICATION_ADMIN_TIMEOUT}.
 */
@ApplicationScoped
public class NotificationOperations {
    /**
     * The messages that carry the customer's login. A password reset replaces the first message's password, so the
     * latest of these is the one that still works.
     */
    static final Set<String> LOGIN_KINDS = Set.of("SERVER_READY", "SERVER_READY_RETURNING", "PASSWORD_RESET");

    private final NotificationAdminApi api;
    private final String key;

    @Inject
    public NotificationOperations(NotificationConfig config) {
        this(RemoteClients.build(NotificationAdminApi.class, config.url(), config.adminApiKey(), config.timeout()),
                config.adminApiKey().orElse(""));
    }

    NotificationOperations(NotificationAdminApi api, String key) {
        this.api = api;
        this.key = key;
    }

    /**
     * Sends the order's latest login message again ({@code GET /api/admin/deliveries?orderId=}, then
     * {@code POST /api/admin/deliveries/{id}/resend}). A message whose stored body is gone is not asked for: it
     * cannot be resent, only replaced by a password reset.
     */
    public LoginResend resendLastLogin(String orderId) {
        if (api == null) {
            return new LoginResend(LoginResend.Result.NOT_DONE, null, Remote.notConfigured());
        }
        Remote<List<NotificationAdminApi.Delivery>> listed = Remote.call(() -> api.forOrder(key, orderId));
        if (!listed.ok()) {
            return new LoginResend(LoginResend.Result.NOT_DONE, null, listed);
        }
        Optional<NotificationAdminApi.Delivery> last = lastLogin(listed.value());
        if (last.isEmpty()) {
            return new LoginResend(LoginResend.Result.NO_LOGIN_MESSAGE, null, listed);
        }
        NotificationAdminApi.Delivery delivery = last.get();
        if (!delivery.bodyStored()) {
            return new LoginResend(LoginResend.Result.BODY_GONE, delivery, listed);
        }
        Remote<NotificationAdminApi.Delivery> resent = Remote.call(() -> api.resend(key, delivery.id()));
        if (resent.ok()) {
            return new LoginResend(LoginResend.Result.RESENT, resent.value() == null ? delivery : resent.value(),
                    resent);
        }
        LoginResend.Result result = "BODY_PURGED".equals(resent.code()) ? LoginResend.Result.BODY_GONE
                : "ALREADY_PENDING".equals(resent.code()) ? LoginResend.Result.ALREADY_PENDING
                        : LoginResend.Result.NOT_DONE;
        return new LoginResend(result, delivery, resent);
    }

    static Optional<NotificationAdminApi.Delivery> lastLogin(List<NotificationAdminApi.Delivery> deliveries) {
        return deliveries == null ? Optional.empty()
                : deliveries.stream().filter(Objects::nonNull).filter(d -> LOGIN_KINDS.contains(d.kind()))
                        .max(Comparator.comparing(NotificationOperations::when));
    }

    private static Instant when(NotificationAdminApi.Delivery d) {
        return d.eventOccurredAt() != null ? d.eventOccurredAt()
                : d.createdAt() != null ? d.createdAt() : Instant.EPOCH;
    }
}
