package id.gamestore.notification.report.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.notification.admin.Roles;
import id.gamestore.notification.recipient.StoreConfig;
import id.gamestore.notification.report.NotificationReport;
import id.gamestore.notification.report.NotificationReportService;
import id.gamestore.support.report.ReportRange;
import id.gamestore.support.rest.ApiError;
import io.smallrye.common.annotation.Blocking;

/** The notifications report for a range of store days. Needs an admin key. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@SecurityRequirement(name = "adminKey")
@Blocking
public class NotificationReportResource {
    private final NotificationReportService reports;
    private final StoreConfig store;

    public NotificationReportResource(NotificationReportService reports, StoreConfig store) {
        this.reports = reports;
        this.store = store;
    }

    @GET
    @Path("/notifications")
    @Operation(summary = "Notifications report: the messages created in the range by kind and channel (delivered, "
            + "read, failed, pending and their rates), fallbacks (email, admin alert), time from server ready to "
            + "the server-ready message's delivery (p50/p95/max), per day, and the undelivered ones")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = NotificationReport.class)))
    @APIResponse(responseCode = "400", description = "from or to is not a date, from is after to, or the range is "
            + "longer than 366 days (the body names the field)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No admin key, or an unknown one",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public NotificationReport notifications(
            @Parameter(description = "First day (yyyy-MM-dd, store time zone), inclusive; default: to minus 6 days",
                    example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Last day (yyyy-MM-dd, store time zone), inclusive; default: today",
                    example = "2026-12-07") @QueryParam("to") String to) {
        return reports.report(ReportRange.parse(from, to, store.timeZone(), LocalDate.now(store.timeZone())));
    }
}
