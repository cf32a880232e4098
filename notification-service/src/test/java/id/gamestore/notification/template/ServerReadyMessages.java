package id.gamestore.notification.template;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.qute.Engine;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.events.ServerPort;
import id.gamestore.contracts.events.Sftp;
import id.gamestore.notification.recipient.StoreConfig;
import id.gamestore.notification.support.TestEvents;

/**
 * The server-ready message outside Quarkus: a composer over the built-in (or given) templates, the test key, the
 * test profile's admin number, and the events the message tests render.
 */
public final class ServerReadyMessages {
    public static final String DOCS_PASSWORD = "Zq7TpDocs3Port";

    private ServerReadyMessages() {
    }

    public static MessageTemplates templates(Optional<String> dir) {
        return new MessageTemplates(Engine.builder().addDefaults().strictRendering(true).build(),
                new TemplateConfig() {
                    @Override
                    public Optional<String> dir() {
                        return dir;
                    }

                    @Override
                    public String defaultLocale() {
                        return "id";
                    }
                });
    }

    public static StoreConfig store(String zone, List<String> docs) {
        return new StoreConfig() {
            @Override
            public Optional<String> adminPhone() {
                return Optional.of("+" + TestEvents.ADMIN_DIGITS);
            }

            @Override
            public String adminLocale() {
                return "id";
            }

            @Override
            public ZoneId timeZone() {
                return ZoneId.of(zone);
            }

            @Override
            public Optional<List<String>> docsUrls() {
                return Optional.of(docs);
            }
        };
    }

    /** A composer like the service's, with the test profile's settings and {@code SERVER_DOCS_URLS} = docs. */
    public static MessageComposer composer(MessageTemplates templates, List<String> docs) {
        StoreConfig store = store("Asia/Jakarta", docs);
        return new MessageComposer(templates, TestEvents.CIPHER, store,
                new ServerDetails(store, new DocsLinks(docs)));
    }

    /** The documented example's documentation link. */
    public static final List<String> DOCS = List.of("minecraft=https://docs.store.example/minecraft");

    public static MessageComposer composer() {
        return composer(templates(Optional.empty()), DOCS);
    }

    /**
     * The 3-port package of docs/notifications.md: a Minecraft server with its game port, a query port and an RCON
     * port, SFTP, a description, started for the customer, confirmed at 14:05 WIB and paid Rp150.000.
     */
    public static ProvisioningCompleted threePorts(String orderId, Customer customer, String password) {
        PackageRef pkg = new PackageRef("mc-bronze", "Minecraft Bronze", "minecraft", 1, 150_000L);
        PanelAccess panel = new PanelAccess("https://panel.store.example", 42, "budi_santoso", "budi@example.test",
                true, TestEvents.CIPHER.seal(password, orderId));
        ServerInfo server = new ServerInfo(17, "7c1e9b2a-0d4f-4e8a-9b1c-3f2a6d5e8c01", "7c1e9b2a",
                "mc-" + orderId.toLowerCase(), "203.0.113.10", 25565, 1024, 100, 5120,
                "Minecraft Java 1.21, Paper", List.of(new ServerPort("203.0.113.10", 25565, ServerPort.GAME),
                        new ServerPort("203.0.113.10", 25566, "QUERY_PORT"),
                        new ServerPort("203.0.113.10", 25575, "RCON_PORT")),
                new Sftp("node1.panel.store.example", 2022), true);
        return event(orderId, customer, pkg, panel, server, Instant.parse("2026-12-07T07:05:00Z"));
    }

    /** An event as producers sent it before the new fields: none of them. */
    public static ProvisioningCompleted oldStyle(String orderId, Customer customer, String password) {
        PackageRef pkg = new PackageRef("mc-bronze", "Minecraft Bronze", "minecraft", 1);
        PanelAccess panel = new PanelAccess("https://panel.store.example", 42, "budi_santoso", "budi@example.test",
                password != null, password == null ? null : TestEvents.CIPHER.seal(password, orderId));
        ServerInfo server = new ServerInfo(17, "7c1e9b2a-0d4f-4e8a-9b1c-3f2a6d5e8c01", "7c1e9b2a",
                "mc-" + orderId.toLowerCase(), "203.0.113.10", 25565, 1024, 100, 5120);
        return event(orderId, customer, pkg, panel, server, null);
    }

    public static ProvisioningCompleted event(String orderId, Customer customer, PackageRef pkg, PanelAccess panel,
            ServerInfo server, Instant confirmedAt) {
        return new ProvisioningCompleted(UUID.randomUUID(), EventTypes.PROVISIONING_COMPLETED, 1, Instant.now(),
                orderId, "corr-" + orderId, "job-" + orderId, customer, pkg, panel, server, confirmedAt);
    }

    public static Customer customer(String locale) {
        return new Customer("cus-1", "+6281234567890", "Budi Santoso", "budi@example.test", locale);
    }
}
