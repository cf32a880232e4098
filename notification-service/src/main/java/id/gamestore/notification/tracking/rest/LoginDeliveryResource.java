package id.gamestore.notification.tracking.rest;

import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.support.rest.ApiException;
import id.gamestore.notification.admin.Roles;
import id.gamestore.notification.tracking.LoginDelivery;
import id.gamestore.notification.tracking.LoginDeliveryService;
import io.smallrye.common.annotation.Blocking;

/**
 * Did the login reach the customer? provisioning-service asks before a second order of the same customer says "use
 * your existing password". Needs {@code X-Api-Key} (an admin key, like every {@code /api/admin} endpoint).
 */
@Path("/api/admin/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "adminKey")
@RolesAllowed(Roles.ADMIN)
@Blocking
public class LoginDeliveryResource {
    /** Order and request ids: letters, digits and {@code . _ : -}, at most 64 (the delivery table's columns). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final LoginDeliveryService service;

    public LoginDeliveryResource(LoginDeliveryService service) {
        this.service = service;
    }

    @GET
    @Path("/{orderId}/login-delivery")
    @Operation(summary = "Whether the message carrying the order's panel password arrived: ARRIVED, PENDING, FAILED "
            + "or NONE. Without requestId the first-login server-ready message, with it that password reset's "
            + "message; a fallback email never counts")
    public LoginDelivery loginDelivery(@PathParam("orderId") String orderId,
            @QueryParam("requestId") String requestId) {
        return service.of(id(orderId, "orderId"), requestId == null ? null : id(requestId, "requestId"));
    }

    private static String id(String value, String field) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new ApiException(400, "MISSING_PARAMETER", field + " must not be empty", field);
        }
        if (!ID.matcher(v).matches()) {
            throw new ApiException(400, "INVALID_PARAMETER", field + " must be 1 to 64 letters, digits, '.', '_', "
                    + "':' or '-', starting with a letter or digit", field);
        }
        return v;
    }
}
