package id.gamestore.provisioning.report.rest;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.provisioning.admin.Roles;
import id.gamestore.provisioning.report.CapacityReport;
import id.gamestore.provisioning.report.CapacityReportService;
import id.gamestore.provisioning.report.ProvisioningReport;
import id.gamestore.provisioning.report.ProvisioningReportService;
import id.gamestore.provisioning.report.ReportConfig;
import id.gamestore.support.report.ReportRange;
import id.gamestore.support.rest.ApiError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The admin's reports on what this service owns: how provisioning went, and the nodes' capacity (issue 15). Days in
 * the store's time zone ({@code STORE_TIME_ZONE}), {@code from} and {@code to} inclusive, by default the last 7 days.
 */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportResource {
    private static final String FROM = "First day, yyyy-MM-dd in the store's time zone (default: to minus 6 days)";
    private static final String TO = "Last day, inclusive, yyyy-MM-dd in the store's time zone (default: today)";

    private final ProvisioningReportService provisioning;
    private final CapacityReportService capacity;
    private final ReportConfig config;
    private final Clock clock;

    public ReportResource(ProvisioningReportService provisioning, CapacityReportService capacity, ReportConfig config,
            Clock clock) {
        this.provisioning = provisioning;
        this.capacity = capacity;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("/provisioning")
    @Operation(summary = "How provisioning went for the orders confirmed in a range",
            description = "The jobs created (order.confirmed received) in the range: completed, failed, still "
                    + "running, success rate, failures by reason and step, confirm-to-completed and per-step "
                    + "durations (p50/p95 by nearest rank), compensations, retries, per package and per day.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ProvisioningReport.class)))
    @APIResponse(responseCode = "400", description = "from or to is not a date, from is after to, or the range "
            + "covers more than 366 days (the error names the field)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No or an unknown admin key")
    public ProvisioningReport provisioning(@Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        return provisioning.report(range(from, to));
    }

    @GET
    @Path("/capacity")
    @Operation(summary = "Each node's room now and over the range, and when it will be full",
            description = "Memory, disk and allocations used vs total per node now (read from the panel) and as "
                    + "hourly snapshots inside the range, the daily growth at the last 14 days' rate, the day each "
                    + "node is expected to be full, servers per package, and warnings (FULL_SOON, ALMOST_FULL).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = CapacityReport.class)))
    @APIResponse(responseCode = "400", description = "from or to is not a date, from is after to, or the range "
            + "covers more than 366 days (the error names the field)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No or an unknown admin key")
    public CapacityReport capacity(@Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        return capacity.report(range(from, to));
    }

    private ReportRange range(String from, String to) {
        return ReportRange.parse(from, to, config.storeTimeZone(),
                LocalDate.ofInstant(clock.instant(), config.storeTimeZone()));
    }
}
