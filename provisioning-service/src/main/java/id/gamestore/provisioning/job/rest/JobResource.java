package id.gamestore.provisioning.job.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.support.rest.ApiException;
import id.gamestore.provisioning.admin.Roles;
import id.gamestore.provisioning.job.JobAdminService;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.support.rest.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Admin view and control of provisioning jobs (header {@code X-Api-Key}). */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobResource {
    private static final int MAX_SIZE = 200;

    private final JobAdminService jobs;

    public JobResource(JobAdminService jobs) {
        this.jobs = jobs;
    }

    /** A page of jobs. */
    public record JobPage(List<JobView> items, int page, int size, long total) {
    }

    @GET
    @Operation(summary = "List jobs, newest first, optionally by state")
    public JobPage list(@QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new ApiException(400, "INVALID_PARAMETER", "page must be 0 or more", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ApiException(400, "INVALID_PARAMETER", "size must be between 1 and " + MAX_SIZE, "size");
        }
        Optional<JobState> filter = parseState(state);
        return new JobPage(jobs.list(filter, page, size).stream().map(j -> JobView.of(j, null)).toList(), page, size,
                jobs.count(filter));
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "One job with its step log")
    public JobView get(@PathParam("orderId") String orderId) {
        return jobs.find(orderId).map(j -> JobView.of(j, jobs.log(j))).orElseThrow(() -> noJob(orderId));
    }

    @POST
    @Path("/{orderId}/retry")
    @Operation(summary = "Retry a FAILED job (new attempt) or a COMPENSATION_FAILED job (undo again)")
    public JobView retry(@PathParam("orderId") String orderId) {
        return answer(orderId, jobs.retry(orderId));
    }

    @POST
    @Path("/{orderId}/cancel")
    @Operation(summary = "Cancel a job that has not finished; what it created is removed")
    public JobView cancel(@PathParam("orderId") String orderId) {
        return answer(orderId, jobs.cancel(orderId));
    }

    @POST
    @Path("/{orderId}/trigger")
    @Operation(summary = "Start an ON_HOLD job (provisioning switched off)")
    public JobView trigger(@PathParam("orderId") String orderId) {
        return answer(orderId, jobs.trigger(orderId));
    }

    private static JobView answer(String orderId, Optional<JobAdminService.Result> result) {
        JobAdminService.Result r = result.orElseThrow(() -> noJob(orderId));
        if (r.refusal() != null) {
            throw new ApiException(409, "INVALID_STATE", r.refusal(), "state");
        }
        return JobView.of(r.job(), null);
    }

    private static ApiException noJob(String orderId) {
        return new ApiException(404, "JOB_NOT_FOUND", "no provisioning job for order " + orderId, "orderId");
    }

    private static Optional<JobState> parseState(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JobState.valueOf(state.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "INVALID_PARAMETER",
                    "state must be one of " + Arrays.toString(JobState.values()), "state");
        }
    }
}
