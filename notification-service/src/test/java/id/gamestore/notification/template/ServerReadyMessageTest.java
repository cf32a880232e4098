package id.gamestore.notification.template;

import static id.gamestore.notification.template.ServerReadyMessages.DOCS_PASSWORD;
import static id.gamestore.notification.template.ServerReadyMessages.composer;
import static id.gamestore.notification.template.ServerReadyMessages.customer;
import static id.gamestore.notification.template.ServerReadyMessages.oldStyle;
import static id.gamestore.notification.template.ServerReadyMessages.threePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.events.ServerPort;
import id.gamestore.contracts.events.Sftp;
import id.gamestore.notification.delivery.BodyCipher;
import id.gamestore.notification.support.TestEvents;

/** The server-ready message with everything the plan lists, and without it for events of older producers. */
class ServerReadyMessageTest {
    private static final String ORDER = "ORD-7F3K9Q2M";
    /** The templates as they were before the new facts (copied from the commit before them). */
    private static final Path LEGACY = Path.of("src/test/resources/legacy-templates");
    private static final Path DOC = Path.of("../docs/notifications.md");

    @Test
    void theThreePortMessageCarriesEveryFactAndIsTheOneShownInTheDocs() throws IOException {
        for (String locale : List.of("id", "en")) {
            RenderedMessage m = composer().serverReady(threePorts(ORDER, customer(locale), DOCS_PASSWORD));
            assertThat(m.text()).as("docs/notifications.md block server-ready." + locale + " (paste this render)")
                    .isEqualTo(documented("server-ready." + locale));
            // the approved Cloud API template keeps its 14 parameters
            assertThat(m.templateParams()).hasSize(14).contains(DOCS_PASSWORD, "203.0.113.10", "25565");
        }
        String id = composer().serverReady(threePorts(ORDER, customer("id"), DOCS_PASSWORD)).text();
        assertThat(id).contains("• Dikonfirmasi: 7 Desember 2026 14:05 WIB", "• Total dibayar: Rp150.000",
                "• Deskripsi: Minecraft Java 1.21, Paper", "• Port game: 203.0.113.10:25565",
                "• Port query: 203.0.113.10:25566", "• Port RCON: 203.0.113.10:25575",
                "• Host: node1.panel.store.example", "• Port: 2022", "• Username: budi_santoso.7c1e9b2a",
                "• Password: sama dengan password panel", "3. Server Anda sudah berjalan, tidak perlu klik \"Start\"",
                "Minecraft Java: Multiplayer → Add Server → Server Address: 203.0.113.10:25565",
                "📖 Panduan: https://docs.store.example/minecraft", "• Bantuan: !help",
                "• Reset password: !reset-password " + ORDER, "• Status server: !server-status 7c1e9b2a")
                .doesNotContain("Pilih server Anda dan klik");
        String en = composer().serverReady(threePorts(ORDER, customer("en"), DOCS_PASSWORD)).text();
        assertThat(en).contains("• Confirmed: 7 December 2026 14:05 WIB", "• Total paid: Rp150.000",
                "• Game port: 203.0.113.10:25565", "• Query port: 203.0.113.10:25566",
                "• RCON port: 203.0.113.10:25575", "• Password: same password as the panel",
                "3. Your server is already running: no need to click \"Start\"", "📖 Guide: ");
    }

    @Test
    void theReturningCustomersMessageCarriesTheSameFacts() {
        ProvisioningCompleted full = threePorts(ORDER, customer("en"), DOCS_PASSWORD);
        ProvisioningCompleted returning = ServerReadyMessages.event(ORDER, full.customer(), full.pkg(),
                new id.gamestore.contracts.events.PanelAccess(full.panel().url(), 42, "budi_santoso",
                        "budi@example.test", false, null), full.server(), full.confirmedAt());
        RenderedMessage m = composer().serverReady(returning);
        assertThat(MessageComposer.serverReadyKind(returning)).isEqualTo(MessageKind.SERVER_READY_RETURNING);
        assertThat(m.text()).contains("use your existing account password", "• Total paid: Rp150.000",
                "• Query port: 203.0.113.10:25566", "• Username: budi_santoso.7c1e9b2a",
                "3. Your server is already running", "Minecraft Java: Multiplayer",
                "• Reset password: !reset-password " + ORDER + "\n").doesNotContain(DOCS_PASSWORD);
        assertThat(m.templateParams()).hasSize(13);
    }

    @Test
    void anEventWithoutTheNewFieldsRendersExactlyTheTextOfBefore() {
        MessageComposer before = composer(ServerReadyMessages.templates(Optional.of(LEGACY.toString())),
                ServerReadyMessages.DOCS);
        for (String locale : List.of("id", "en")) {
            for (String password : new String[] {DOCS_PASSWORD, null}) {
                ProvisioningCompleted old = oldStyle(ORDER, customer(locale), password);
                RenderedMessage now = composer().serverReady(old);
                RenderedMessage then = before.serverReady(old);
                assertThat(now.text()).as(locale + (password == null ? " returning" : " new")).isEqualTo(then.text());
                assertThat(now.templateParams()).isEqualTo(then.templateParams());
                if (password != null) {
                    RenderedMessage mailNow = composer().fallbackEmail(MessageKind.SERVER_READY, ORDER, locale, now);
                    RenderedMessage mailThen = before.fallbackEmail(MessageKind.SERVER_READY, ORDER, locale, then);
                    assertThat(mailNow.text()).isEqualTo(mailThen.text());
                    assertThat(mailNow.subject()).isEqualTo(mailThen.subject());
                }
            }
            CredentialsReset reset = reset(locale, null);
            assertThat(composer().passwordReset(reset).text()).isEqualTo(before.passwordReset(reset).text());
        }
        assertThat(composer().serverReady(oldStyle(ORDER, customer("id"), DOCS_PASSWORD)).text())
                .doesNotContain("Multiplayer", "📖", "!reset-password", "Dikonfirmasi", "SFTP", "🔌");
    }

    @Test
    void aFactTheEventLacksIsLeftOutAndTheOthersStay() {
        ProvisioningCompleted full = threePorts(ORDER, customer("id"), DOCS_PASSWORD);
        ServerInfo s = full.server();
        ServerInfo portsOnly = new ServerInfo(s.id(), s.uuid(), s.identifier(), s.name(), s.ip(), s.port(),
                s.memory(), s.cpu(), s.disk(), null, List.of(new ServerPort("203.0.113.10", 25565, "game"),
                        new ServerPort("203.0.113.10", 7777, "GAME_PORT_2"), new ServerPort("203.0.113.10", 7778,
                                null)), null, null);
        PackageRef unpriced = new PackageRef("mc-bronze", "Minecraft Bronze", "minecraft", 1);
        String text = composer().serverReady(ServerReadyMessages.event(ORDER, full.customer(), unpriced, full.panel(),
                portsOnly, null)).text();
        assertThat(text).contains("• Port game: 203.0.113.10:25565", "• GAME_PORT_2: 203.0.113.10:7777",
                "• Port tambahan: 203.0.113.10:7778", "3. Pilih server Anda dan klik \"Start\"\n",
                "Multiplayer → Add Server", "!reset-password " + ORDER)
                .doesNotContain("Dikonfirmasi", "Total dibayar", "Deskripsi", "SFTP", "sudah berjalan");
    }

    @Test
    void eachGameGetsItsConnectionLinesInBothLocales() {
        String address = "203.0.113.10:25565";
        record Expect(String game, String id, String en) {
        }
        List<Expect> games = List.of(
                new Expect("minecraft", "Minecraft Java: Multiplayer → Add Server → Server Address: " + address,
                        "Minecraft Java: Multiplayer → Add Server → Server Address: " + address),
                new Expect("Minecraft Bedrock",
                        "Minecraft Bedrock: Play → Servers → Add Server → Server Address: 203.0.113.10, Port: 25565",
                        "Minecraft Bedrock: Play → Servers → Add Server → Server Address: 203.0.113.10, Port: 25565"),
                new Expect("terraria", "Terraria: Multiplayer → Join via IP → IP: 203.0.113.10, Port: 25565",
                        "Terraria: Multiplayer → Join via IP → IP: 203.0.113.10, Port: 25565"),
                new Expect("cs2", "Buka console game (tombol ~) lalu ketik: connect " + address,
                        "Open the game console (~ key) and type: connect " + address),
                new Expect("Team Fortress 2", "lalu ketik: connect " + address, "and type: connect " + address));
        List<String> every = List.of("Minecraft Java:", "Minecraft Bedrock:", "Terraria:", "connect 203");
        for (Expect e : games) {
            assertThat(render(e.game(), "id")).as(e.game() + " id").contains(e.id())
                    .contains("4. Connect ke server menggunakan IP: " + address);
            assertThat(render(e.game(), "en")).as(e.game() + " en").contains(e.en())
                    .contains("4. Connect to the server at IP: " + address);
            assertThat(every.stream().filter(marker -> render(e.game(), "en").contains(marker)))
                    .as(e.game() + ": only its own lines").hasSize(1);
        }
        for (String locale : List.of("id", "en")) {
            String unknown = render("valheim", locale);
            assertThat(unknown).as("an unknown game: only the address").contains(address)
                    .doesNotContain("Multiplayer", "Join via IP", "connect 203", "📖");
        }
        // the configured links: per game, and for every game
        MessageComposer linked = composer(ServerReadyMessages.templates(Optional.empty()),
                List.of("https://docs.store.example/start", "terraria=https://docs.store.example/terraria"));
        String terraria = linked.serverReady(withGame("terraria", "id")).text();
        assertThat(terraria).contains("📖 Panduan: https://docs.store.example/start\n📖 Panduan: "
                + "https://docs.store.example/terraria");
        assertThat(linked.serverReady(withGame("minecraft", "en")).text())
                .contains("📖 Guide: https://docs.store.example/start").doesNotContain("/terraria");
        assertThat(composer(ServerReadyMessages.templates(Optional.empty()), List.of())
                .serverReady(withGame("minecraft", "en")).text()).doesNotContain("📖", "Guide");
    }

    @Test
    void startedTrueFalseOrUnknownSayWhatTheCustomerMustDo() {
        Boolean[] states = {true, false, null};
        String[] id = {"3. Server Anda sudah berjalan, tidak perlu klik \"Start\"\n",
            "3. Server belum berjalan: pilih server Anda dan klik \"Start\"\n", "3. Pilih server Anda dan klik \"Start\"\n"};
        String[] en = {"3. Your server is already running: no need to click \"Start\"\n",
            "3. Your server is not running yet: select it and click \"Start\"\n",
            "3. Select your server and click \"Start\"\n"};
        for (int i = 0; i < states.length; i++) {
            assertThat(withStarted(states[i], "id")).as("started=" + states[i]).contains(id[i]);
            assertThat(withStarted(states[i], "en")).as("started=" + states[i]).contains(en[i]);
            for (int j = 0; j < states.length; j++) {
                if (j != i) {
                    assertThat(withStarted(states[i], "id")).doesNotContain(id[j]);
                    assertThat(withStarted(states[i], "en")).doesNotContain(en[j]);
                }
            }
        }
    }

    @Test
    void theEmailWhenWhatsAppFailsCarriesTheSameFactsButNeverThePassword() {
        BodyCipher bodies = new BodyCipher(TestEvents.CIPHER);
        UUID deliveryId = UUID.randomUUID();
        for (String locale : List.of("id", "en")) {
            RenderedMessage whatsApp = composer().serverReady(threePorts(ORDER, customer(locale), DOCS_PASSWORD));
            // the fallback reads the stored body back, as FallbackPolicy does
            RenderedMessage stored = bodies.open(deliveryId, bodies.seal(deliveryId, whatsApp));
            assertThat(stored.emailValues()).doesNotContainKey("password");
            RenderedMessage mail = composer().fallbackEmail(MessageKind.SERVER_READY, ORDER, locale, stored);
            assertThat(mail.subject() + mail.text()).doesNotContain(DOCS_PASSWORD)
                    .contains("Rp150.000", "203.0.113.10:25566", "203.0.113.10:25575", "budi_santoso.7c1e9b2a",
                            "node1.panel.store.example", "2022", "Minecraft Java 1.21, Paper", "14:05 WIB",
                            "Multiplayer → Add Server", "https://docs.store.example/minecraft",
                            "!reset-password " + ORDER, "!server-status 7c1e9b2a");
            assertThat(mail.text()).contains("en".equals(locale) ? "already running" : "sudah berjalan");
        }
        // a body stored before emailValues existed still makes its email from the template's parameters
        RenderedMessage whatsApp = composer().serverReady(threePorts(ORDER, customer("id"), DOCS_PASSWORD));
        RenderedMessage legacy = new RenderedMessage(null, whatsApp.text(), whatsApp.templateParams());
        assertThat(composer().fallbackEmail(MessageKind.SERVER_READY, ORDER, "id", legacy).text())
                .contains("203.0.113.10:25565").doesNotContain(DOCS_PASSWORD, "SFTP");
    }

    @Test
    void thePasswordResetMessageAndItsEmailGiveTheSftpUsername() {
        Sftp sftp = new Sftp("node1.panel.store.example", 2022);
        String id = composer().passwordReset(reset("id", sftp)).text();
        assertThat(id).contains("• SFTP: node1.panel.store.example port 2022, username budi_santoso.7c1e9b2a")
                .contains(DOCS_PASSWORD);
        RenderedMessage en = composer().passwordReset(reset("en", sftp));
        assertThat(en.text()).contains("username budi_santoso.7c1e9b2a (password: the new panel password)");
        assertThat(en.templateParams()).hasSize(9);
        RenderedMessage mail = composer().fallbackEmail(MessageKind.PASSWORD_RESET, ORDER, "en", en);
        assertThat(mail.text()).contains("budi_santoso.7c1e9b2a").doesNotContain(DOCS_PASSWORD);
    }

    @Test
    void totalsAreWrittenTheIndonesianWayInEveryLocale() {
        assertThat(ServerDetails.rupiah(150_000)).isEqualTo("Rp150.000");
        assertThat(ServerDetails.rupiah(1_250_000)).isEqualTo("Rp1.250.000");
        assertThat(ServerDetails.rupiah(500)).isEqualTo("Rp500");
        assertThat(ServerDetails.rupiah(0)).isEqualTo("Rp0");
    }

    @Test
    void documentationLinksArePerGameAndAMalformedEntryStopsStartUpNamingIt() {
        DocsLinks links = new DocsLinks(List.of("https://docs.store.example/start",
                "Minecraft=https://docs.store.example/mc?lang=id", "source=https://docs.store.example/source"));
        assertThat(links.forGame("minecraft")).containsExactly("https://docs.store.example/start",
                "https://docs.store.example/mc?lang=id");
        assertThat(links.forGame("cs2")).as("by the game's kind").containsExactly("https://docs.store.example/start",
                "https://docs.store.example/source");
        assertThat(links.forGame(null)).containsExactly("https://docs.store.example/start");
        assertThat(new DocsLinks(List.of()).forGame("minecraft")).isEmpty();
        assertThatThrownBy(() -> new DocsLinks(List.of("https://ok.example", "minecraft=docs.example/mc")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SERVER_DOCS_URLS entry 2").hasMessageContaining("minecraft=docs.example/mc")
                .hasMessageContaining("http or https URL");
        assertThatThrownBy(() -> new DocsLinks(List.of("ftp://files.example/docs")))
                .hasMessageContaining("SERVER_DOCS_URLS entry 1");
    }

    private static String render(String game, String locale) {
        return composer().serverReady(withGame(game, locale)).text();
    }

    private static ProvisioningCompleted withGame(String game, String locale) {
        ProvisioningCompleted e = threePorts(ORDER, customer(locale), DOCS_PASSWORD);
        PackageRef pkg = new PackageRef("pkg", "Package", game, 1, 150_000L);
        return ServerReadyMessages.event(ORDER, e.customer(), pkg, e.panel(), e.server(), e.confirmedAt());
    }

    private static String withStarted(Boolean started, String locale) {
        ProvisioningCompleted e = threePorts(ORDER, customer(locale), DOCS_PASSWORD);
        ServerInfo s = e.server();
        ServerInfo server = new ServerInfo(s.id(), s.uuid(), s.identifier(), s.name(), s.ip(), s.port(), s.memory(),
                s.cpu(), s.disk(), s.description(), s.ports(), s.sftp(), started);
        return composer().serverReady(ServerReadyMessages.event(ORDER, e.customer(), e.pkg(), e.panel(), server,
                e.confirmedAt())).text();
    }

    private static CredentialsReset reset(String locale, Sftp sftp) {
        ProvisioningCompleted e = threePorts(ORDER, customer(locale), DOCS_PASSWORD);
        ServerInfo s = e.server();
        ServerInfo server = new ServerInfo(s.id(), s.uuid(), s.identifier(), s.name(), s.ip(), s.port(), s.memory(),
                s.cpu(), s.disk(), null, List.of(), sftp, null);
        return new CredentialsReset(UUID.randomUUID(), EventTypes.CREDENTIALS_RESET, 1, e.occurredAt(), ORDER,
                "corr", "rst-1", e.customer(), e.pkg(), "https://panel.store.example", "budi_santoso",
                TestEvents.CIPHER.seal(DOCS_PASSWORD, ORDER), server);
    }

    /** The fenced block after {@code <!-- rendered by ServerReadyMessageTest: <name> -->} in docs/notifications.md. */
    private static String documented(String name) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String marker = "<!-- rendered by ServerReadyMessageTest: " + name + " -->";
        int at = doc.indexOf(marker);
        assertThat(at).as("docs/notifications.md has the marker " + marker).isNotNegative();
        int start = doc.indexOf("```text\n", at) + "```text\n".length();
        int end = doc.indexOf("\n```", start);
        return doc.substring(start, end);
    }
}
