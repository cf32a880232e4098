package id.gamestore.notification.support;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.contracts.events.ServerInfo;

/** Events as provisioning-service publishes them, with unique orders, phones and passwords. */
public final class TestEvents {
    /** The test key of application.properties' %test profile. */
    public static final String KEY_ID = "test-k1";
    public static final String KEY = "q8m2Zk4b1W8v0cX9Qk7pZ2H5sY3nR6tL1aB4cD7eF0g=";
    /** Every test password starts with this, so a scan can find any that leaked. */
    public static final String PASSWORD_MARK = "Zq7Tp";
    public static final String ADMIN_DIGITS = "6281299990000";
    public static final CredentialCipher CIPHER = CredentialCipher.single(KEY_ID, KEY);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

    private TestEvents() {
    }

    public static String password() {
        return PASSWORD_MARK + random(10);
    }

    public static String phone() {
        return "+62812" + (1_000_000 + RANDOM.nextInt(8_999_999));
    }

    public static String orderId() {
        return "ORD-T" + random(8).toUpperCase();
    }

    public static Customer customer(String phone, String email) {
        return new Customer("cus-" + random(6), phone, "Budi Santoso", email, "id");
    }

    public static PackageRef pkg() {
        return new PackageRef("mc-4gb", "Minecraft 4GB", "minecraft", 3);
    }

    public static ServerInfo server(String orderId) {
        return new ServerInfo(17 + RANDOM.nextInt(1000), UUID.randomUUID().toString(), random(8).toLowerCase(),
                "mc-" + orderId.toLowerCase(), "10.0.0." + (2 + RANDOM.nextInt(200)), 25565 + RANDOM.nextInt(100),
                4096, 200, 20480);
    }

    public static ProvisioningCompleted completed(String orderId, Customer customer, String password) {
        PanelAccess panel = new PanelAccess("https://panel.example.test", 42, "budi" + random(4).toLowerCase(),
                "budi@example.test", password != null, password == null ? null : CIPHER.seal(password, orderId));
        return completed(orderId, customer, panel, server(orderId));
    }

    public static ProvisioningCompleted completed(String orderId, Customer customer, PanelAccess panel,
            ServerInfo server) {
        return new ProvisioningCompleted(UUID.randomUUID(), EventTypes.PROVISIONING_COMPLETED, 1, Instant.now(),
                orderId, "corr-" + orderId, "job-" + orderId, customer, pkg(), panel, server);
    }

    public static ProvisioningProgress progress(String orderId, Customer customer, int step, String message) {
        return new ProvisioningProgress(UUID.randomUUID(), EventTypes.PROVISIONING_PROGRESS, 1, Instant.now(),
                orderId, "corr-" + orderId, "job-" + orderId, customer, "STEP_" + step, step, 6, message);
    }

    public static ProvisioningFailed failed(String orderId, Customer customer) {
        return new ProvisioningFailed(UUID.randomUUID(), EventTypes.PROVISIONING_FAILED, 1, Instant.now(), orderId,
                "corr-" + orderId, "job-" + orderId, customer, pkg(), FailureReason.NO_CAPACITY, "PLACE",
                "Maaf, kapasitas server sedang penuh.", "no node has 4096 MiB free (node-1: 1024 MiB)", true);
    }

    /** A new password for the order's panel user, sealed the way provisioning-service seals it. */
    public static CredentialsReset reset(String orderId, Customer customer, String requestId, String password) {
        return reset(orderId, customer, requestId, password, server(orderId));
    }

    public static CredentialsReset reset(String orderId, Customer customer, String requestId, String password,
            ServerInfo server) {
        return new CredentialsReset(UUID.randomUUID(), EventTypes.CREDENTIALS_RESET, 1, Instant.now(), orderId,
                "corr-" + requestId, requestId, customer, pkg(), "https://panel.example.test",
                "budi_" + orderId.toLowerCase(), CIPHER.seal(password, orderId), server);
    }

    public static CredentialsResetFailed resetFailed(String orderId, Customer customer, String requestId) {
        return new CredentialsResetFailed(UUID.randomUUID(), EventTypes.CREDENTIALS_RESET_FAILED, 1, Instant.now(),
                orderId, "corr-" + requestId, requestId, customer, "PANEL_USER_MISSING",
                "Akun panel Anda tidak ditemukan, admin akan membantu.",
                "panel user 42 (external_id cus-abc) not found: deleted on the panel?");
    }

    public static String requestId() {
        return "rst-" + random(10).toLowerCase();
    }

    /** The product brief's template, filled the way the brief describes. */
    public static String briefText(ProvisioningCompleted e, String password) {
        return BRIEF_TEMPLATE
                .replace("{ORDER_ID}", e.orderId())
                .replace("{PACKAGE_NAME}", e.pkg().name())
                .replace("{DURATION}", String.valueOf(e.pkg().durationMonths()))
                .replace("{PANEL_URL}", e.panel().url())
                .replace("{USERNAME}", e.panel().username())
                .replace("{PASSWORD}", password)
                .replace("{SERVER_ID}", e.server().identifier())
                .replace("{SERVER_NAME}", e.server().name())
                .replace("{SERVER_IP}", e.server().ip())
                .replace("{SERVER_PORT}", String.valueOf(e.server().port()))
                .replace("{RAM}", String.valueOf(e.server().memory()))
                .replace("{CPU}", String.valueOf(e.server().cpu()))
                .replace("{DISK}", String.valueOf(e.server().disk()))
                .replace("{ADMIN_PHONE}", ADMIN_DIGITS);
    }

    private static String random(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static final String BRIEF_TEMPLATE = """
            🎉 *Server Siap Digunakan!*

            📋 *Detail Pesanan:*
            • Order ID: {ORDER_ID}
            • Paket: {PACKAGE_NAME}
            • Durasi: {DURATION} bulan
            • Status: ✅ Selesai

            🖥️ *Akses Panel Pterodactyl:*
            • URL: {PANEL_URL}
            • Username: {USERNAME}
            • Password: {PASSWORD}

            🎮 *Informasi Server:*
            • Server ID: {SERVER_ID}
            • Nama: {SERVER_NAME}
            • IP: {SERVER_IP}:{SERVER_PORT}
            • RAM: {RAM}MB | CPU: {CPU}% | Disk: {DISK}MB

            🔧 *Cara Menggunakan:*
            1. Login ke panel: {PANEL_URL}
            2. Masuk dengan username dan password di atas
            3. Pilih server Anda dan klik "Start"
            4. Connect ke server menggunakan IP: {SERVER_IP}:{SERVER_PORT}

            📞 *Support:*
            • Admin: wa.me/{ADMIN_PHONE}
            • Bantuan: !help
            • Status server: !server-status {SERVER_ID}

            ⚠️ *Penting:*
            • Simpan informasi login ini dengan aman
            • Jangan bagikan password ke orang lain
            • Hubungi admin jika ada masalah

            Terima kasih telah mempercayai layanan kami! 🙏""";
}
