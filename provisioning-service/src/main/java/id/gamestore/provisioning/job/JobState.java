package id.gamestore.provisioning.job;

import java.util.EnumSet;
import java.util.Set;

/** Where a job is. Workers pick up PENDING, RUNNING and COMPENSATING jobs whose time has come. */
public enum JobState {
    /** Provisioning is switched off; waits for an admin trigger. */
    ON_HOLD,
    /** Accepted, not started. */
    PENDING,
    RUNNING,
    /** A permanent failure (or a cancel) is being undone. */
    COMPENSATING,
    COMPLETED,
    FAILED,
    /** Undoing failed for good: something may be left on the panel; an admin must look. */
    COMPENSATION_FAILED;

    public static final Set<JobState> RUNNABLE = EnumSet.of(PENDING, RUNNING, COMPENSATING);
    public static final Set<JobState> TERMINAL = EnumSet.of(COMPLETED, FAILED, COMPENSATION_FAILED);

    public boolean terminal() {
        return TERMINAL.contains(this);
    }
}
