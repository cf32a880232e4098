package id.gamestore.provisioning.job;

import java.util.UUID;

/** The worker no longer holds the job (its lease ran out and another worker took it): stop touching it. */
public class LeaseLostException extends RuntimeException {
    public LeaseLostException(UUID jobId) {
        super("lease on job " + jobId + " lost");
    }
}
