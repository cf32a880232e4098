package id.gamestore.notification.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import id.gamestore.sandbox.whatsapp.WhatsAppSandbox;
import id.gamestore.sandbox.whatsapp.WhatsAppSandboxConfig;
import id.gamestore.sandbox.whatsapp.WhatsAppSandboxOptions;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the WhatsApp sandbox (fast timings, 200 ms pair spacing under the service's 300 ms test spacing, signed WAHA webhooks, an approved {@code admin_alert} template, the password-reset and lifecycle templates with their exact
 * parameter counts) and a
 * GreenMail SMTP server for the application under test, points the service at them, and empties the service's
 * queues of messages left by earlier runs.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {
    public static final String WAHA_HMAC_KEY = "sandbox-waha-hmac";
    public static final String API_VERSION = "v21.0";

    private WhatsAppSandbox sandbox;
    private GreenMail mail;

    @Override
    public Map<String, String> start() {
        sandbox = WhatsAppSandbox.start(WhatsAppSandboxConfig.defaults(),
                WhatsAppSandboxOptions.fast()
                .withPairSpacing(Duration.ofMillis(200)).withWahaHmacKey(WAHA_HMAC_KEY));
        sandbox.registerTemplate("admin_alert", "id", -1);
        sandbox.registerTemplate("server_siap_v1", "en", -1);
        // exact body parameter counts, as Meta checks them (MessageKind's parameter lists)
        sandbox.registerTemplate("password_reset", "id", 9);
        sandbox.registerTemplate("password_reset_failed", "id", 3);
        sandbox.registerTemplate("lifecycle_notice", "id", 2);
        sandbox.registerTemplate("admin_notice", "id", 2);
        sandbox.registerTemplate("admin_report", "id", 2);
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        TestBroker.purgeQueues();
        WhatsAppSandboxConfig c = sandbox.config();
        Map<String, String> config = new HashMap<>();
        config.put("notification.whatsapp.cloud.api-url", sandbox.url());
        config.put("notification.whatsapp.cloud.api-version", API_VERSION);
        config.put("notification.whatsapp.cloud.token", c.token());
        config.put("notification.whatsapp.cloud.phone-number-id", c.phoneNumberId());
        config.put("notification.whatsapp.cloud.app-secret", c.appSecret());
        config.put("notification.whatsapp.cloud.verify-token", c.verifyToken());
        config.put("notification.whatsapp.waha.url", sandbox.url());
        config.put("notification.whatsapp.waha.api-key", c.wahaApiKey());
        config.put("notification.whatsapp.waha.webhook-hmac-key", WAHA_HMAC_KEY);
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", String.valueOf(mail.getSmtp().getPort()));
        config.put("quarkus.mailer.from", "store@example.test");
        config.put("quarkus.mailer.start-tls", "DISABLED");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(sandbox,
                new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, WhatsAppSandbox.class));
        injector.injectIntoFields(mail, new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }
}
