package id.gamestore.order.chat.admin;

import static id.gamestore.order.chat.admin.AdminReplies.data;


import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.error.Refused;
import id.gamestore.order.operations.ProvisioningOperations;
import id.gamestore.order.operations.client.ProvisioningAdminApi;
import id.gamestore.order.operations.client.Remote;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderService;

/**
 * {@code !retry <order>}: provisioning-service's {@code POST /api/admin/jobs/{orderId}/retry} (a FAILED job starts
 * over, a COMPENSATION_FAILED one undoes again). Its 404 (no job) and 409 (a job in another state, named) become
 * replies that say what to type; no answer is "try again in a minute".
 */
@ApplicationScoped
public class RetryCommand implements AdminCommand {
    static final String USAGE = "!retry ORD-XXXXXXXX";

    private final OrderService orders;
    private final ProvisioningOperations provisioning;
    private final AdminReplies replies;

    RetryCommand(OrderService orders, ProvisioningOperations provisioning, AdminReplies replies) {
        this.orders = orders;
        this.provisioning = provisioning;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "retry";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        AdminReplies.Either id = replies.orderId(name(), call, USAGE);
        if (id.refusal() != null) {
            return id.refusal();
        }
        Order order;
        try {
            order = orders.get(id.orderId());
        } catch (Refused notFound) {
            return replies.notFound(name(), call, id.orderId());
        }
        Remote<ProvisioningAdminApi.Job> retried = provisioning.retry(order.id);
        if (retried.ok()) {
            return replies.reply(name(), call, "admin-retried", data("outcome", "retried", "orderId", order.id,
                    "jobState", retried.value() == null ? null : retried.value().state()));
        }
        if (retried.outcome() == Remote.Outcome.REFUSED && retried.status() == 404) {
            return replies.reply(name(), call, "admin-retry-no-job", data("outcome", "job_not_found",
                    "orderId", order.id, "status", order.status.name()));
        }
        if (retried.outcome() == Remote.Outcome.REFUSED && retried.status() == 409) {
            Remote<ProvisioningAdminApi.Job> job = provisioning.job(order.id);
            return replies.reply(name(), call, "admin-retry-wrong-state", data("outcome", "job_state",
                    "orderId", order.id, "jobState", job.ok() && job.value() != null ? job.value().state() : null,
                    "message", retried.message()));
        }
        return replies.remoteFailed(name(), call, AdminReplies.PROVISIONING, retried, "!retry " + order.id);
    }
}
