package id.gamestore.order.operations.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * provisioning-service's admin API as the chat's admin commands use it (header {@code X-Api-Key}, one of its admin
 * keys): a job's retry and state, the free capacity per node, and which packages can be built.
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public interface ProvisioningAdminApi {

    /** The part of provisioning's {@code JobView} the chat shows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Job(String orderId, String state, String currentStep, int attempts, String failureReason,
            String failedStep) {
    }

    /** One node's room: memory and disk in MiB, -1 for unlimited. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NodeCapacity(long nodeId, String name, boolean maintenance, long freeMemory, long freeDisk,
            long freeAllocations, long totalAllocations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PackageStatus(String code, String name, boolean buildable, List<String> problems, List<String> reasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Packages(String panel, List<PackageStatus> packages) {
    }

    /** 200 the job after the retry; 404 {@code JOB_NOT_FOUND}; 409 {@code INVALID_STATE}. */
    @POST
    @Path("/jobs/{orderId}/retry")
    Job retry(@HeaderParam("X-Api-Key") String apiKey, @PathParam("orderId") String orderId);

    /** 200 the job; 404 {@code JOB_NOT_FOUND}. */
    @GET
    @Path("/jobs/{orderId}")
    Job job(@HeaderParam("X-Api-Key") String apiKey, @PathParam("orderId") String orderId);

    /** 200 every node; 502 {@code PANEL_UNAVAILABLE} when the panel cannot be read. */
    @GET
    @Path("/capacity")
    List<NodeCapacity> capacity(@HeaderParam("X-Api-Key") String apiKey);

    /** 200 every package of the resource mapping, buildable or not and why. */
    @GET
    @Path("/capacity/packages")
    Packages packages(@HeaderParam("X-Api-Key") String apiKey);
}
