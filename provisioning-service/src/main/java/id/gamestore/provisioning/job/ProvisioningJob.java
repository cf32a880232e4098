package id.gamestore.provisioning.job;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The saga state of one order: one row, optimistic version, current step, what each step produced, and the flags
 * written before each panel call that creates something ({@code userCreating}, {@code serverCreating}).
 */
@Entity
@Table(name = "provisioning_job")
public class ProvisioningJob extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "customer_json")
    public String customerJson;
    @Column(name = "package_json")
    public String packageJson;
    @Column(name = "confirmed_by")
    public String confirmedBy;
    @Enumerated(EnumType.STRING)
    public JobState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "current_step")
    public JobStep currentStep;
    @Column(name = "step_status")
    public String stepStatus;
    public int attempts;
    @Column(name = "step_attempts")
    public int stepAttempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "failed_step")
    public String failedStep;
    @Column(name = "failure_detail")
    public String failureDetail;
    @Column(name = "cancel_requested")
    public boolean cancelRequested;
    public Instant deadline;
    @Column(name = "install_deadline")
    public Instant installDeadline;
    @Column(name = "next_run_at")
    public Instant nextRunAt;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "panel_user_id")
    public Long panelUserId;
    @Column(name = "panel_username")
    public String panelUsername;
    @Column(name = "panel_email")
    public String panelEmail;
    @Column(name = "user_creating")
    public boolean userCreating;
    @Column(name = "user_created")
    public boolean userCreated;
    /** This job set the customer's password (new user, or a new password); its completed event carries it. */
    @Column(name = "password_issued")
    public boolean passwordIssued;
    /** The generated password sealed with the order id; dropped when the job ends. Never plaintext. */
    @Column(name = "password_envelope")
    public String passwordEnvelope;
    @Column(name = "node_id")
    public Long nodeId;
    @Column(name = "allocation_id")
    public Long allocationId;
    @Column(name = "server_ip")
    public String serverIp;
    @Column(name = "server_port")
    public Integer serverPort;
    @Column(name = "server_creating")
    public boolean serverCreating;
    @Column(name = "server_id")
    public Long serverId;
    @Column(name = "server_uuid")
    public String serverUuid;
    @Column(name = "server_identifier")
    public String serverIdentifier;
    @Column(name = "server_name")
    public String serverName;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Version
    public long version;

    public static ProvisioningJob byOrderId(String orderId) {
        return find("orderId", orderId).firstResult();
    }

    /** The panel user's external id for this job's customer. */
    public static String userExternalId(String customerId) {
        return "gs-customer-" + customerId;
    }

    /** The panel server's external id for this job's order. */
    public static String serverExternalId(String orderId) {
        return "gs-order-" + orderId;
    }
}
