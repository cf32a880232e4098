package id.gamestore.order.reset.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ApiException;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.ordering.OrderRequestValidator;
import id.gamestore.order.reset.PasswordResetService;

/** The customer's {@code !reset-password}, relayed by the bot. */
@RolesAllowed({ Roles.BOT, Roles.ADMIN })
@Path("/api/orders/{orderId}/password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.BOT_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class PasswordResetResource {
    private final PasswordResetService resets;
    private final OrderRequestValidator validator;

    PasswordResetResource(PasswordResetService resets, OrderRequestValidator validator) {
        this.resets = resets;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the customer a new panel login (!reset-password)",
            description = "The panel password is never stored, so the customer gets a new one on WhatsApp. The "
                    + "order must be COMPLETED and phone must be its customer's (any other number gets the same 404 "
                    + "as an unknown order). A second call for the same order within PASSWORD_RESET_MIN_INTERVAL "
                    + "(default 2 minutes) returns the first request with repeated=true and resets nothing. Poll "
                    + "GET .../password-reset/{requestId} for the outcome. Bot or admin key.")
    @APIResponse(responseCode = "202", description = "requested (or repeated=true: the earlier request)",
            content = @Content(schema = @Schema(implementation = PasswordResetView.class)))
    @APIResponse(responseCode = "400", description = "MALFORMED_JSON, BODY_REQUIRED, FIELD_REQUIRED, INVALID_PHONE",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND: no such order, or not this customer's",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "ORDER_NOT_COMPLETED: the server is not provisioned (yet)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response request(@PathParam("orderId") String orderId, CustomerPasswordReset body) {
        if (body == null) {
            throw ApiException.badRequest(ErrorCodes.BODY_REQUIRED, "phone", "a JSON body with phone is required");
        }
        String phone = validator.phone(body.phone());
        var requested = resets.request(orderId, phone, PasswordResetService.CUSTOMER);
        return Response.accepted(PasswordResetView.of(requested.request(), requested.repeated())).build();
    }

    @GET
    @Path("/{requestId}")
    @Operation(summary = "A password reset's status",
            description = "REQUESTED, then COMPLETED (the new login is on its way to the customer's WhatsApp) or "
                    + "FAILED with failureReason. Bot or admin key.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PasswordResetView.class)))
    @APIResponse(responseCode = "404", description = "PASSWORD_RESET_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public PasswordResetView status(@PathParam("orderId") String orderId, @PathParam("requestId") String requestId) {
        return PasswordResetView.of(resets.get(orderId, requestId), null);
    }
}
