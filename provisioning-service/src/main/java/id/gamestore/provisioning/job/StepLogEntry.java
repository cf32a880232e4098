package id.gamestore.provisioning.job;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a job's history: a step's outcome, how long it took, and on which instance. */
@Entity
@Table(name = "job_step_log")
public class StepLogEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "job_id")
    public UUID jobId;
    public String step;
    public String outcome;
    public String detail;
    @Column(name = "duration_ms")
    public long durationMs;
    @Column(name = "instance_id")
    public String instanceId;
    public Instant at;

    public static StepLogEntry of(UUID jobId, String step, String outcome, String detail, long durationMs,
            String instanceId) {
        StepLogEntry e = new StepLogEntry();
        e.jobId = jobId;
        e.step = step;
        e.outcome = outcome;
        e.detail = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        e.durationMs = durationMs;
        e.instanceId = instanceId;
        e.at = Instant.now();
        return e;
    }
}
