package id.gamestore.provisioning.server.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.provisioning.admin.Roles;
import id.gamestore.provisioning.server.PanelUnavailableException;
import id.gamestore.provisioning.server.PowerSignal;
import id.gamestore.provisioning.server.ServerIdentifiers;
import id.gamestore.provisioning.server.ServerNotFoundException;
import id.gamestore.provisioning.server.ServerNotReadyException;
import id.gamestore.provisioning.server.ServerPowerService;
import id.gamestore.provisioning.server.ServerStatus;
import id.gamestore.provisioning.server.ServerStatusService;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A customer's server, for order-service's chat (a service key) and admins: its live status and power actions. The
 * caller has already checked that the server belongs to the customer it acts for; this service trusts the key.
 */
@RolesAllowed({ Roles.SERVICE, Roles.ADMIN })
@Path("/api/servers/{identifier}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "servers")
public class ServerResource {
    private final ServerStatusService statuses;
    private final ServerPowerService power;

    public ServerResource(ServerStatusService statuses, ServerPowerService power) {
        this.statuses = statuses;
        this.power = power;
    }

    /** {@code {"signal":"restart"}}. */
    public record PowerRequest(@Schema(description = "start, stop or restart", example = "restart") String signal) {
    }

    /** The panel took the signal; the server gets there in its own time (see the status). */
    public record PowerAccepted(String identifier, String signal, boolean accepted) {
    }

    /** 409: the common error body plus why ({@code suspended}, {@code installing}, ...). */
    public record NotReady(@Schema(example = "SERVER_NOT_READY") String code, String message,
            @Schema(example = "suspended") String reason) {
    }

    @GET
    @Path("/status")
    @Operation(summary = "A server's live status: power state, CPU, memory and disk of the limit, uptime, address",
            description = "From the panel's client API, cached per server for SERVER_STATUS_CACHE_TTL (5 s). When the "
                    + "panel cannot be asked in SERVER_STATUS_TIMEOUT (3 s) the answer is still 200, with "
                    + "available false and a reason.")
    @APIResponse(responseCode = "200", description = "The status, or available false with a reason",
            content = @Content(schema = @Schema(implementation = ServerStatus.class)))
    @APIResponse(responseCode = "400", description = "INVALID_IDENTIFIER", content = @Content(schema = @Schema(
            implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "SERVER_NOT_FOUND", content = @Content(schema = @Schema(
            implementation = ApiError.class)))
    public ServerStatus status(@PathParam("identifier") String identifier) {
        String id = identifier(identifier);
        return statuses.status(id).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/power")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start, stop or restart a server", description = "Sent once to the panel's client API; the "
            + "server's cached status is dropped, so the next status shows where it is heading.")
    @APIResponse(responseCode = "202", description = "The panel accepted the signal",
            content = @Content(schema = @Schema(implementation = PowerAccepted.class)))
    @APIResponse(responseCode = "400", description = "INVALID_IDENTIFIER, INVALID_SIGNAL",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "SERVER_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "SERVER_NOT_READY: suspended, installing, ...",
            content = @Content(schema = @Schema(implementation = NotReady.class)))
    @APIResponse(responseCode = "503", description = "PANEL_UNAVAILABLE: the panel could not be asked",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response power(@PathParam("identifier") String identifier, PowerRequest request) {
        String id = identifier(identifier);
        String raw = request == null ? null : request.signal();
        PowerSignal signal = PowerSignal.parse(raw).orElseThrow(() -> ApiException.badRequest("INVALID_SIGNAL",
                "signal", raw == null ? "signal is required: start, stop or restart"
                        : "signal must be start, stop or restart"));
        try {
            power.send(id, signal);
        } catch (ServerNotFoundException e) {
            throw notFound(id);
        } catch (ServerNotReadyException e) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(new NotReady("SERVER_NOT_READY",
                    "server " + id + " is " + e.reason().replace('_', ' ') + " and cannot be powered now",
                    e.reason())).build();
        } catch (PanelUnavailableException e) {
            throw new ApiException(503, "PANEL_UNAVAILABLE", "the panel cannot be reached right now ("
                    + e.reason() + "); the signal may not have been applied", null);
        }
        return Response.accepted(new PowerAccepted(id, signal.wire(), true)).build();
    }

    private static String identifier(String raw) {
        return ServerIdentifiers.normalise(raw).orElseThrow(() -> ApiException.badRequest("INVALID_IDENTIFIER",
                "identifier", "identifier " + ServerIdentifiers.RULE));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("SERVER_NOT_FOUND", "no server " + id + " on the panel");
    }
}
