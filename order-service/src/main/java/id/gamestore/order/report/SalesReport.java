package id.gamestore.order.report;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.gamestore.support.report.ReportRange;

/**
 * {@code GET /api/admin/reports/sales}: the orders PLACED in the range (the cohort), what became of them and what
 * they and the renewals and package changes applied in the range brought in (IDR).
 */
public record SalesReport(ReportRange range, Totals totals, Revenue revenue, List<PackageSales> byPackage,
        List<DurationSales> byDuration, Customers customers, List<Day> daily) {

    /** The cohort by current status; {@code confirmed} counts every order the admin confirmed, whatever came after. */
    public record Totals(long orders, long confirmed, long completed, long failed, long cancelled, long pending) {
    }

    /**
     * @param orders the prices of the cohort's COMPLETED orders
     * @param renewals renewals APPLIED in the range
     * @param packageChanges package changes APPLIED in the range (only what the customer paid, never a credit)
     * @param total the three together
     */
    public record Revenue(long orders, long renewals, long packageChanges, long total) {
    }

    public record PackageSales(String packageCode, long orders, long completed, long revenue) {
    }

    public record DurationSales(int months, long orders, long completed, long revenue) {
    }

    /** Distinct customers of the cohort: returning when they had a COMPLETED order placed before the range. */
    public record Customers(@JsonProperty("new") long newCustomers, long returning) {
    }

    public record Day(LocalDate date, long orders, long completed, long revenue) {
    }
}
