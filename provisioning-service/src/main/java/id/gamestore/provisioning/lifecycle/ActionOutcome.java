package id.gamestore.provisioning.lifecycle;

import java.time.Duration;

import id.gamestore.contracts.events.LifecycleActionCompleted.BuildLimits;

/** How one run of a lifecycle action ended on the panel; {@link LifecycleService} records it. */
sealed interface ActionOutcome {

    /** Done: {@code lifecycle.action-completed}; {@code account} is what a termination changes on the customer's account. */
    record Completed(boolean userDeleted, BuildLimits limits, String detail, AccountChange account)
            implements ActionOutcome {
    }

    /** Failed for good: {@code lifecycle.action-failed}, the server as it was. */
    record Failed(LifecycleFailure reason, String detail) implements ActionOutcome {
    }

    /** Another order holds the customer's account: run again after {@code delay}, without using up an attempt. */
    record Later(Duration delay) implements ActionOutcome {
    }

    /** The lease ran out before the panel call: another processor owns the action now; nothing is recorded. */
    record LeaseLost() implements ActionOutcome {
    }

    /**
     * A termination held the customer's account ({@code holder}) while it looked at and maybe deleted the panel user;
     * {@code forgottenUserId}: the user it deleted, whose record goes so that a later order creates a new one.
     */
    record AccountChange(String customerId, String holder, Long forgottenUserId) {
    }
}
