package id.gamestore.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.contracts.events.LifecycleNotice.ExpiringItem;
import id.gamestore.contracts.events.LifecycleNotice.Kind;
import id.gamestore.contracts.events.LifecycleNotice.NoticeServer;
import id.gamestore.notification.recipient.StoreConfig;

/**
 * Every lifecycle notice in both languages, to the customer and to the admin, with a full notice (each text says
 * what its kind must say) and with every optional field null (no "null", no label without a value, still the order
 * and the command the customer needs).
 */
class LifecycleMessagesTest {
    private static final String ORDER = "ORD-LC7Q2M";
    private static final String PHONE = "+6281234567890";
    /** 20:00 WIB. */
    private static final Instant EXPIRES = Instant.parse("2026-12-14T13:00:00Z");
    private static final Instant SUSPENDS = Instant.parse("2026-12-15T13:00:00Z");
    private static final Instant TERMINATES = Instant.parse("2026-12-22T13:00:00Z");
    private static final String DETAIL = "node-1 has 512 MiB free, 2048 MiB needed";
    private static final List<String> LOCALES = List.of("id", "en");

    private final LifecycleMessages messages = new LifecycleMessages(
            ServerReadyMessages.templates(Optional.empty()), ServerReadyMessages.store("Asia/Jakarta", List.of()));

    static LifecycleNotice full(Kind kind, String locale, long amount) {
        List<ExpiringItem> items = kind != Kind.EXPIRING_DIGEST ? List.of() : List.of(
                new ExpiringItem(ORDER, "Budi Santoso", PHONE, "Minecraft Bronze", "mc-ord-lc7q2m", EXPIRES,
                        "ACTIVE"),
                new ExpiringItem("ORD-SUSP0001", "Siti", "+6281300001111", "Terraria Small", "tr-ord", SUSPENDS,
                        "SUSPENDED"));
        return new LifecycleNotice(UUID.randomUUID(), EventTypes.LIFECYCLE_NOTICE, 1, Instant.now(),
                kind == Kind.EXPIRING_DIGEST ? "DIGEST-2026-12-11" : ORDER, "corr-1", kind,
                List.of(LifecycleNotice.CUSTOMER, LifecycleNotice.ADMIN),
                new Customer("cus-1", PHONE, "Budi Santoso", "budi@example.test", locale),
                new NoticeServer("7c1e9b2a", "mc-ord-lc7q2m", "203.0.113.10:25565", "Minecraft Bronze"), EXPIRES,
                SUSPENDS, TERMINATES, 3, amount, "Minecraft Gold", "RNW-9K2", "Asia/Jakarta", items, DETAIL);
    }

    static LifecycleNotice empty(Kind kind, String locale) {
        return new LifecycleNotice(UUID.randomUUID(), EventTypes.LIFECYCLE_NOTICE, 1, Instant.now(), ORDER, "corr-1",
                kind, List.of(LifecycleNotice.CUSTOMER), new Customer("cus-1", PHONE, "Budi", null, locale), null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** What each customer text must say (full notice), per locale. */
    private static List<String> customerMust(Kind kind, String locale) {
        boolean en = "en".equals(locale);
        String renew = en ? "!renew " + ORDER + " <months>" : "!perpanjang " + ORDER + " <bulan>";
        String expires = en ? "14 December 2026 20:00 WIB" : "14 Desember 2026 20:00 WIB";
        String suspends = en ? "15 December 2026 20:00 WIB" : "15 Desember 2026 20:00 WIB";
        String terminates = en ? "22 December 2026 20:00 WIB" : "22 Desember 2026 20:00 WIB";
        String months = en ? "3 month" : "3 bulan";
        return switch (kind) {
            case REMINDER -> List.of("mc-ord-lc7q2m", "Minecraft Bronze", expires, renew, suspends);
            case SUSPENDED -> List.of(terminates, renew, en ? "suspended" : "ditangguhkan");
            case TERMINATION_WARNING -> List.of(terminates, renew, en ? "deleted" : "dihapus");
            case TERMINATED -> List.of(en ? "deleted" : "dihapus", "!order", en ? "!packages" : "!paket");
            case RENEWAL_REQUESTED -> List.of(months, "Rp450.000", "admin");
            case RENEWED -> List.of(expires, months);
            case UNSUSPENDED -> List.of(expires, en ? "running again" : "berjalan lagi");
            case CHANGE_REQUESTED -> List.of("Minecraft Gold", "Rp450.000", "admin");
            case PACKAGE_CHANGED -> List.of("Minecraft Gold");
            case CHANGE_REFUSED -> List.of(en ? "could not be done" : "tidak dapat dilakukan",
                    en ? "Nothing changed" : "Tidak ada yang berubah", "wa.me/6281299990000");
            case EXTENDED -> List.of(expires, en ? "The admin extended" : "Admin menambah masa aktif");
            case ACTION_FAILED, EXPIRING_DIGEST -> List.of();
        };
    }

    /** What each admin text must say (full notice). */
    private static List<String> adminMust(Kind kind, String locale) {
        String expires = "en".equals(locale) ? "14 December 2026 20:00 WIB" : "14 Desember 2026 20:00 WIB";
        return switch (kind) {
            case SUSPENDED, TERMINATED -> List.of(ORDER, "Budi Santoso", PHONE, "mc-ord-lc7q2m");
            case RENEWAL_REQUESTED -> List.of(ORDER, "Budi Santoso", PHONE, "3 ", "Rp450.000", "!confirm RNW-9K2");
            case CHANGE_REQUESTED -> List.of(ORDER, "Budi Santoso", "Minecraft Gold", "Rp450.000",
                    "!confirm RNW-9K2");
            case CHANGE_REFUSED, ACTION_FAILED -> List.of(ORDER, DETAIL);
            case EXPIRING_DIGEST -> List.of(ORDER, "Budi Santoso " + PHONE, "Minecraft Bronze", expires, "ACTIVE",
                    "ORD-SUSP0001", "Siti +6281300001111", "Terraria Small", "SUSPENDED");
            default -> List.of(ORDER, "Budi Santoso", "mc-ord-lc7q2m");
        };
    }

    @Test
    void everyKindHasItsTemplatesInBothLanguages() {
        for (Kind kind : Kind.values()) {
            for (String locale : LOCALES) {
                if (!LifecycleMessages.ADMIN_ONLY.contains(kind)) {
                    assertThat(resource(LifecycleMessages.customerFile(kind), locale)).as(kind + " " + locale)
                            .isTrue();
                }
                assertThat(resource(LifecycleMessages.adminFile(kind), locale)).as(kind + " admin " + locale)
                        .isTrue();
            }
        }
        assertThat(LifecycleMessages.adminFile(Kind.REMINDER)).isEqualTo("lifecycle-admin");
        assertThat(LifecycleMessages.adminFile(Kind.SUSPENDED)).isEqualTo("lifecycle-suspended-admin");
    }

    @Test
    void aFullNoticeSaysWhatItsKindMustSayToTheCustomer() {
        for (Kind kind : Kind.values()) {
            if (LifecycleMessages.ADMIN_ONLY.contains(kind)) {
                continue;
            }
            for (String locale : LOCALES) {
                RenderedMessage m = messages.toCustomer(full(kind, locale, 450_000));
                assertThat(m.text()).as(kind + " " + locale).contains(ORDER).contains(customerMust(kind, locale));
                assertClean(m.text(), kind + " " + locale);
                // never the admin-facing detail, nor the admin's confirm command
                assertThat(m.text()).as(kind + " " + locale).doesNotContain(DETAIL).doesNotContain("!confirm");
                assertThat(m.templateParams()).containsExactly(ORDER, MessageTemplates.oneLine(m.text()));
            }
        }
    }

    @Test
    void aFullNoticeSaysWhatItsKindMustSayToTheAdmin() {
        for (Kind kind : Kind.values()) {
            for (String locale : LOCALES) {
                LifecycleMessages admin = new LifecycleMessages(ServerReadyMessages.templates(Optional.empty()),
                        store(locale));
                RenderedMessage m = admin.toAdmin(full(kind, "id", 450_000));
                assertThat(m.text()).as(kind + " admin " + locale).contains(adminMust(kind, locale));
                assertClean(m.text(), kind + " admin " + locale);
                if (kind == Kind.SUSPENDED || kind == Kind.TERMINATED) {
                    assertThat(m.text()).as(kind + " admin " + locale + " is one line").doesNotContain("\n");
                }
            }
        }
    }

    @Test
    void everyOptionalFieldNullStillRendersWithoutNullOrEmptyLabels() {
        for (Kind kind : Kind.values()) {
            for (String locale : LOCALES) {
                LifecycleNotice notice = empty(kind, locale);
                if (!LifecycleMessages.ADMIN_ONLY.contains(kind)) {
                    String text = messages.toCustomer(notice).text();
                    assertClean(text, kind + " " + locale + " (nulls)");
                    assertThat(text).as(kind + " " + locale).contains(ORDER);
                    if (kind == Kind.REMINDER || kind == Kind.SUSPENDED || kind == Kind.TERMINATION_WARNING) {
                        assertThat(text).contains("en".equals(locale) ? "!renew " + ORDER : "!perpanjang " + ORDER);
                    }
                }
                LifecycleNotice noCustomer = new LifecycleNotice(notice.eventId(), notice.type(), 1,
                        notice.occurredAt(), notice.orderId(), notice.correlationId(), kind,
                        List.of(LifecycleNotice.ADMIN), null, null, null, null, null, null, null, null, null, null,
                        null, null);
                String admin = new LifecycleMessages(ServerReadyMessages.templates(Optional.empty()), store(locale))
                        .toAdmin(noCustomer).text();
                assertClean(admin, kind + " admin " + locale + " (nulls)");
                if (kind != Kind.EXPIRING_DIGEST) {
                    assertThat(admin).contains(ORDER);
                }
            }
        }
    }

    @Test
    void anEmptyDigestSaysThatNothingExpires() {
        assertThat(messages.toAdmin(full(Kind.EXPIRING_DIGEST, "id", 0)).text())
                .doesNotContain("Tidak ada server yang berakhir");
        LifecycleNotice none = new LifecycleNotice(UUID.randomUUID(), EventTypes.LIFECYCLE_NOTICE, 1, Instant.now(),
                "DIGEST-2026-12-11", "corr-1", Kind.EXPIRING_DIGEST, List.of(LifecycleNotice.ADMIN), null, null,
                null, null, null, null, null, null, null, "Asia/Jakarta", List.of(), null);
        assertThat(messages.toAdmin(none).text()).contains("Tidak ada server yang berakhir");
        assertThat(new LifecycleMessages(ServerReadyMessages.templates(Optional.empty()), store("en"))
                .toAdmin(none).text()).contains("Nothing expires in the next days");
    }

    @Test
    void aNegativeDifferenceIsShownAsACredit() {
        String id = messages.toCustomer(full(Kind.CHANGE_REQUESTED, "id", -50_000)).text();
        assertThat(id).contains("-Rp50.000", "kredit").doesNotContain("Rp-");
        String en = messages.toCustomer(full(Kind.CHANGE_REQUESTED, "en", -50_000)).text();
        assertThat(en).contains("-Rp50.000", "credit");
        String admin = messages.toAdmin(full(Kind.CHANGE_REQUESTED, "id", -50_000)).text();
        assertThat(admin).contains("-Rp50.000", "kredit", "!confirm RNW-9K2");
    }

    @Test
    void timesAreShownInTheNoticesTimeZone() {
        LifecycleNotice jakarta = full(Kind.RENEWED, "id", 450_000);
        LifecycleNotice makassar = new LifecycleNotice(jakarta.eventId(), jakarta.type(), 1, jakarta.occurredAt(),
                ORDER, "corr-1", Kind.RENEWED, jakarta.audience(), jakarta.customer(), jakarta.server(), EXPIRES,
                null, null, 3, null, null, null, "Asia/Makassar", List.of(), null);
        assertThat(messages.toCustomer(makassar).text()).contains("14 Desember 2026 21:00 WITA");
    }

    @Test
    void theAdminOnlyKindsNeverRenderForTheCustomer() {
        assertThatThrownBy(() -> messages.toCustomer(full(Kind.ACTION_FAILED, "id", 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> messages.toCustomer(full(Kind.EXPIRING_DIGEST, "id", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** No "null", no unfilled expression, no bullet whose value is missing. */
    private static void assertClean(String text, String what) {
        assertThat(text).as(what).doesNotContainIgnoringCase("null").doesNotContain("{").doesNotContain("}")
                .isNotBlank();
        List<String> emptyBullets = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("•") && (l.endsWith(":") || l.matches(".*:\\s*\\(\\s*\\)$") || l.length() < 4)) {
                emptyBullets.add(l);
            }
        }
        assertThat(emptyBullets).as(what + ": bullets without a value").isEmpty();
    }

    private static boolean resource(String file, String locale) {
        return Thread.currentThread().getContextClassLoader()
                .getResource("message-templates/" + file + "." + locale + ".txt") != null;
    }

    private static StoreConfig store(String adminLocale) {
        var base = ServerReadyMessages.store("Asia/Jakarta", List.of());
        return new StoreConfig() {
            @Override
            public Optional<String> adminPhone() {
                return base.adminPhone();
            }

            @Override
            public String adminLocale() {
                return adminLocale;
            }

            @Override
            public ZoneId timeZone() {
                return base.timeZone();
            }

            @Override
            public Optional<List<String>> docsUrls() {
                return base.docsUrls();
            }
        };
    }
}
