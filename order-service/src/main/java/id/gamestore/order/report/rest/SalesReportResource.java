package id.gamestore.order.report.rest;

import java.time.LocalDate;
import java.time.ZoneId;

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

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.auth.Roles;
import id.gamestore.order.lifecycle.LifecycleClock;
import id.gamestore.order.lifecycle.LifecycleConfig;
import id.gamestore.support.report.ReportRange;
import id.gamestore.order.report.SalesReport;
import id.gamestore.order.report.SalesReports;
import id.gamestore.support.rest.ApiError;

/** The sales report over a range of store days. Admin key only. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.ADMIN_TAG)
@Tag(name = OrderServiceApi.REPORTS_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class SalesReportResource {
    private final SalesReports sales;
    private final LifecycleClock clock;
    private final ZoneId zone;

    SalesReportResource(SalesReports sales, LifecycleClock clock, LifecycleConfig lifecycle) {
        this.sales = sales;
        this.clock = clock;
        this.zone = lifecycle.storeTimeZone();
    }

    @GET
    @Path("/sales")
    @Operation(summary = "Sales: orders placed in the range, what became of them, revenue",
            description = "The cohort is the orders PLACED (created) from `from` 00:00 to the end of `to`, store time "
                    + "(STORE_TIME_ZONE). totals: the cohort by current status (confirmed: every order an admin "
                    + "confirmed). revenue.orders: the prices of the cohort's COMPLETED orders; renewals and "
                    + "packageChanges: renewals and package changes APPLIED in the range (a package change's credit "
                    + "counts 0); total: the three. byPackage/byDuration: sorted by orders descending, then name. "
                    + "customers: distinct customers of the cohort, returning when they had a COMPLETED order placed "
                    + "before the range. daily: one entry per day, zero days included. Money in IDR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SalesReport.class)))
    @APIResponse(responseCode = "400", description = "INVALID_DATE (from or to not like 2026-12-01), INVALID_RANGE "
            + "(from after to, more than 366 days); field names which",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "UNAUTHORIZED: no or an unknown X-Api-Key",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: a bot key")
    public SalesReport sales(
            @Parameter(description = "First day, yyyy-MM-dd, store time zone, inclusive; default `to` minus 6 days",
                    example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, yyyy-MM-dd, store time zone, inclusive; default today",
                    example = "2026-12-07") @QueryParam("to") String to) {
        LocalDate today = clock.now().atZone(zone).toLocalDate();
        return sales.report(ReportRange.parse(from, to, zone, today));
    }
}
