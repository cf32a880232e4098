package id.gamestore.order.lifecycle.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import id.gamestore.order.lifecycle.OrderChanges;
import id.gamestore.order.ordering.OrderRequestValidator;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ApiException;

/** The customer's {@code !perpanjang} / {@code !renew} and {@code !upgrade}, relayed by the bot. */
@RolesAllowed({ Roles.BOT, Roles.ADMIN })
@Path("/api/orders/{orderId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.BOT_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class RenewalResource {
    private final OrderChanges changes;
    private final OrderRequestValidator validator;

    RenewalResource(OrderChanges changes, OrderRequestValidator validator) {
        this.changes = changes;
        this.validator = validator;
    }

    @POST
    @Path("/renewals")
    @Operation(summary = "Ask to renew a provisioned server (!perpanjang / !renew)",
            description = "Makes a PENDING renewal (REN-...) that the admin confirms like an order (!confirm REN-... or "
                    + "POST /api/admin/changes/{id}/confirm); the customer and the admin are told on WhatsApp. On "
                    + "confirmation the term is extended from max(now, expiresAt) and a suspended server runs again. "
                    + "The same request while it is pending returns it with repeated=true. phone must be the order's "
                    + "customer (anyone else gets the same 404 as an unknown order). Bot or admin key.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ChangeView.class)))
    @APIResponse(responseCode = "400", description = "BODY_REQUIRED, FIELD_REQUIRED, INVALID_PHONE, "
            + "DURATION_NOT_OFFERED", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND", content = @Content(schema = @Schema(
            implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "ORDER_NOT_COMPLETED, SERVER_TERMINATED (place a new order), "
            + "CHANGE_PENDING (another renewal waits)", content = @Content(schema = @Schema(
                    implementation = ApiError.class)))
    public Response renew(@PathParam("orderId") String orderId, CustomerChangeRequest body) {
        String phone = phone(body);
        var requested = changes.renewal(orderId, phone, body.durationMonths(), "customer");
        return Response.accepted(ChangeView.of(requested.change(), requested.repeated())).build();
    }

    @POST
    @Path("/package-changes")
    @Operation(summary = "Ask to change a running server's package (!upgrade)",
            description = "Makes a PENDING package change (CHG-...) with the pro-rata price difference for the rest "
                    + "of the term (amount; negative is owed to the customer). The admin confirms it; then the "
                    + "server's limits change on the panel when its node has room, else the change is REFUSED and "
                    + "both are told. Same game only. Bot or admin key.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ChangeView.class)))
    @APIResponse(responseCode = "400", description = "BODY_REQUIRED, FIELD_REQUIRED, INVALID_PHONE, UNKNOWN_PACKAGE, "
            + "SAME_PACKAGE, OTHER_GAME", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND", content = @Content(schema = @Schema(
            implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "ORDER_NOT_COMPLETED, SERVER_TERMINATED, ILLEGAL_TRANSITION "
            + "(suspended), ACTION_IN_PROGRESS, CHANGE_PENDING", content = @Content(schema = @Schema(
                    implementation = ApiError.class)))
    public Response changePackage(@PathParam("orderId") String orderId, CustomerChangeRequest body) {
        String phone = phone(body);
        var requested = changes.packageChange(orderId, phone, body.packageCode(), "customer");
        return Response.accepted(ChangeView.of(requested.change(), requested.repeated())).build();
    }

    private String phone(CustomerChangeRequest body) {
        if (body == null) {
            throw ApiException.badRequest(ErrorCodes.BODY_REQUIRED, "phone", "a JSON body with phone is required");
        }
        return validator.phone(body.phone());
    }
}
