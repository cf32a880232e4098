package id.gamestore.order.chat.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.buildability.BuildabilityConfig;
import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.operations.NotificationConfig;
import id.gamestore.order.operations.NotificationOperations;
import id.gamestore.order.operations.ProvisioningOperations;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderService;
import id.gamestore.order.ordering.OrderStatus;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The admin's chat commands run on real orders in the database; provisioning-service and notification-service are
 * stood in by {@link OtherServicesStub}, answering per their real contracts. Each test calls the command beans the
 * chat endpoint dispatches to, as an admin would type them.
 */
@QuarkusTest
@TestProfile(AdminChatCommandsTest.WithOtherServices.class)
class AdminChatCommandsTest {
    static final String ADMIN = "+6281100000001";

    /** order-service pointed at the stub for both services; short lists so "and N more" shows. */
    public static class WithOtherServices implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = OtherServicesStub.current().url();
            return Map.of("order.provisioning.url", url,
                    "order.provisioning.admin-api-key", OtherServicesStub.PROVISIONING_KEY,
                    "order.provisioning.cache", "1ms",
                    "order.notification.url", url,
                    "order.notification.admin-api-key", OtherServicesStub.NOTIFICATION_KEY,
                    "order.admin-chat.list-size", "3");
        }
    }

    @Inject
    Instance<ChatCommand> commands;
    @Inject
    ConfirmCommand confirm;
    @Inject
    CancelCommand cancel;
    @Inject
    PendingCommand pending;
    @Inject
    OrderCommand order;
    @Inject
    FailedCommand failed;
    @Inject
    RetryCommand retry;
    @Inject
    CapacityCommand capacity;
    @Inject
    ResendCommand resend;
    @Inject
    OrderService orders;
    @Inject
    AdminReplies replies;

    final OtherServicesStub stub = OtherServicesStub.current();

    static ChatCall call(String word, String text, String locale) {
        String args = text == null ? "" : text.strip();
        List<String> words = args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+"));
        return new ChatCall("wamid." + System.nanoTime(), ADMIN, "Admin", true, locale, word, words, args,
                Instant.now());
    }

    static ChatCall call(String word, String text) {
        return call(word, text, "id");
    }

    @Test
    void everyAdminCommandIsAnAdminOnlyChatCommandWithItsOwnWordAndTheHelpListsThem() {
        Map<String, ChatCommand> admin = new java.util.TreeMap<>();
        commands.stream().filter(ChatCommand::adminOnly).forEach(c -> admin.put(c.name(), c));
        assertThat(admin.keySet()).contains("confirm", "cancel", "pending", "order", "failed", "retry", "capacity",
                "resend");
        admin.forEach((name, c) -> assertThat(c.words()).contains(name));
        String help = replies.reply("help", call("help", ""), "help-admin", Map.of()).texts().get(0);
        for (String name : admin.keySet()) {
            assertThat(help).contains("!" + name);
        }
        assertThat(replies.reply("help", call("help", "", "en"), "help-admin", Map.of()).texts().get(0))
                .contains("*Admin commands*", "!reset-password ORD-");
    }

    @Test
    void confirmTypedInLowerCaseConfirmsThePendingOrderAsTheAdminsNumberAndAgainChangesNothing() {
        String id = Api.placeOrder();

        ChatAnswer answer = confirm.run(call("confirm", id.toLowerCase()));

        assertThat(answer.command()).isEqualTo("confirm");
        assertThat(answer.data()).containsEntry("outcome", "confirmed").containsEntry("orderId", id);
        assertThat(answer.texts().get(0)).contains(id, "dikonfirmasi", "Rp50.000", "!order " + id);
        Api.admin().get("/api/admin/orders/" + id).then().body("status", equalTo("CONFIRMED"))
                .body("confirmedBy", equalTo(ADMIN));

        ChatAnswer again = confirm.run(call("confirm", id, "en"));
        assertThat(again.data()).containsEntry("outcome", "already_confirmed");
        assertThat(again.texts().get(0)).contains("already confirmed", "nothing changed");
    }

    @Test
    void confirmRefusalsAreRepliesThatSayWhatToTypeInstead() {
        assertThat(confirm.run(call("confirm", "")).data()).containsEntry("outcome", "usage");
        assertThat(confirm.run(call("confirm", "")).texts().get(0)).contains("!confirm ORD-XXXXXXXX");

        ChatAnswer unknown = confirm.run(call("confirm", "ord-zzzzzzzz"));
        assertThat(unknown.data()).containsEntry("outcome", "order_not_found");
        assertThat(unknown.texts().get(0)).contains("ORD-ZZZZZZZZ", "!pending");

        String cancelled = Api.placeOrder();
        orders.cancel(cancelled, "test");
        ChatAnswer wrongState = confirm.run(call("confirm", cancelled, "en"));
        assertThat(wrongState.data()).containsEntry("outcome", "illegal_transition").containsEntry("status",
                "CANCELLED");
        assertThat(wrongState.texts().get(0)).contains("is CANCELLED", "cannot be confirmed");

        stub.packages = "{\"panel\":\"UP\",\"packages\":[{\"code\":\"mc-basic\",\"name\":\"x\",\"buildable\":true,"
                + "\"problems\":[],\"reasons\":[]},{\"code\":\"mc-pro\",\"name\":\"x\",\"buildable\":false,"
                + "\"problems\":[\"NO_CAPACITY\"],\"reasons\":[\"no node has room\"]}]}";
        try {
            String pro = Api.bot().body(Api.orderBody(Api.randomPhone(), "Budi Santoso", "mc-pro", 1))
                    .post("/api/orders").then().statusCode(201).extract().<String>path("orderId");
            ChatAnswer notBuildable = confirm.run(call("confirm", pro));
            assertThat(notBuildable.data()).containsEntry("outcome", "package_not_buildable");
            assertThat(notBuildable.texts().get(0)).contains("mc-pro", "NO_CAPACITY", "!capacity", "!confirm " + pro);
            assertThat(status(pro)).isEqualTo("PENDING");
        } finally {
            stub.packages = stub.packages.replace("\"buildable\":false", "\"buildable\":true");
        }
    }

    /** Order ids come from WhatsApp: anything that is not ORD- and 8 characters is answered with the form. */
    @Test
    void malformedOrderIdsAreAnsweredWithTheExpectedFormByEveryCommandThatTakesOne() {
        List<ChatCommand> taking = List.of(confirm, cancel, order, retry, resend);
        List<String> hostile = List.of("ORD-123", "ord-7kq2m9x", "ORD-7KQ2M9XDD", "ORD-ILOU1234", "'; drop table orders;--",
                "{orderId}", "ORD-7KQ2M9X*", "x".repeat(5000));
        int retriesBefore = stub.retried.size();
        for (ChatCommand command : taking) {
            for (String typed : hostile) {
                ChatAnswer answer = command.run(call(command.name(), typed + " because"));
                assertThat(answer.data()).as(command.name() + " " + typed)
                        .containsEntry("outcome", "invalid_order_id").containsEntry("field", "orderId");
                assertThat(answer.texts().get(0)).contains("ORD-", "8 karakter", "!" + command.name() + " ORD-")
                        .doesNotContain("drop table").doesNotContain("xxxxxxxxxx");
            }
        }
        assertThat(stub.retried.size()).isEqualTo(retriesBefore);
        assertThat(confirm.run(call("confirm", "nope", "en")).texts().get(0))
                .contains("not an order id", "ORD- and 8 characters");
    }

    @Test
    void cancelNeedsAReasonUnderTheRestCancelsRules() {
        String id = Api.placeOrder();

        ChatAnswer noReason = cancel.run(call("cancel", id.toLowerCase()));
        assertThat(noReason.data()).containsEntry("outcome", "usage");
        assertThat(noReason.texts().get(0)).contains("!cancel " + id + " <alasan/reason>");

        ChatAnswer markup = cancel.run(call("cancel", id + " paid <b>twice</b>"));
        assertThat(markup.data()).containsEntry("outcome", "invalid").containsEntry("field", "reason")
                .containsEntry("code", "INVALID_TEXT");
        ChatAnswer tooLong = cancel.run(call("cancel", id + " " + "a".repeat(501), "en"));
        assertThat(tooLong.data()).containsEntry("code", "FIELD_TOO_LONG");
        assertThat(tooLong.texts().get(0)).contains("at most 500", "!cancel " + id);
        assertThat(status(id)).isEqualTo("PENDING");

        ChatAnswer done = cancel.run(call("cancel", id + "   customer   paid twice"));
        assertThat(done.data()).containsEntry("outcome", "cancelled").containsEntry("reason", "customer   paid twice");
        assertThat(done.texts().get(0)).contains(id, "dibatalkan", "customer   paid twice");
        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(cancel.run(call("cancel", id + " again")).data()).containsEntry("outcome", "already_cancelled");

        String confirmed = Api.placeOrder();
        Api.confirm(confirmed);
        ChatAnswer wrongState = cancel.run(call("cancel", confirmed + " too late"));
        assertThat(wrongState.data()).containsEntry("outcome", "illegal_transition");
        assertThat(wrongState.texts().get(0)).contains("CONFIRMED", "tidak bisa dibatalkan", "!order " + confirmed);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pendingListsTheLongestWaitingFirstAtMostTheListSizeAndEndsWithTheConfirmOfTheFirst() {
        for (int i = 0; i < 4; i++) {
            Api.placeOrder();
        }
        List<Order> oldest = Order.<Order>find("status = ?1 order by createdAt, id", OrderStatus.PENDING).list();

        ChatAnswer answer = pending.run(call("pending", ""));

        List<Map<String, Object>> listed = (List<Map<String, Object>>) answer.data().get("orders");
        assertThat(listed).extracting(m -> m.get("orderId"))
                .containsExactlyElementsOf(oldest.stream().limit(3).map(o -> (Object) o.id).toList());
        assertThat(answer.data()).containsEntry("total", (long) oldest.size())
                .containsEntry("more", (long) oldest.size() - 3).containsEntry("first", oldest.get(0).id);
        String text = answer.texts().get(0);
        Order first = oldest.get(0);
        assertThat(text).contains("Menunggu konfirmasi: " + oldest.size(), first.customerName, first.customerPhone,
                first.packageName, "Rp", "dan " + (oldest.size() - 3) + " lagi")
                .endsWith("Ketik !confirm " + first.id + " untuk mengonfirmasi yang pertama.");
        assertThat(text).containsPattern("Rp\\d{1,3}(\\.\\d{3})+ · \\d+ mnt");
        assertThat(text.lines().filter(l -> l.matches("\\d\\. ORD-.*"))).hasSize(3);
        assertThat(pending.run(call("pending", "", "en")).texts().get(0)).contains("Waiting for confirmation", "mo");
    }

    @Test
    void aFailedOrderShowsItsTimelineFailureHintAndRetryInOrderAndInFailed() throws Exception {
        String id = failedOrder(FailureReason.NO_CAPACITY, "no node has 4096 MB free");

        ChatAnswer answer = order.run(call("order", id.toLowerCase()));

        assertThat(answer.data()).containsEntry("outcome", "found").containsEntry("status", "FAILED");
        assertThat(answer.texts().get(0)).contains("*Pesanan " + id + "* · FAILED", "Budi Santoso",
                "Minecraft Basic", "Rp50.000", "NO_CAPACITY di ALLOCATE", "no node has 4096 MB free",
                "!capacity", "ALLOCATE 2/6 - finding a node", "CONFIRMED", "dikonfirmasi oleh admin test")
                .endsWith("Ketik !retry " + id);
        assertThat(order.run(call("order", id, "en")).texts().get(0)).contains("Hint: no node has room",
                "*Timeline*").endsWith("Type !retry " + id);

        ChatAnswer list = failed.run(call("failed", ""));
        assertThat(list.texts().get(0)).contains(id + " · mc-basic · Budi Santoso · NO_CAPACITY di ALLOCATE",
                "Ketik !retry " + id);
        assertThat(list.data()).containsEntry("outcome", "listed");

        String pendingId = Api.placeOrder();
        assertThat(order.run(call("order", pendingId)).texts().get(0)).contains("order placed")
                .endsWith("Ketik !confirm " + pendingId + " atau !cancel " + pendingId + " <alasan>");
        assertThat(order.run(call("order", "ORD-ZZZZZZZZ")).data()).containsEntry("outcome", "order_not_found");
    }

    @Test
    void retryAsksProvisioningAndTurnsEachOfItsAnswersIntoAReply() throws Exception {
        String id = failedOrder(FailureReason.PANEL_UNAVAILABLE, "panel timed out");
        stub.retryStatus.put(id, 200);
        ChatAnswer ok = retry.run(call("retry", id.toLowerCase()));
        assertThat(ok.data()).containsEntry("outcome", "retried").containsEntry("jobState", "PENDING");
        assertThat(ok.texts().get(0)).contains(id, "diulang", "!order " + id);
        assertThat(stub.retried).contains(id);

        stub.retryStatus.put(id, 409);
        stub.jobState.put(id, "RUNNING");
        ChatAnswer running = retry.run(call("retry", id, "en"));
        assertThat(running.data()).containsEntry("outcome", "job_state").containsEntry("jobState", "RUNNING");
        assertThat(running.texts().get(0)).contains("cannot be retried: it is RUNNING", "!order " + id);

        String pendingId = Api.placeOrder();
        ChatAnswer noJob = retry.run(call("retry", pendingId));
        assertThat(noJob.data()).containsEntry("outcome", "job_not_found");
        assertThat(noJob.texts().get(0)).contains("tidak punya job", "!confirm " + pendingId);

        assertThat(retry.run(call("retry", "ORD-ZZZZZZZZ")).data()).containsEntry("outcome", "order_not_found");
    }

    @Test
    void retryAndCapacityWithProvisioningUnreachableKeyRejectedOrNotConfiguredAnswerWithoutAnException()
            throws Exception {
        String id = Api.placeOrder();
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        RetryCommand unreachable = new RetryCommand(orders,
                new ProvisioningOperations(provisioning("http://127.0.0.1:" + closed, "k")), replies);
        ChatAnswer down = unreachable.run(call("retry", id, "en"));
        assertThat(down.data()).containsEntry("outcome", "unreachable");
        assertThat(down.texts().get(0))
                .isEqualTo("⏳ provisioning-service is not answering, try again in a minute: !retry " + id);
        CapacityCommand capacityDown = new CapacityCommand(
                new ProvisioningOperations(provisioning("http://127.0.0.1:" + closed, "k")), replies);
        assertThat(capacityDown.run(call("capacity", "")).texts().get(0)).contains("tidak menjawab", "!capacity");

        RetryCommand wrongKey = new RetryCommand(orders,
                new ProvisioningOperations(provisioning(stub.url(), "not-the-key")), replies);
        ChatAnswer rejected = wrongKey.run(call("retry", id));
        assertThat(rejected.data()).containsEntry("outcome", "key_rejected").containsEntry("status", 401);
        assertThat(rejected.texts().get(0)).contains("PROVISIONING_ADMIN_API_KEY").doesNotContain("not-the-key");

        RetryCommand unset = new RetryCommand(orders, new ProvisioningOperations(provisioning(" ", "")), replies);
        ChatAnswer notConfigured = unset.run(call("retry", id, "en"));
        assertThat(notConfigured.data()).containsEntry("outcome", "not_configured");
        assertThat(notConfigured.texts().get(0)).contains("not configured", "PROVISIONING_URL",
                "PROVISIONING_ADMIN_API_KEY");
    }

    @Test
    void capacityShowsFreeRoomPerNodeAndWhichPackagesStillFit() {
        stub.nodes = "[{\"nodeId\":1,\"name\":\"jkt-1\",\"locationId\":1,\"maintenance\":false,\"freeMemory\":4608,"
                + "\"freeDisk\":-1,\"freeAllocations\":12,\"totalAllocations\":20},{\"nodeId\":2,\"name\":\"sby-1\","
                + "\"locationId\":2,\"maintenance\":true,\"freeMemory\":512,\"freeDisk\":20480,\"freeAllocations\":0,"
                + "\"totalAllocations\":10}]";
        String packages = stub.packages;
        stub.packages = "{\"panel\":\"UP\",\"packages\":[{\"code\":\"mc-basic\",\"name\":\"x\",\"buildable\":true,"
                + "\"problems\":[],\"reasons\":[]},{\"code\":\"ark-max\",\"name\":\"x\",\"buildable\":false,"
                + "\"problems\":[\"NO_CAPACITY\",\"EGG_MISSING\"],\"reasons\":[\"a\",\"b\"]}]}";
        try {
            String text = capacity.run(call("capacity", "", "en")).texts().get(0);
            assertThat(text).contains("jkt-1: RAM 4.5 GB, disk unlimited, ports 12/20 free",
                    "sby-1 (maintenance): RAM 512 MB, disk 20.0 GB, ports 0/10 free", "✅ Still fit: mc-basic",
                    "❌ ark-max: NO_CAPACITY, EGG_MISSING");

            stub.nodesStatus = 502;
            ChatAnswer panelDown = capacity.run(call("capacity", ""));
            assertThat(panelDown.texts().get(0)).contains("Panel tidak bisa dibaca sekarang (PANEL_UNAVAILABLE)",
                    "Masih muat: mc-basic", "❌ ark-max");
        } finally {
            stub.nodesStatus = 200;
            stub.packages = packages;
        }
    }

    @Test
    void resendSendsTheLatestLoginMessageAgainOrSaysToResetThePassword() throws Exception {
        String id = Api.placeOrder();
        stub.deliveries.put(id, "[" + OtherServicesStub.delivery("d-ready", id, "SERVER_READY",
                "2026-11-24T10:00:00Z", true) + "," + OtherServicesStub.delivery("d-progress", id, "PROGRESS",
                        "2026-11-24T10:05:00Z", true) + "," + OtherServicesStub.delivery("d-reset", id,
                                "PASSWORD_RESET", "2026-11-24T11:00:00Z", true) + "]");
        ChatAnswer resent = resend.run(call("resend", id.toLowerCase()));
        assertThat(resent.data()).containsEntry("outcome", "resent").containsEntry("deliveryId", "d-reset");
        assertThat(resent.texts().get(0)).contains(id, "dikirim ulang", orders.get(id).customerPhone);
        assertThat(stub.resent).containsExactly("d-reset");

        stub.resendRefusal.put("d-reset", "ALREADY_PENDING");
        assertThat(resend.run(call("resend", id)).data()).containsEntry("outcome", "already_pending");
        stub.resendRefusal.put("d-reset", "BODY_PURGED");
        ChatAnswer purged = resend.run(call("resend", id, "en"));
        assertThat(purged.data()).containsEntry("outcome", "body_gone");
        assertThat(purged.texts().get(0)).contains("cannot be sent again", "!reset-password " + id);

        String gone = Api.placeOrder();
        stub.deliveries.put(gone, "[" + OtherServicesStub.delivery("d-gone", gone, "SERVER_READY",
                "2026-11-24T10:00:00Z", false) + "]");
        ChatAnswer bodyGone = resend.run(call("resend", gone));
        assertThat(bodyGone.texts().get(0)).contains("!reset-password " + gone);
        assertThat(stub.resent).doesNotContain("d-gone");

        String none = Api.placeOrder();
        ChatAnswer nothing = resend.run(call("resend", none));
        assertThat(nothing.data()).containsEntry("outcome", "no_login_message");
        assertThat(nothing.texts().get(0)).contains("PENDING", "!order " + none);
        assertThat(resend.run(call("resend", "ORD-ZZZZZZZZ")).data()).containsEntry("outcome", "order_not_found");

        ResendCommand unset = new ResendCommand(orders, new NotificationOperations(notification(Optional.empty())),
                replies);
        ChatAnswer notConfigured = unset.run(call("resend", id, "en"));
        assertThat(notConfigured.data()).containsEntry("outcome", "not_configured");
        assertThat(notConfigured.texts().get(0)).contains("notification-service is not configured",
                "NOTIFICATION_URL", "NOTIFICATION_ADMIN_API_KEY");
    }

    /** An order taken to FAILED the way production does: placed, confirmed, a step, then provisioning.failed. */
    private static String failedOrder(FailureReason reason, String detail) throws Exception {
        String id = Api.placeOrder();
        Api.confirm(id);
        Customer customer = new Customer("CUS-TEST", "+6281234567890", "Budi Santoso", null, "id");
        PackageRef pkg = new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1);
        try (TestBroker broker = new TestBroker()) {
            ProvisioningProgress step = ProvisioningProgress.of(id, "corr", "job-" + id, customer, "ALLOCATE", 2, 6,
                    "finding a node");
            broker.publish(Topology.PROVISIONING_EXCHANGE, step.type(), step.eventId().toString(),
                    EventJson.write(step));
            ProvisioningFailed event = ProvisioningFailed.of(id, "corr", "job-" + id, customer, pkg, reason,
                    "ALLOCATE", "we could not build your server", detail, true);
            broker.publish(Topology.PROVISIONING_EXCHANGE, event.type(), event.eventId().toString(),
                    EventJson.write(event));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Api.admin().get("/api/admin/orders/" + id)
                .then().body("status", equalTo("FAILED")));
        return id;
    }

    /** The order's status as the admin API reads it now (not a cached entity). */
    private static String status(String id) {
        return Api.admin().get("/api/admin/orders/" + id).then().statusCode(200).extract().path("status");
    }

    private static BuildabilityConfig provisioning(String url, String key) {
        return new BuildabilityConfig() {
            @Override
            public Optional<String> url() {
                return Optional.of(url);
            }

            @Override
            public Optional<String> adminApiKey() {
                return Optional.of(key);
            }

            @Override
            public Duration cache() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(1);
            }
        };
    }

    private static NotificationConfig notification(Optional<String> url) {
        return new NotificationConfig() {
            @Override
            public Optional<String> url() {
                return url;
            }

            @Override
            public Optional<String> adminApiKey() {
                return Optional.empty();
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
