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
    /** On the {@code orders} exchange: order-service asks for a suspend, unsuspend, termination or build change. */
    public static final String LIFECYCLE_ACTION_REQUESTED = "lifecycle.action-requested";
    /** On the {@code provisioning} exchange: the lifecycle action is done on the panel. */
    public static final String LIFECYCLE_ACTION_COMPLETED = "lifecycle.action-completed";
    /** On the {@code provisioning} exchange: the lifecycle action could not be done. */
    public static final String LIFECYCLE_ACTION_FAILED = "lifecycle.action-failed";
    /** On the {@code orders} exchange: a reminder, suspension, renewal... to tell the customer and/or the admin. */
    public static final String LIFECYCLE_NOTICE = "lifecycle.notice";
    /** On the {@code orders} exchange: the admin's scheduled (daily/weekly) report, rendered, to deliver. */
    public static final String ADMIN_REPORT = "admin.report";

    /** The record class for each event type, for decoding by routing key. */
    public static final Map<String, Class<? extends DomainEvent>> CLASSES = Map.ofEntries(
            Map.entry(ORDER_CONFIRMED, OrderConfirmed.class),
            Map.entry(PROVISIONING_STARTED, ProvisioningStarted.class),
            Map.entry(PROVISIONING_PROGRESS, ProvisioningProgress.class),
            Map.entry(PROVISIONING_COMPLETED, ProvisioningCompleted.class),
            Map.entry(PROVISIONING_FAILED, ProvisioningFailed.class),
            Map.entry(CREDENTIALS_RESET_REQUESTED, CredentialsResetRequested.class),
            Map.entry(CREDENTIALS_RESET, CredentialsReset.class),
            Map.entry(CREDENTIALS_RESET_FAILED, CredentialsResetFailed.class),
            Map.entry(LIFECYCLE_ACTION_REQUESTED, LifecycleActionRequested.class),
            Map.entry(LIFECYCLE_ACTION_COMPLETED, LifecycleActionCompleted.class),
            Map.entry(LIFECYCLE_ACTION_FAILED, LifecycleActionFailed.class),
            Map.entry(LIFECYCLE_NOTICE, LifecycleNotice.class),
            Map.entry(ADMIN_REPORT, AdminReport.class));

    private EventTypes() {
    }
}
