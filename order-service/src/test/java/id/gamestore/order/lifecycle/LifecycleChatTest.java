package id.gamestore.order.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.admin.ConfirmCommand;
import id.gamestore.order.chat.admin.TermAdminCommand;
import id.gamestore.order.chat.customer.RenewCommand;
import id.gamestore.order.chat.customer.ServerStatusCommand;
import id.gamestore.order.chat.customer.UpgradeCommand;
import id.gamestore.order.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** The lifecycle's chat commands as the customer and the admin type them, on real orders. */
@QuarkusTest
class LifecycleChatTest {
    static final String ADMIN = "+6281100000001";

    @Inject
    RenewCommand renew;
    @Inject
    UpgradeCommand upgrade;
    @Inject
    ConfirmCommand confirm;
    @Inject
    TermAdminCommand term;
    @Inject
    ServerStatusCommand status;

    @BeforeAll
    static void connect() throws Exception {
        LifecycleTest.connect();
    }

    @AfterAll
    static void disconnect() throws Exception {
        LifecycleTest.disconnect();
    }

    static ChatCall call(String sender, boolean admin, String word, String text, String locale) {
        String args = text.strip();
        List<String> words = args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+"));
        return new ChatCall("wamid." + System.nanoTime(), sender, "Budi", admin, locale, word, words, args,
                Instant.now());
    }

    static String text(ChatAnswer answer) {
        return answer.texts().get(0);
    }

    @Test
    void aCustomerRenewsInTheChatAndTheAdminConfirmsWithTheRenewalsId() throws Exception {
        String phone = Api.randomPhone();
        String id = LifecycleTest.completed(phone, Instant.now());
        Instant expires = LifecycleTest.expiresAt(id);

        assertThat(text(renew.run(call(phone, false, "perpanjang", "", "id")))).contains("!perpanjang ORD-XXXXXXXX <bulan>");
        assertThat(text(renew.run(call(phone, false, "perpanjang", id + " tiga", "id")))).contains("harus angka");
        assertThat(text(renew.run(call(phone, false, "perpanjang", "ORD-<script> 3", "id")))).contains("bukan nomor pesanan");
        // someone else's order is answered like an unknown one
        assertThat(text(renew.run(call(Api.randomPhone(), false, "perpanjang", id + " 3", "id"))))
                .contains("tidak ditemukan");
        ChatAnswer asked = renew.run(call(phone, false, "renew", id.toLowerCase() + " 3", "en"));
        assertThat(text(asked)).contains("Renewal received", "3 months", "Rp");
        String renewal = (String) asked.data().get("changeId");
        assertThat(renewal).startsWith("REN-");

        String confirmed = text(confirm.run(call(ADMIN, true, "confirm", renewal.toLowerCase(), "id")));
        assertThat(confirmed).contains("Perpanjangan " + renewal, "dikonfirmasi", "3 bulan");
        assertThat(LifecycleTest.expiresAt(id)).isEqualTo(expires.atZone(LifecycleTest.WIB).plusMonths(3).toInstant());
        assertThat(text(confirm.run(call(ADMIN, true, "confirm", "REN-00000000", "id")))).contains("tidak ditemukan");

        String shown = text(status.run(call(phone, false, "status", "", "id")));
        assertThat(shown).contains("Berlaku sampai:", String.valueOf(LifecycleTest.expiresAt(id).atZone(
                LifecycleTest.WIB).getYear()));
    }

    @Test
    void aCustomerAsksForAnUpgradeAndSeesThePriceDifference() throws Exception {
        String phone = Api.randomPhone();
        String id = LifecycleTest.completed(phone, Instant.now());
        String reply = text(upgrade.run(call(phone, false, "upgrade", id + " mc-pro", "id")));
        assertThat(reply).contains("Minecraft Pro", "Selisih harga", "CHG-");
        assertThat(text(upgrade.run(call(phone, false, "upgrade", id + " nope", "id")))).contains("Paket itu tidak ada");
        assertThat(text(upgrade.run(call(phone, false, "upgrade", id + " mc-basic", "en")))).contains("already has");
    }

    @Test
    void theAdminListsExtendsAndGetsClearRefusalsInTheChat() throws Exception {
        String id = LifecycleTest.completed(Api.randomPhone(), Instant.now());
        Instant expires = LifecycleTest.expiresAt(id);
        assertThat(text(term.run(call(ADMIN, true, "servers", "active", "id")))).contains("*Server active*");
        assertThat(text(term.run(call(ADMIN, true, "servers", "sideways", "en")))).contains("state");
        assertThat(text(term.run(call(ADMIN, true, "extend", id + " 2", "id")))).contains("ditambah 2 hari");
        assertThat(LifecycleTest.expiresAt(id)).isEqualTo(expires.plus(Duration.ofDays(2)));
        assertThat(text(term.run(call(ADMIN, true, "extend", id + " 999", "id")))).contains("days");
        assertThat(text(term.run(call(ADMIN, true, "extend", id, "id")))).contains("days");
        assertThat(text(term.run(call(ADMIN, true, "suspend", "ORD-00000000", "id")))).contains("tidak ditemukan");
        assertThat(text(term.run(call(ADMIN, true, "unsuspend", id, "en")))).contains("Order " + id);
    }

    /**
     * A refusal because of the server's state (deleted, busy, not suspended) is not a bad field: the admin reads why
     * not now and what to do, never "null is not valid".
     */
    @Test
    void theAdminIsToldWhyAServerActionCannotBeDoneNowNotThatAFieldIsInvalid() throws Exception {
        String placed = Api.placeOrder();
        String noServer = text(term.run(call(ADMIN, true, "suspend", placed, "en")));
        assertThat(noServer).contains(placed, "no server yet").doesNotContain("null", "not valid", "Type:");

        String id = LifecycleTest.completed(Api.randomPhone(), Instant.now());
        assertThat(text(term.run(call(ADMIN, true, "suspend", id, "id")))).contains(id);
        String busy = text(term.run(call(ADMIN, true, "terminate", id, "id")));
        assertThat(busy).contains(id, "Belum bisa", "SUSPEND").doesNotContain("null", "tidak valid", "Ketik:");
        String busyEn = text(term.run(call(ADMIN, true, "suspend", id, "en")));
        assertThat(busyEn).contains(id, "Not now", "SUSPEND").doesNotContain("null", "not valid", "Type:");
    }
}
