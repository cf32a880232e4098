package id.gamestore.order.tracking.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventJson.UnreadableEventException;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ProvisioningStarted;

class ProvisioningEventsTest {
    static final Customer CUSTOMER = new Customer("CUS-1", "+6281234567890", "Budi", null, "id");
    static final PackageRef PKG = new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1);

    @Test
    void aValidEventDecodes() {
        var event = ProvisioningStarted.of("ORD-1", "c", "job", CUSTOMER, PKG);
        assertThat(ProvisioningEvents.decode("provisioning.started", bytes(EventJson.write(event)))).isEqualTo(event);
    }

    @Test
    void whatCanNeverBeProcessedIsUnreadable() {
        String json = EventJson.write(ProvisioningStarted.of("ORD-1", "c", "job", CUSTOMER, PKG));
        assertThatThrownBy(() -> ProvisioningEvents.decode("order.confirmed", bytes(json)))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> ProvisioningEvents.decode("provisioning.completed", bytes(json)))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> ProvisioningEvents.decode("provisioning.started",
                bytes(json.replace("\"schemaVersion\":1", "\"schemaVersion\":7"))))
                .hasMessageContaining("schemaVersion 7");
        assertThatThrownBy(() -> ProvisioningEvents.decode("provisioning.started", new byte[0]))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> ProvisioningEvents.decode("provisioning.started", bytes("{\"a\":")))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void theAnswersToAPasswordResetDecodeButOurOwnRequestDoesNot() {
        var failed = CredentialsResetFailed.of("ORD-1", "c", "RST-1", CUSTOMER, "PANEL_REJECTED", "Maaf", "422");
        assertThat(ProvisioningEvents.decode("credentials.reset-failed", bytes(EventJson.write(failed))))
                .isEqualTo(failed);
        var requested = CredentialsResetRequested.of("ORD-1", "c", "RST-1", CUSTOMER, "customer");
        assertThatThrownBy(() -> ProvisioningEvents.decode("credentials.reset-requested",
                bytes(EventJson.write(requested)))).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> ProvisioningEvents.decode("credentials.revoked", bytes(EventJson.write(failed))))
                .isInstanceOf(UnreadableEventException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
