package id.gamestore.order.chat.admin;

import static id.gamestore.order.chat.admin.AdminReplies.data;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.operations.ProvisioningOperations;
import id.gamestore.order.operations.client.ProvisioningAdminApi;
import id.gamestore.order.operations.client.Remote;

/**
 * {@code !capacity}: free memory, disk and allocations per node (provisioning's {@code GET /api/admin/capacity}, the
 * panel now) and which packages still fit ({@code GET /api/admin/capacity/packages}). When only one of the two
 * answers, the reply shows that one and says the other is unavailable.
 */
@ApplicationScoped
public class CapacityCommand implements AdminCommand {
    private final ProvisioningOperations provisioning;
    private final AdminReplies replies;

    CapacityCommand(ProvisioningOperations provisioning, AdminReplies replies) {
        this.provisioning = provisioning;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "capacity";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        Remote<List<ProvisioningAdminApi.NodeCapacity>> nodes = provisioning.nodes();
        Remote<ProvisioningAdminApi.Packages> packages = provisioning.packages();
        if (!nodes.ok() && !packages.ok()) {
            return replies.remoteFailed(name(), call, AdminReplies.PROVISIONING,
                    nodes.outcome() == Remote.Outcome.UNREACHABLE ? packages : nodes, "!capacity");
        }
        String locale = call.locale();
        List<Map<String, Object>> nodeList = !nodes.ok() ? null : nodes.value() == null ? List.of() : nodes.value().stream()
                .map(n -> data("nodeId", n.nodeId(), "name", n.name(), "maintenance", n.maintenance(),
                        "freeMemoryMb", n.freeMemory(), "freeDiskMb", n.freeDisk(),
                        "freeMemory", AdminFormat.size(n.freeMemory(), locale),
                        "freeDisk", AdminFormat.size(n.freeDisk(), locale),
                        "freeAllocations", n.freeAllocations(), "totalAllocations", n.totalAllocations()))
                .toList();
        List<ProvisioningAdminApi.PackageStatus> all = !packages.ok() || packages.value() == null
                || packages.value().packages() == null ? null : packages.value().packages();
        List<Map<String, Object>> fit = all == null ? null : all.stream().filter(ProvisioningAdminApi.PackageStatus::buildable)
                .map(p -> data("code", p.code(), "name", p.name())).toList();
        List<Map<String, Object>> noFit = all == null ? null : all.stream().filter(p -> !p.buildable())
                .map(p -> data("code", p.code(), "name", p.name(),
                        "problems", String.join(", ", p.problems() == null ? List.of() : p.problems())))
                .toList();
        return replies.reply(name(), call, "admin-capacity", data("outcome", "capacity", "nodes", nodeList,
                "nodesProblem", nodes.ok() ? null : nodes.code() != null ? nodes.code() : nodes.outcome().name(),
                "fit", fit, "noFit", noFit, "packagesProblem", packages.ok() ? null : packages.outcome().name()));
    }
}
