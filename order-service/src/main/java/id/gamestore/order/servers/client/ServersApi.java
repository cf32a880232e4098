package id.gamestore.order.servers.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import id.gamestore.order.servers.ServerStatus;

/** provisioning-service's server endpoints (service key): live status and power signals. */
@Path("/api/servers/{identifier}")
public interface ServersApi {

    /** The body of a power request. */
    record PowerRequest(String signal) {
    }

    @GET
    @Path("/status")
    @Produces(MediaType.APPLICATION_JSON)
    ServerStatus status(@HeaderParam("X-Api-Key") String apiKey, @PathParam("identifier") String identifier);

    @POST
    @Path("/power")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    String power(@HeaderParam("X-Api-Key") String apiKey, @PathParam("identifier") String identifier,
            PowerRequest body);
}
