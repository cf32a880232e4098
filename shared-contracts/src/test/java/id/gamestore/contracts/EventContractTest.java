package id.gamestore.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleActionCompleted;
import id.gamestore.contracts.events.LifecycleActionFailed;
import id.gamestore.contracts.events.LifecycleActionRequested;
import id.gamestore.contracts.events.AdminReport;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.contracts.events.ProvisioningStarted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.events.ServerPort;
import id.gamestore.contracts.events.Sftp;

class EventContractTest {
    static final Customer CUSTOMER = new Customer("cus_1", "+6281234567890", "Budi", null, "id");
    static final PackageRef PKG = new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 3);
    static final CredentialCipher CIPHER = CredentialCipher.single("k1", CredentialCipher.generateKey());

    static List<DomainEvent> samples() {
        return List.of(
                OrderConfirmed.of("ORD-1", "corr-1", CUSTOMER, PKG, "admin"),
                ProvisioningStarted.of("ORD-1", "corr-1", "job-1", CUSTOMER, PKG),
                ProvisioningProgress.of("ORD-1", "corr-1", "job-1", CUSTOMER, "CREATE_SERVER", 3, 5, "Membuat server"),
                ProvisioningCompleted.of("ORD-1", "corr-1", "job-1", CUSTOMER, PKG,
                        new PanelAccess("https://panel.example", 7, "budi_a1", "budi@example.com", true,
                                CIPHER.seal("s3cret-Pass", "ORD-1")),
                        new ServerInfo(12, "0b1c2d3e-0000-4000-8000-000000000000", "0b1c2d3e", "Budi MC", "10.0.0.5",
                                25565, 2048, 100, 10240)),
                ProvisioningCompleted.of("ORD-2", "corr-2", "job-2", CUSTOMER, PKG,
                        new PanelAccess("https://panel.example", 7, "budi_a1", "budi@example.com", false, null),
                        new ServerInfo(13, "1b1c2d3e-0000-4000-8000-000000000000", "1b1c2d3e", "Budi MC 2", "10.0.0.5",
                                25566, 2048, 100, 10240)),
                ProvisioningFailed.of("ORD-1", "corr-1", "job-1", CUSTOMER, PKG, FailureReason.NO_CAPACITY, "PLACE",
                        "Maaf, server penuh", "no node fits 2048 MiB", true),
                CredentialsResetRequested.of("ORD-1", "corr-1", "RST-1", CUSTOMER, "customer"),
                CredentialsReset.of("ORD-1", "corr-1", "RST-1", CUSTOMER, PKG, "https://panel.example", "budi_a1",
                        CIPHER.seal("n3w-Pass", "ORD-1"),
                        new ServerInfo(12, "0b1c2d3e-0000-4000-8000-000000000000", "0b1c2d3e", "Budi MC", "10.0.0.5",
                                25565, 2048, 100, 10240)),
                CredentialsResetFailed.of("ORD-1", "corr-1", "RST-1", CUSTOMER, "PANEL_USER_MISSING",
                        "Maaf, akun panel Anda tidak ditemukan", "panel user 7 is gone (404)"),
                // with every detail: price, confirmation time, description, three ports, SFTP, started
                ProvisioningCompleted.of("ORD-3", "corr-3", "job-3", CUSTOMER,
                        new PackageRef("mc-pro", "Minecraft Pro", "minecraft", 3, 270_000L),
                        new PanelAccess("https://panel.example", 7, "budi_a1", "budi@example.com", false, null),
                        new ServerInfo(14, "2b1c2d3e-0000-4000-8000-000000000000", "2b1c2d3e", "Budi MC 3", "10.0.0.5",
                                25567, 4096, 200, 20480, "Minecraft Pro for Budi",
                                List.of(new ServerPort("10.0.0.5", 25567, ServerPort.GAME),
                                        new ServerPort("10.0.0.5", 25568, "QUERY_PORT"),
                                        new ServerPort("10.0.0.5", 25569, ServerPort.EXTRA)),
                                new Sftp("node1.example", 2022), true),
                        java.time.Instant.parse("2026-12-07T06:00:00Z")),
                LifecycleActionRequested.of("ORD-1", "corr-1", "LCA-1", LifecycleAction.SUSPEND, CUSTOMER, 12,
                        "0b1c2d3e", "mc-basic", "lifecycle", "expired"),
                LifecycleActionRequested.of("ORD-1", "corr-1", "LCA-2", LifecycleAction.CHANGE_BUILD, CUSTOMER, 12,
                        "0b1c2d3e", "mc-pro", "admin:budi", "upgrade CHG-1"),
                LifecycleActionCompleted.of("ORD-1", "corr-1", "LCA-1", LifecycleAction.TERMINATE, 12, true, null,
                        "server 12 deleted, panel user 7 deleted"),
                LifecycleActionCompleted.of("ORD-1", "corr-1", "LCA-2", LifecycleAction.CHANGE_BUILD, 12, false,
                        new LifecycleActionCompleted.BuildLimits("mc-pro", 4096, 200, 20480), "build changed"),
                LifecycleActionFailed.of("ORD-1", "corr-1", "LCA-2", LifecycleAction.CHANGE_BUILD, 12, "NO_CAPACITY",
                        "node 1 has 1024 MiB free, the change needs 2048"),
                LifecycleNotice.of("ORD-1", "corr-1", LifecycleNotice.Kind.REMINDER, List.of(LifecycleNotice.CUSTOMER),
                        CUSTOMER, new LifecycleNotice.NoticeServer("0b1c2d3e", "Budi MC", "10.0.0.5:25565",
                                "Minecraft Basic"),
                        java.time.Instant.parse("2027-01-07T06:00:00Z"), java.time.Instant.parse("2027-01-08T06:00:00Z"),
                        null, null, null, null, null, "Asia/Jakarta", null, null),
                LifecycleNotice.of("DIGEST-2026-12-07", "digest-2026-12-07", LifecycleNotice.Kind.EXPIRING_DIGEST, List.of(LifecycleNotice.ADMIN),
                        null, null, null, null, null, null, null, null, null, "Asia/Jakarta",
                        List.of(new LifecycleNotice.ExpiringItem("ORD-1", "Budi", "+6281234567890", "Minecraft Basic",
                                "Budi MC", java.time.Instant.parse("2027-01-07T06:00:00Z"), "ACTIVE")), null),
                AdminReport.of(AdminReport.Period.DAILY, java.time.LocalDate.parse("2026-12-06"),
                        java.time.LocalDate.parse("2026-12-06"), "Asia/Jakarta", "id",
                        "Laporan 6 Des 2026\nPesanan: 12, berhasil 11 (92%)"));
    }

    @Test
    void everyEventRoundTripsThroughJson() {
        for (DomainEvent e : samples()) {
            String json = EventJson.write(e);
            assertThat(EventJson.read(e.type(), json)).as(e.type()).isEqualTo(e);
        }
    }

    @Test
    void everyEventValidatesAgainstItsSchema() {
        for (DomainEvent e : samples()) {
            assertThat(EventSchemas.validate(e.type(), EventJson.write(e))).as(e.type()).isEmpty();
        }
    }

    @Test
    void everyTypeHasASchema() {
        EventTypes.CLASSES.keySet().forEach(t -> assertThat(EventSchemas.schema(t)).as(t).isNotNull());
    }

    @Test
    void schemaRejectsMissingFieldsAndBadPhone() {
        String json = EventJson.write(OrderConfirmed.of("ORD-1", "c", new Customer("cus", "0812", "B", null, "id"), PKG,
                "admin")).replace("\"confirmedBy\":\"admin\",", "").replace(",\"confirmedBy\":\"admin\"", "");
        assertThat(EventSchemas.validate(EventTypes.ORDER_CONFIRMED, json))
                .anySatisfy(m -> assertThat(m).contains("confirmedBy"))
                .anySatisfy(m -> assertThat(m).contains("phone"));
    }

    @Test
    void newUserMustCarryAPassword() {
        String json = EventJson.write(samples().get(4)).replace("\"newUser\":false", "\"newUser\":true");
        assertThat(EventSchemas.validate(EventTypes.PROVISIONING_COMPLETED, json)).isNotEmpty();
    }

    @Test
    void aResetMustCarryTheNewPasswordAndAFailureAKnownReason() {
        String reset = EventJson.write(samples().get(7));
        String noPassword = reset.replaceAll("\"password\":\\{[^}]*\\}", "\"password\":null");
        assertThat(noPassword).isNotEqualTo(reset);
        assertThat(EventSchemas.validate(EventTypes.CREDENTIALS_RESET, noPassword)).isNotEmpty();
        String failed = EventJson.write(samples().get(8)).replace("PANEL_USER_MISSING", "EXPLODED");
        assertThat(EventSchemas.validate(EventTypes.CREDENTIALS_RESET_FAILED, failed)).isNotEmpty();
    }

    @Test
    void aNoticeNamesAKnownKindAndSomeoneToTell() {
        String reminder = EventJson.write(samples().get(15));
        assertThat(EventSchemas.validate(EventTypes.LIFECYCLE_NOTICE, reminder)).isEmpty();
        assertThat(EventSchemas.validate(EventTypes.LIFECYCLE_NOTICE, reminder.replace("REMINDER", "PARTY")))
                .isNotEmpty();
        assertThat(EventSchemas.validate(EventTypes.LIFECYCLE_NOTICE,
                reminder.replace("\"audience\":[\"customer\"]", "\"audience\":[]"))).isNotEmpty();
        String request = EventJson.write(samples().get(10));
        assertThat(EventSchemas.validate(EventTypes.LIFECYCLE_ACTION_REQUESTED, request.replace("SUSPEND", "EXPLODE")))
                .isNotEmpty();
    }

    @Test
    void aReportNamesItsPeriodAndCarriesText() {
        String report = EventJson.write(samples().get(17));
        assertThat(report).contains("\"orderId\":\"REPORT-DAILY-2026-12-06\"", "\"from\":\"2026-12-06\"");
        assertThat(EventSchemas.validate(EventTypes.ADMIN_REPORT, report)).isEmpty();
        assertThat(EventSchemas.validate(EventTypes.ADMIN_REPORT, report.replace("REPORT-DAILY", "ORD"))).isNotEmpty();
        assertThat(EventSchemas.validate(EventTypes.ADMIN_REPORT, report.replace("\"DAILY\"", "\"HOURLY\"")))
                .isNotEmpty();
        assertThat(EventSchemas.validate(EventTypes.ADMIN_REPORT, report.replaceAll("\"text\":\"[^\"]*\"",
                "\"text\":\"\""))).isNotEmpty();
    }

    @Test
    void unknownTypeAndGarbageAreUnreadable() {
        assertThatThrownBy(() -> EventJson.read("order.exploded", "{}"))
                .isInstanceOf(EventJson.UnreadableEventException.class);
        assertThatThrownBy(() -> EventJson.read(EventTypes.ORDER_CONFIRMED, "{not json"))
                .isInstanceOf(EventJson.UnreadableEventException.class);
    }

    @Test
    void envelopeNeverPrintsItsCiphertext() {
        var env = CIPHER.seal("hunter2", "ORD-1");
        assertThat(env.toString()).doesNotContain(env.ciphertext()).doesNotContain("hunter2");
    }
}
