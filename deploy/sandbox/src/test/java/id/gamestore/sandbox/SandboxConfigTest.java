package id.gamestore.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxConfigTest {

    @Test
    void defaultKeysAreShapedLikeRealKeys() {
        assertThat(SandboxConfig.DEFAULT_APP_KEY).hasSize(48).startsWith("ptla_").contains("sandbox");
        assertThat(SandboxConfig.DEFAULT_LIMITED_KEY).hasSize(48).startsWith("ptla_").contains("sandbox");
        assertThat(SandboxConfig.DEFAULT_CLIENT_KEY).hasSize(48).startsWith("ptlc_").contains("sandbox");
        assertThat(SandboxConfig.DEFAULT_STAFF_KEY).hasSize(48).startsWith("ptla_");
        assertThat(SandboxConfig.DEFAULT_APP_KEY.substring(0, 16)).isNotEqualTo(SandboxConfig.DEFAULT_LIMITED_KEY.substring(0, 16));
    }

    @Test
    void fromEnvHasDocumentedDefaults() {
        SandboxConfig c = SandboxConfig.fromEnv(Map.of());
        assertThat(c.panelPort()).isEqualTo(8090);
        assertThat(c.waPort()).isEqualTo(8091);
        assertThat(c.panelAppKey()).isEqualTo(SandboxConfig.DEFAULT_APP_KEY);
        assertThat(c.waPhoneNumberId()).isEqualTo("100000000000001");
        assertThat(c.installMillis()).isEqualTo(5000);
        assertThat(c.rateLimitPerMinute()).isEqualTo(240);
        assertThat(c.rateLimitWindowMillis()).isEqualTo(60_000);
        assertThat(c.seedFile()).isNull();
        assertThat(c.panelBindAddress()).isEqualTo("127.0.0.1");
        assertThat(c.waOptions()).isNotNull();
        assertThat(SandboxConfig.defaults().waOptions()).isEqualTo(
                id.gamestore.sandbox.whatsapp.WhatsAppSandboxOptions.fast());
        assertThat(SandboxConfig.fromEnv(Map.of("SANDBOX_PANEL_BIND_ADDRESS", "0.0.0.0")).panel().bindAddress())
                .isEqualTo("0.0.0.0");
    }

    @Test
    void fromEnvReadsEveryVariable() {
        SandboxConfig c = SandboxConfig.fromEnv(Map.ofEntries(
                Map.entry("SANDBOX_PANEL_PORT", "9090"), Map.entry("SANDBOX_WA_PORT", "9091"),
                Map.entry("SANDBOX_PANEL_APP_KEY", "ptla_k"), Map.entry("SANDBOX_PANEL_LIMITED_KEY", "ptla_l"),
                Map.entry("SANDBOX_PANEL_CLIENT_KEY", "ptlc_c"), Map.entry("SANDBOX_WA_TOKEN", "tok"),
                Map.entry("SANDBOX_WA_PHONE_NUMBER_ID", "123"), Map.entry("SANDBOX_WA_APP_SECRET", "sec"),
                Map.entry("SANDBOX_WA_VERIFY_TOKEN", "ver"), Map.entry("SANDBOX_WA_WEBHOOK_URL", "http://x/hook"),
                Map.entry("SANDBOX_WAHA_API_KEY", "waha"), Map.entry("SANDBOX_INSTALL_SECONDS", "0.25"),
                Map.entry("SANDBOX_PANEL_RATE_LIMIT", "100"), Map.entry("SANDBOX_SEED_FILE", "/tmp/seed.json")));
        assertThat(c.panelPort()).isEqualTo(9090);
        assertThat(c.waPort()).isEqualTo(9091);
        assertThat(c.panelAppKey()).isEqualTo("ptla_k");
        assertThat(c.panelLimitedKey()).isEqualTo("ptla_l");
        assertThat(c.panelClientKey()).isEqualTo("ptlc_c");
        assertThat(c.whatsapp().token()).isEqualTo("tok");
        assertThat(c.whatsapp().phoneNumberId()).isEqualTo("123");
        assertThat(c.whatsapp().appSecret()).isEqualTo("sec");
        assertThat(c.whatsapp().verifyToken()).isEqualTo("ver");
        assertThat(c.whatsapp().webhookUrl()).isEqualTo("http://x/hook");
        assertThat(c.whatsapp().wahaApiKey()).isEqualTo("waha");
        assertThat(c.installMillis()).isEqualTo(250);
        assertThat(c.rateLimitPerMinute()).isEqualTo(100);
        assertThat(c.seedFile()).isEqualTo(Path.of("/tmp/seed.json"));
        assertThat(SandboxConfig.fromEnv(Map.of("SANDBOX_INSTALL_MILLIS", "40")).installMillis()).isEqualTo(40);
        assertThat(c.toString()).doesNotContain("sec").doesNotContain("ptla_k");
    }
}
