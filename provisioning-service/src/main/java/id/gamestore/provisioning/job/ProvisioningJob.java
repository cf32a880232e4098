package id.gamestore.provisioning.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.events.ServerPort;
import id.gamestore.contracts.events.Sftp;
import id.gamestore.provisioning.mapping.PackageMapping;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
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
    /** JSON list of {@link JobAllocation}: the additional allocations placed for the server, in order. */
    @Column(name = "additional_allocations")
    public String additionalAllocationsJson;
    @Column(name = "sftp_host")
    public String sftpHost;
    @Column(name = "sftp_port")
    public Integer sftpPort;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "server_creating")
    public boolean serverCreating;
    /** The panel refused the start signal for good: the server is built but not running. */
    @Column(name = "start_refused")
    public boolean startRefused;
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

    /** {@link #customerJson} read once per loaded row; it never changes after the job is created. */
    @Transient
    private Customer customer;
    /** {@link #packageJson} read once per loaded row; it never changes after the job is created. */
    @Transient
    private PackageRef pkg;

    /** A new job for a confirmed order, in {@code state}, due now; the caller persists it. */
    public static ProvisioningJob of(OrderConfirmed event, JobState state) {
        Instant now = Instant.now();
        ProvisioningJob job = new ProvisioningJob();
        job.id = UUID.randomUUID();
        job.orderId = event.orderId();
        job.correlationId = event.correlationId();
        job.eventId = event.eventId();
        job.customerJson = write(event.customer());
        job.packageJson = write(event.pkg());
        job.customer = event.customer();
        job.pkg = event.pkg();
        job.confirmedBy = event.confirmedBy();
        job.confirmedAt = event.occurredAt();
        job.state = state;
        job.currentStep = JobStep.ENSURE_USER;
        job.stepStatus = StepStatus.initial();
        job.nextRunAt = now;
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    /** The customer the order was confirmed for. */
    public Customer customer() {
        if (customer == null) {
            customer = read(customerJson, Customer.class);
        }
        return customer;
    }

    /** The package the order was confirmed with. */
    public PackageRef pkg() {
        if (pkg == null) {
            pkg = read(packageJson, PackageRef.class);
        }
        return pkg;
    }

    /**
     * The server as the completed/reset events describe it; sizes are the package's ({@code mapping} null: 0s),
     * {@code started} whether it was started for the customer (null: not reported).
     */
    public ServerInfo server(PackageMapping mapping, Boolean started) {
        return new ServerInfo(serverId == null ? 0 : serverId, serverUuid, serverIdentifier, serverName, serverIp,
                serverPort == null ? 0 : serverPort, mapping == null ? 0 : mapping.memory(),
                mapping == null ? 0 : mapping.cpu(), mapping == null ? 0 : mapping.disk(), packageDescription(mapping),
                ports(), sftpHost == null || sftpPort == null ? null : new Sftp(sftpHost, sftpPort), started);
    }

    public ServerInfo server(PackageMapping mapping) {
        return server(mapping, null);
    }

    /** Every port of the server: the primary ({@code game}) first, then the additional ones in order. */
    public List<ServerPort> ports() {
        List<ServerPort> ports = new ArrayList<>();
        if (serverPort != null) {
            ports.add(new ServerPort(serverIp, serverPort, ServerPort.GAME));
        }
        additionalAllocations().forEach(a -> ports.add(new ServerPort(a.ip(), a.port(), a.purpose())));
        return ports;
    }

    public List<JobAllocation> additionalAllocations() {
        return JobAllocation.readList(additionalAllocationsJson);
    }

    public void additionalAllocations(List<JobAllocation> allocations) {
        additionalAllocationsJson = JobAllocation.writeList(allocations);
    }

    /**
     * The package's own description, for the customer's message; null when the package has none (the panel then
     * gets {@link #serverDescription}'s generated text, written for admins, not for the customer).
     */
    public static String packageDescription(PackageMapping mapping) {
        return mapping == null || mapping.description() == null || mapping.description().isBlank() ? null
                : mapping.description().strip();
    }

    /**
     * The server's description on the panel: the package's {@code description} when set, else the order, customer,
     * package and months; at most 191 characters (the panel's limit).
     */
    public String serverDescription(PackageMapping mapping) {
        String own = packageDescription(mapping);
        String text = own != null ? own
                : "Order " + orderId + " for " + customer().name() + ", package " + pkg().code() + ", "
                        + pkg().durationMonths() + " month(s)";
        return text.length() > 191 ? text.substring(0, 191) : text;
    }

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

    private static String write(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
