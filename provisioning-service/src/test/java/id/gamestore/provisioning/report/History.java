package id.gamestore.provisioning.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Writes a known provisioning history straight into the tables the reports read (no saga runs). */
@ApplicationScoped
public class History {
    private final EntityManager em;
    private final DataSource ds;

    public History(EntityManager em, DataSource ds) {
        this.em = em;
        this.ds = ds;
    }

    /** A job as the saga would have left it; non-terminal ones are parked far in the future (no worker takes them). */
    public final class Job {
        final UUID id = UUID.randomUUID();
        final String orderId;
        String packageCode = "mc-basic";
        String state = "COMPLETED";
        Instant createdAt;
        Instant finishedAt;
        String reason;
        String step;
        String detail;
        Long nodeId;
        int additionalAllocations;

        Job(String orderId, Instant createdAt) {
            this.orderId = orderId;
            this.createdAt = createdAt;
        }

        public Job pkg(String code) {
            packageCode = code;
            return this;
        }

        public Job completed(long afterMs) {
            state = "COMPLETED";
            finishedAt = createdAt.plusMillis(afterMs);
            return this;
        }

        public Job completedAt(Instant at, long nodeId) {
            state = "COMPLETED";
            finishedAt = at;
            this.nodeId = nodeId;
            return this;
        }

        public Job failed(String state, String reason, String step, String detail, Instant at) {
            this.state = state;
            this.reason = reason;
            this.step = step;
            this.detail = detail;
            finishedAt = at;
            return this;
        }

        public Job state(String state) {
            this.state = state;
            finishedAt = null;
            return this;
        }

        public Job additionalAllocations(int count) {
            additionalAllocations = count;
            return this;
        }

        /** Stores the job; {@code log} lines are {@code STEP:OUTCOME:durationMs}. */
        public UUID save(String... log) {
            StringBuilder extra = new StringBuilder("[");
            for (int i = 0; i < additionalAllocations; i++) {
                extra.append(i == 0 ? "" : ",").append("{\"allocationId\":").append(900 + i)
                        .append(",\"ip\":\"10.0.0.1\",\"port\":").append(30000 + i).append(",\"purpose\":\"extra\"}");
            }
            try (Connection c = ds.getConnection()) {
                try (PreparedStatement st = c.prepareStatement("""
                        insert into provisioning_job (id, order_id, correlation_id, event_id, customer_json,
                               package_json, state, current_step, step_status, failure_reason, failed_step,
                               failure_detail, next_run_at, lease_owner, lease_until, node_id, additional_allocations,
                               created_at, updated_at, finished_at)
                        values (?, ?, ?, ?, '{}', ?, ?, 'DONE', '', ?, ?, ?,
                                timestamptz '2999-01-01T00:00:00Z', 'elsewhere', timestamptz '2999-01-01T00:00:00Z',
                                ?, ?, ?, ?, ?)""")) {
                    st.setObject(1, id);
                    st.setString(2, orderId);
                    st.setString(3, "corr-" + orderId);
                    st.setObject(4, UUID.randomUUID());
                    st.setString(5, "{\"code\":\"" + packageCode + "\",\"name\":\"x\",\"game\":\"minecraft\","
                            + "\"durationMonths\":1}");
                    st.setString(6, state);
                    st.setString(7, reason);
                    st.setString(8, step);
                    st.setString(9, detail);
                    st.setObject(10, nodeId, Types.BIGINT);
                    st.setString(11, additionalAllocations == 0 ? null : extra.append("]").toString());
                    st.setObject(12, createdAt.atOffset(ZoneOffset.UTC));
                    st.setObject(13, createdAt.atOffset(ZoneOffset.UTC));
                    st.setObject(14, finishedAt == null ? null : finishedAt.atOffset(ZoneOffset.UTC),
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    st.executeUpdate();
                }
                Instant at = createdAt;
                for (String line : log) {
                    String[] p = line.split(":");
                    at = at.plusMillis(1);
                    try (PreparedStatement st = c.prepareStatement("insert into job_step_log (job_id, step, outcome, "
                            + "duration_ms, at) values (?, ?, ?, ?, ?)")) {
                        st.setObject(1, id);
                        st.setString(2, p[0]);
                        st.setString(3, p[1]);
                        st.setLong(4, Long.parseLong(p[2]));
                        st.setObject(5, at.atOffset(ZoneOffset.UTC));
                        st.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return id;
        }
    }

    public Job job(String orderId, Instant createdAt) {
        return new Job(orderId, createdAt);
    }

    /** A lifecycle action that ended DONE for the order's server. */
    public void lifecycleDone(String orderId, String action, String packageCode) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("""
                insert into lifecycle_action (action_id, event_id, order_id, correlation_id, action, customer_json,
                       server_id, package_code, requested_by, state, next_run_at, created_at, updated_at, finished_at)
                values (?, ?, ?, 'corr', ?, '{}', 1, ?, 'admin', 'DONE', now(), now(), now(), now())""")) {
            st.setString(1, UUID.randomUUID().toString());
            st.setObject(2, UUID.randomUUID());
            st.setString(3, orderId);
            st.setString(4, action);
            st.setString(5, packageCode);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties what the reports read. */
    public void clean() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate job_step_log, provisioning_job, lifecycle_action, capacity_snapshot").executeUpdate());
    }

    public long snapshotRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from capacity_snapshot").getSingleResult()).longValue());
    }
}
