package id.gamestore.notification.channel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which WhatsApp channel delivers, and how to reach it. */
@ConfigMapping(prefix = "notification.whatsapp")
public interface WhatsAppConfig {
    /** {@code cloud} (WhatsApp Cloud API) or {@code waha} (WAHA-style gateway). */
    @WithDefault("cloud")
    String channel();

    Cloud cloud();

    Waha waha();

    @WithDefault("3s")
    Duration connectTimeout();

    @WithDefault("10s")
    Duration readTimeout();

    /** WhatsApp Cloud API (Meta Graph API). */
    interface Cloud {
        @WithDefault("https://graph.facebook.com")
        String apiUrl();

        @WithDefault("v21.0")
        String apiVersion();

        Optional<String> token();

        Optional<String> phoneNumberId();

        /** App secret: key of the {@code X-Hub-Signature-256} HMAC on webhooks. */
        Optional<String> appSecret();

        /** Our chosen token for the webhook verification handshake. */
        Optional<String> verifyToken();

        /** Languages the approved templates exist in; the first is used for any other locale. */
        @WithDefault("id")
        List<String> templateLanguages();

        Templates templates();
    }

    /** Names of the approved Cloud API templates, used outside the 24-hour window. */
    interface Templates {
        @WithDefault("server_siap_v1")
        String serverReady();

        @WithDefault("server_ready")
        String serverReadyReturning();

        @WithDefault("provisioning_progress")
        String progress();

        @WithDefault("provisioning_failed")
        String failed();

        @WithDefault("admin_alert")
        String adminAlert();

        @WithDefault("password_reset")
        String passwordReset();

        @WithDefault("password_reset_failed")
        String passwordResetFailed();

        /** A lifecycle notice to the customer: 2 body parameters, the order and the message on one line. */
        @WithDefault("lifecycle_notice")
        String lifecycle();

        /** A lifecycle notice to the admin: 2 body parameters, the order and the message on one line. */
        @WithDefault("admin_notice")
        String lifecycleAdmin();

        /** The admin's scheduled report: 2 body parameters, the period and the report on one line. */
        @WithDefault("admin_report")
        String adminReport();
    }

    /** WAHA gateway (WhatsApp HTTP API). */
    interface Waha {
        @WithDefault("http://127.0.0.1:3000")
        String url();

        Optional<String> apiKey();

        @WithDefault("default")
        String session();

        /** Key of the {@code X-Webhook-Hmac} (SHA-512) WAHA signs its webhooks with; required to accept them. */
        Optional<String> webhookHmacKey();
    }
}
