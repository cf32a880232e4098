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
 * notification-service's report (header {@code X-Api-Key}, one of its admin keys): the part the admin's report
 * shows, the messages not delivered. {@code from}/{@code to} are store days ({@code yyyy-MM-dd}).
 */
@Path("/api/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationReportsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Totals(long messages, long delivered, long read, long failed, long pending, Double deliveredRate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Undelivered(String orderId, String kind, String channel, String state, String reason, Instant at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NotificationsReport(Totals totals, List<Undelivered> undelivered, long undeliveredTotal) {
    }

    @GET
    @Path("/notifications")
    NotificationsReport notifications(@HeaderParam("X-Api-Key") String apiKey, @QueryParam("from") String from,
            @QueryParam("to") String to);
}
