package id.gamestore.provisioning.lifecycle.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.provisioning.admin.Roles;
import id.gamestore.provisioning.lifecycle.LifecycleJob;
import id.gamestore.provisioning.lifecycle.LifecycleState;
import id.gamestore.provisioning.lifecycle.LifecycleStore;
import id.gamestore.support.rest.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Admin view of an order's lifecycle actions on the panel (header {@code X-Api-Key}). */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/lifecycle-actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lifecycle")
public class LifecycleActionResource {
    private final LifecycleStore actions;

    public LifecycleActionResource(LifecycleStore actions) {
        this.actions = actions;
    }

    /** One lifecycle action as the admin sees it (no customer data beyond the order). */
    public record LifecycleActionView(String actionId, String orderId, LifecycleAction action, long serverId,
            String packageCode, String requestedBy, String reason, LifecycleState state, int attempts,
            String failureReason, String detail, String lastError, boolean userDeleted, Instant createdAt,
            Instant finishedAt) {

        static LifecycleActionView of(LifecycleJob a) {
            return new LifecycleActionView(a.actionId, a.orderId, a.action, a.serverId, a.packageCode, a.requestedBy,
                    a.reason, a.state, a.attempts, a.failureReason, a.detail, a.lastError, a.userDeleted, a.createdAt,
                    a.finishedAt);
        }
    }

    @GET
    @Operation(summary = "An order's lifecycle actions (suspend, unsuspend, terminate, build change), oldest first")
    public List<LifecycleActionView> list(@QueryParam("orderId") String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new ApiException(400, "INVALID_PARAMETER", "orderId is required", "orderId");
        }
        if (orderId.length() > 64) {
            throw new ApiException(400, "INVALID_PARAMETER", "orderId must be at most 64 characters", "orderId");
        }
        return actions.byOrder(orderId).stream().map(LifecycleActionView::of).toList();
    }
}
