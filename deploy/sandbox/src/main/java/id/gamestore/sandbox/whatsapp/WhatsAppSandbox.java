package id.gamestore.sandbox.whatsapp;

import com.sun.net.httpserver.HttpServer;
import id.gamestore.sandbox.support.DaemonThreads;
import id.gamestore.sandbox.whatsapp.cloud.CloudMessagesHandler;
import id.gamestore.sandbox.whatsapp.cloud.CloudRequestValidator;
import id.gamestore.sandbox.whatsapp.cloud.RateLimits;
import id.gamestore.sandbox.whatsapp.cloud.TemplateRegistry;
import id.gamestore.sandbox.whatsapp.faults.Faults;
import id.gamestore.sandbox.whatsapp.store.ConversationWindows;
import id.gamestore.sandbox.whatsapp.store.Ids;
import id.gamestore.sandbox.whatsapp.store.MessageStore;
import id.gamestore.sandbox.whatsapp.store.Phones;
import id.gamestore.sandbox.whatsapp.waha.WahaSendHandler;
import id.gamestore.sandbox.whatsapp.waha.WahaWebhooks;
import id.gamestore.sandbox.whatsapp.webhook.CloudWebhooks;
import id.gamestore.sandbox.whatsapp.webhook.StatusPipeline;
import id.gamestore.sandbox.whatsapp.webhook.VerificationHandler;
import id.gamestore.sandbox.whatsapp.webhook.WebhookAttempt;
import id.gamestore.sandbox.whatsapp.webhook.WebhookSender;
import id.gamestore.sandbox.whatsapp.webhook.WebhookTargets;
import id.gamestore.sandbox.whatsapp.webhook.WebhookVerification;
import id.gamestore.sandbox.whatsapp.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The WhatsApp sandbox: a Cloud API face, a WAHA-style gateway face, status webhooks, fault switches and
 * inspection, on one port. Start it in-process with {@link #start(WhatsAppSandboxConfig)}; close it when done.
 */
public final class WhatsAppSandbox implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WhatsAppSandbox.class.getName());

    private final WhatsAppSandboxConfig config;
    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final ScheduledExecutorService scheduler;
    private final Clock clock = Clock.systemUTC();
    private final MessageStore store = new MessageStore();
    private final ConversationWindows windows = new ConversationWindows(clock);
    private final Faults faults = new Faults();
    private final TemplateRegistry templates = TemplateRegistry.withDefaults();
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final StatusPipeline pipeline;
    private final RateLimits limits;
    private final CloudWebhooks cloudWebhooks;
    private final WahaWebhooks wahaWebhooks;
    private final WebhookVerifier verifier;

    private WhatsAppSandbox(WhatsAppSandboxConfig config, WhatsAppSandboxOptions options) throws IOException {
        this.config = config;
        this.requestThreads = Executors.newFixedThreadPool(8, DaemonThreads.named("wa-sandbox-http"));
        this.scheduler = Executors.newScheduledThreadPool(4, DaemonThreads.named("wa-sandbox-webhooks"));
        this.targets = new WebhookTargets(config.webhookUrl(), config.wahaWebhookUrl());
        this.sender = new WebhookSender(scheduler, new WebhookSender.Retries(options.webhookTimeout(),
                options.webhookAttempts(), options.webhookBackoff()), faults, clock);
        this.pipeline = new StatusPipeline(scheduler, new StatusPipeline.Delays(options.sentDelay(),
                options.deliveredDelay(), options.readDelay()), faults, clock);
        this.limits = new RateLimits(new RateLimits.Limits(options.messagesPerSecond(), options.pairSpacing(),
                options.pairBurst()), clock);
        this.cloudWebhooks = new CloudWebhooks(new CloudWebhooks.Account(config.phoneNumberId(), config.appSecret()),
                targets, sender, faults);
        this.wahaWebhooks = new WahaWebhooks(targets, sender, options.wahaHmacKey(), clock);
        this.verifier = new WebhookVerifier(config.verifyToken(), options.webhookTimeout());
        templates.registerAll(options.templates());
        this.server = HttpServer.create(new InetSocketAddress(options.bindAddress(), config.port()), 64);
        server.setExecutor(requestThreads);
        WhatsAppAdmin admin = new WhatsAppAdmin(this);
        server.createContext("/__sandbox/", admin);
        server.createContext("/__sim/", admin);
        server.createContext("/webhook", new VerificationHandler(config.verifyToken()));
        server.createContext("/api/", new WahaSendHandler(config.wahaApiKey(), faults, store, pipeline,
                wahaWebhooks, clock));
        server.createContext("/", new CloudMessagesHandler(
                new CloudMessagesHandler.Account(config.phoneNumberId(), config.token()), faults,
                new CloudRequestValidator(templates), limits, store, windows, pipeline, cloudWebhooks, clock));
        server.start();
        LOG.log(System.Logger.Level.INFO, "WhatsApp sandbox listening on {0}", url());
    }

    public static WhatsAppSandbox start(WhatsAppSandboxConfig config) {
        return start(config, WhatsAppSandboxOptions.defaults());
    }

    public static WhatsAppSandbox start(WhatsAppSandboxConfig config, WhatsAppSandboxOptions options) {
        try {
            return new WhatsAppSandbox(config, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the WhatsApp sandbox on port " + config.port(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public WhatsAppSandboxConfig config() {
        return config;
    }

    /** Base URL of the Cloud API face for a version, e.g. {@code http://127.0.0.1:PORT/v23.0/100000000000001}. */
    public String cloudApiUrl(String version) {
        return url() + "/" + version + "/" + config.phoneNumberId();
    }

    /** Clears messages, windows, faults, rate-limit counters and webhook attempts; stops pending webhooks. */
    public void reset() {
        pipeline.reset();
        sender.reset();
        store.clear();
        windows.clear();
        faults.clear();
        limits.reset();
        LOG.log(System.Logger.Level.INFO, "WhatsApp sandbox reset");
    }

    public List<SentMessage> messages() {
        return store.all().stream().map(SentMessage::of).toList();
    }

    /** Messages to one recipient; {@code phone} may be {@code +62...}, {@code 62...} or {@code 62...@c.us}. */
    public List<SentMessage> messagesTo(String phone) {
        return store.to(phone).stream().map(SentMessage::of).toList();
    }

    public Faults faults() {
        return faults;
    }

    public void setWebhookUrl(String url) {
        targets.cloudUrl(url);
    }

    public String webhookUrl() {
        return targets.cloudUrl();
    }

    /**
     * Runs the subscription handshake against {@code url} (as Meta does when a callback is saved) and registers
     * it only when the callback echoed the challenge.
     */
    public WebhookVerification verifyAndSetWebhookUrl(String url) {
        WebhookVerification result = verifier.verify(url);
        if (result.verified()) {
            targets.cloudUrl(url);
        }
        return result;
    }

    public void setWahaWebhookUrl(String url) {
        targets.wahaUrl(url);
    }

    public String wahaWebhookUrl() {
        return targets.wahaUrl();
    }

    /**
     * The customer writes to the business: opens the 24-hour window and posts the text, signed, on the Cloud
     * webhook ({@code messages}, {@code X-Hub-Signature-256} over the exact body, as Meta signs it) and on the WAHA
     * webhook ({@code message}), each when its URL is set. Answers the message's id: a fresh {@code wamid.} per
     * call, the same on both webhooks (it is one message), so a receiver listening on both can dedupe on it.
     */
    public String simulateInbound(String fromPhone, String text) {
        return simulateInbound(fromPhone, "Customer", text);
    }

    /** As {@link #simulateInbound(String, String)}, from a sender with this WhatsApp profile name. */
    public String simulateInbound(String fromPhone, String profileName, String text) {
        String digits = Phones.digits(fromPhone);
        windows.open(digits);
        String id = Ids.wamid(digits);
        LOG.log(System.Logger.Level.INFO, "inbound message {0} simulated", id);
        scheduler.execute(() -> {
            cloudWebhooks.inbound(digits, profileName, id, text, clock.instant());
            wahaWebhooks.inbound(digits, profileName, id, text);
        });
        return id;
    }

    /** Opens the 24-hour window for a recipient without posting any webhook. */
    public void openWindow(String phone) {
        windows.open(phone);
    }

    public boolean isWindowOpen(String phone) {
        return windows.isOpen(phone);
    }

    /** Every webhook POST made, successful or not, in order. */
    public List<WebhookAttempt> webhookAttempts() {
        return sender.attempts();
    }

    /** Webhook POSTs that got no 2xx answer (the receiver was down, slow or answered an error). */
    public List<WebhookAttempt> webhookFailures() {
        return sender.attempts().stream().filter(a -> !a.succeeded()).toList();
    }

    /** Approves a template; {@code bodyParameters} -1 accepts any count. */
    public void registerTemplate(String name, String language, int bodyParameters) {
        templates.register(name, language, bodyParameters);
    }

    public List<TemplateRegistry.Template> templates() {
        return templates.all();
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        requestThreads.shutdownNow();
        LOG.log(System.Logger.Level.INFO, "WhatsApp sandbox stopped");
    }
}
