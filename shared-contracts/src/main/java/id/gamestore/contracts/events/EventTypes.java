package id.gamestore.contracts.events;

import java.util.Map;

/** Event type names. Each is also the routing key on its exchange. */
public final class EventTypes {
    public static final String ORDER_CONFIRMED = "order.confirmed";
    public static final String PROVISIONING_STARTED = "provisioning.started";
    public static final String PROVISIONING_PROGRESS = "provisioning.progress";
    public static final String PROVISIONING_COMPLETED = "provisioning.completed";
    public static final String PROVISIONING_FAILED = "provisioning.failed";
    /** On the {@code orders} exchange: a new panel password was asked for. */
    public static final String CREDENTIALS_RESET_REQUESTED = "credentials.reset-requested";
    /** On the {@code provisioning} exchange: the new password, sealed. */
    public static final String CREDENTIALS_RESET = "credentials.reset";
    /** On the {@code provisioning} exchange: the reset could not be done. */
    public static final String CREDENTIALS_RESET_FAILED = "credentials.reset-failed";

    /** The record class for each event type, for decoding by routing key. */
    public static final Map<String, Class<? extends DomainEvent>> CLASSES = Map.of(
            ORDER_CONFIRMED, OrderConfirmed.class,
            PROVISIONING_STARTED, ProvisioningStarted.class,
            PROVISIONING_PROGRESS, ProvisioningProgress.class,
            PROVISIONING_COMPLETED, ProvisioningCompleted.class,
            PROVISIONING_FAILED, ProvisioningFailed.class,
            CREDENTIALS_RESET_REQUESTED, CredentialsResetRequested.class,
            CREDENTIALS_RESET, CredentialsReset.class,
            CREDENTIALS_RESET_FAILED, CredentialsResetFailed.class);

    private EventTypes() {
    }
}
