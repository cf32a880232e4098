package id.gamestore.order.report.client;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * provisioning-service's reports (header {@code X-Api-Key}, one of its admin keys): the parts of the provisioning
 * and capacity reports the admin's report shows. {@code from}/{@code to} are store days ({@code yyyy-MM-dd}).
 */
@Path("/api/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
public interface ProvisioningReportsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Totals(long confirmed, long completed, long failed, long running, Double successRate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Failure(String orderId, String packageCode, String reason, String step, String detail, Instant failedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProvisioningReport(Totals totals, List<Failure> failures, long failuresTotal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Warning(long nodeId, String name, String problem, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CapacityReport(List<Warning> warnings) {
    }

    @GET
    @Path("/provisioning")
    ProvisioningReport provisioning(@HeaderParam("X-Api-Key") String apiKey, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/capacity")
    CapacityReport capacity(@HeaderParam("X-Api-Key") String apiKey, @QueryParam("from") String from,
            @QueryParam("to") String to);
}
