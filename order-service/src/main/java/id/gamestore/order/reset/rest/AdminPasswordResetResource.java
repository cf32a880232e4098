package id.gamestore.order.reset.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.auth.Roles;
import id.gamestore.order.validation.TextRules;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ApiException;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.reset.PasswordResetService;

/** Resend login from the admin: the first message's body was purged, so a new password is the only way. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/orders/{orderId}/password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.ADMIN_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class AdminPasswordResetResource {
    /** {@code admin:} + the name must fit the event's 100-character requestedBy. */
    static final int MAX_NAME = 94;

    private final PasswordResetService resets;
    private final ObjectMapper json;

    AdminPasswordResetResource(PasswordResetService resets, ObjectMapper json) {
        this.resets = resets;
        this.json = json;
    }

    @POST
    @Operation(summary = "Resend a customer's login (sets a new panel password)",
            description = "Optional body {\"requestedBy\": \"name\"} (default admin), recorded as admin:<name>. Same "
                    + "rules as the bot's call: COMPLETED orders only; a second call within "
                    + "PASSWORD_RESET_MIN_INTERVAL returns the first request with repeated=true.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = PasswordResetView.class)))
    @APIResponse(responseCode = "400", description = "MALFORMED_JSON, INVALID_NAME, FIELD_TOO_LONG (requestedBy)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: a bot key")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_COMPLETED",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "415", description = "UNSUPPORTED_MEDIA_TYPE: a body that is not application/json")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdminPasswordReset.class)))
    public Response request(@PathParam("orderId") String orderId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) throws JsonProcessingException {
        var requested = resets.request(orderId, null, "admin:" + name(read(contentType, body)));
        return Response.accepted(PasswordResetView.of(requested.request(), requested.repeated())).build();
    }

    /**
     * The body is optional, and a POST without one often has no Content-Type either ({@code curl -X POST}); a JSON
     * reader would refuse that with 415, so the body is read here.
     */
    private AdminPasswordReset read(String contentType, String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (!isJson(contentType)) {
            throw new ApiException(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json",
                    null);
        }
        return json.readValue(body, AdminPasswordReset.class);
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String name(AdminPasswordReset body) {
        if (body == null || body.requestedBy() == null || body.requestedBy().isBlank()) {
            return "admin";
        }
        String name = TextRules.actor("requestedBy", body.requestedBy());
        if (name.length() > MAX_NAME) {
            throw ApiException.badRequest(ErrorCodes.FIELD_TOO_LONG, "requestedBy",
                    "requestedBy must be at most " + MAX_NAME + " characters");
        }
        return name;
    }
}
