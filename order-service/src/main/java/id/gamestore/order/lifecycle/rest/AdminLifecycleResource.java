package id.gamestore.order.lifecycle.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.auth.Roles;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.lifecycle.LifecycleTerms;
import id.gamestore.order.lifecycle.OrderChanges;
import id.gamestore.order.lifecycle.ServerTermQueries;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.rest.OrderView;
import id.gamestore.order.validation.TextRules;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ApiException;

/** The admin's hand on servers' terms: lists, force suspend/unsuspend/terminate, goodwill days, changes. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.ADMIN_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
@APIResponse(responseCode = "400", description = "BODY_REQUIRED, FIELD_REQUIRED, INVALID_NAME (by), and per call",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND, CHANGE_NOT_FOUND",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "409", description = "ORDER_NOT_COMPLETED, SERVER_TERMINATED, ACTION_IN_PROGRESS, "
        + "TERM_EXPIRED, ILLEGAL_TRANSITION, CHANGE_PENDING", content = @Content(schema = @Schema(
                implementation = ApiError.class)))
public class AdminLifecycleResource {
    private final LifecycleTerms terms;
    private final OrderChanges changes;
    private final ServerTermQueries queries;

    AdminLifecycleResource(LifecycleTerms terms, OrderChanges changes, ServerTermQueries queries) {
        this.terms = terms;
        this.changes = changes;
        this.queries = queries;
    }

    @GET
    @Path("/servers")
    @Operation(summary = "Provisioned servers by term state",
            description = "state: active (default), expiring (active and ending within withinDays, default 7, those "
                    + "in their grace period included), suspended, terminated. At most limit (1..500, default 100).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServerTermView.class)))
    public List<ServerTermView> servers(@QueryParam("state") String state, @QueryParam("withinDays") Integer withinDays,
            @QueryParam("limit") Integer limit) {
        return queries.list(state, withinDays, limit).stream().map(ServerTermView::of).toList();
    }

    @POST
    @Path("/servers/{orderId}/suspend")
    @Operation(summary = "Suspend a server now",
            description = "Asks provisioning-service to suspend it on the panel; the customer and the admin are told "
                    + "when it is done. A suspended server: no change. The term's rules still apply: a server that "
                    + "stays suspended after its term is deleted LIFECYCLE_TERMINATE_AFTER later.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response suspend(@PathParam("orderId") String orderId, AdminLifecycleRequest body) {
        return accepted(terms.suspend(orderId, admin(body)));
    }

    @POST
    @Path("/servers/{orderId}/unsuspend")
    @Operation(summary = "Unsuspend a server now",
            description = "Only within the term (plus grace): an expired server is renewed or extended instead "
                    + "(TERM_EXPIRED), which unsuspends it.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response unsuspend(@PathParam("orderId") String orderId, AdminLifecycleRequest body) {
        return accepted(terms.unsuspend(orderId, admin(body)));
    }

    @POST
    @Path("/servers/{orderId}/terminate")
    @Operation(summary = "Delete a server now",
            description = "Deletes the server on the panel, and the customer's panel user when it owns nothing else. "
                    + "Cannot be undone; a terminated order cannot be renewed.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response terminate(@PathParam("orderId") String orderId, AdminLifecycleRequest body) {
        return accepted(terms.terminate(orderId, admin(body)));
    }

    @POST
    @Path("/servers/{orderId}/extend")
    @Operation(summary = "Add days to a server's term (goodwill)",
            description = "days: 1..366 (INVALID_DAYS). The customer is told the new expiry; a suspended server whose "
                    + "new term is not over runs again.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public OrderView extend(@PathParam("orderId") String orderId, AdminLifecycleRequest body) {
        String by = admin(body);
        return OrderView.of(terms.extend(orderId, body.days(), by));
    }

    @POST
    @Path("/servers/{orderId}/renewals")
    @Operation(summary = "Renew on the customer's behalf", description = "As the bot's renewal; still PENDING until "
            + "confirmed.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ChangeView.class)))
    public Response renew(@PathParam("orderId") String orderId, AdminLifecycleRequest body) {
        String by = admin(body);
        var requested = changes.renewal(orderId, null, body.durationMonths(), by);
        return Response.accepted(ChangeView.of(requested.change(), requested.repeated())).build();
    }

    @POST
    @Path("/servers/{orderId}/package-changes")
    @Operation(summary = "Change a server's package on the customer's behalf",
            description = "As the bot's package change; still PENDING until confirmed.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ChangeView.class)))
    public Response changePackage(@PathParam("orderId") String orderId, AdminLifecycleRequest body) {
        String by = admin(body);
        var requested = changes.packageChange(orderId, null, body.packageCode(), by);
        return Response.accepted(ChangeView.of(requested.change(), requested.repeated())).build();
    }

    @GET
    @Path("/changes/{changeId}")
    @Operation(summary = "A renewal or package change")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeView.class)))
    public ChangeView change(@PathParam("changeId") String changeId) {
        return ChangeView.of(changes.get(changeId), null);
    }

    @POST
    @Path("/changes/{changeId}/confirm")
    @Operation(summary = "Confirm a renewal or package change (!confirm REN-... / CHG-...)",
            description = "A renewal is applied at once (new expiry, a suspended server unsuspended); a package "
                    + "change goes to the panel (CONFIRMED, then APPLIED or REFUSED). Confirming twice is fine.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeView.class)))
    public ChangeView confirm(@PathParam("changeId") String changeId, AdminLifecycleRequest body) {
        return ChangeView.of(changes.confirm(changeId, admin(body)), null);
    }

    @POST
    @Path("/changes/{changeId}/cancel")
    @Operation(summary = "Cancel a pending renewal or package change")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeView.class)))
    public ChangeView cancel(@PathParam("changeId") String changeId, AdminLifecycleRequest body) {
        return ChangeView.of(changes.cancel(changeId, admin(body)), null);
    }

    private static String admin(AdminLifecycleRequest body) {
        if (body == null) {
            throw ApiException.badRequest(ErrorCodes.BODY_REQUIRED, "by", "a JSON body with by (who acts) is required");
        }
        return "admin:" + TextRules.actor("by", body.by());
    }

    private static Response accepted(Order order) {
        return Response.accepted(OrderView.of(order)).build();
    }
}
