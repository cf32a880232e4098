package id.gamestore.notification.tracking.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.support.rest.ApiException;
import id.gamestore.notification.admin.Roles;
import id.gamestore.notification.dispatch.DeliveryDispatcher;
import id.gamestore.notification.tracking.DeliveryAdminService;
import id.gamestore.notification.tracking.DeliveryStats;
import id.gamestore.notification.tracking.DeliveryView;
import id.gamestore.notification.tracking.ResendRefused;
import io.smallrye.common.annotation.Blocking;

/** The admin's view of deliveries: per order with attempts, resend, and statistics. Needs an admin key. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityScheme(securitySchemeName = "adminKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Api-Key")
@SecurityRequirement(name = "adminKey")
@Blocking
public class DeliveryAdminResource {
    private final DeliveryAdminService service;
    private final DeliveryDispatcher dispatcher;

    public DeliveryAdminResource(DeliveryAdminService service, DeliveryDispatcher dispatcher) {
        this.service = service;
        this.dispatcher = dispatcher;
    }

    @GET
    @Operation(summary = "Deliveries of an order, each with its attempts (never the message body)")
    public List<DeliveryView> forOrder(@QueryParam("orderId") String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new ApiException(400, "MISSING_PARAMETER", "orderId is required", "orderId");
        }
        return service.forOrder(orderId.trim());
    }

    @POST
    @Path("/{id}/resend")
    @Operation(summary = "Send a delivery again (its stored body must not have been purged)")
    public Response resend(@PathParam("id") String id) {
        DeliveryView view;
        try {
            view = service.resend(uuid(id));
        } catch (ResendRefused e) {
            throw new ApiException(e.reason() == ResendRefused.Reason.NOT_FOUND ? 404 : 409, e.code(), e.getMessage(),
                    e.field());
        }
        dispatcher.wake();
        return Response.accepted(view).build();
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Counts (sent, delivered, read, failed, fallback) and median/p95 time from "
            + "provisioning.completed to sent and to delivered; since defaults to 24 hours ago")
    public DeliveryStats stats(@QueryParam("since") String since) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? Instant.now().minusSeconds(86_400) : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "INVALID_PARAMETER", "since must be an ISO-8601 instant", "since");
        }
        return service.stats(from);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "INVALID_PARAMETER", "id must be a delivery UUID", "id");
        }
    }
}
