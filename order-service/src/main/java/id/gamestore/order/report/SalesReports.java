package id.gamestore.order.report;

import static id.gamestore.support.database.Timestamps.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import id.gamestore.support.report.ReportRange;

/**
 * Computes the sales report from order-service's own tables: the cohort is {@code orders.created_at} in the range
 * (when the order was placed); renewals and package changes count when they were APPLIED ({@code order_change}
 * status APPLIED, {@code updated_at} in the range: the moment it was applied).
 */
@ApplicationScoped
public class SalesReports {
    private final EntityManager em;

    SalesReports(EntityManager em) {
        this.em = em;
    }

    /** One order of the cohort, as the report needs it. */
    record Placed(String customerId, String packageCode, int months, long price, String status, boolean confirmed,
            Instant createdAt) {
        boolean completed() {
            return "COMPLETED".equals(status);
        }

        long revenue() {
            return completed() ? price : 0;
        }
    }

    /** Reads in one transaction, so that every figure comes from the same moment. */
    @Transactional
    public SalesReport report(ReportRange range) {
        List<Placed> cohort = cohort(range);
        long completed = cohort.stream().filter(Placed::completed).count();
        SalesReport.Totals totals = new SalesReport.Totals(cohort.size(),
                cohort.stream().filter(Placed::confirmed).count(), completed, count(cohort, "FAILED"),
                count(cohort, "CANCELLED"), count(cohort, "PENDING"));
        long orderRevenue = cohort.stream().mapToLong(Placed::revenue).sum();
        long renewals = applied(range, "RENEWAL");
        long changes = applied(range, "PACKAGE_CHANGE");
        SalesReport.Revenue revenue = new SalesReport.Revenue(orderRevenue, renewals, changes,
                orderRevenue + renewals + changes);
        List<SalesReport.PackageSales> byPackage = group(cohort, Placed::packageCode).entrySet().stream()
                .map(e -> new SalesReport.PackageSales(e.getKey(), e.getValue().size(), completed(e.getValue()),
                        revenue(e.getValue())))
                .sorted(Comparator.comparingLong(SalesReport.PackageSales::orders).reversed()
                        .thenComparing(SalesReport.PackageSales::packageCode))
                .toList();
        List<SalesReport.DurationSales> byDuration = group(cohort, Placed::months).entrySet().stream()
                .map(e -> new SalesReport.DurationSales(e.getKey(), e.getValue().size(), completed(e.getValue()),
                        revenue(e.getValue())))
                .sorted(Comparator.comparingLong(SalesReport.DurationSales::orders).reversed()
                        .thenComparingInt(SalesReport.DurationSales::months))
                .toList();
        Map<LocalDate, List<Placed>> byDay = group(cohort, p -> range.dayOf(p.createdAt()));
        List<SalesReport.Day> daily = new ArrayList<>();
        for (LocalDate day : range.days()) {
            List<Placed> placed = byDay.getOrDefault(day, List.of());
            daily.add(new SalesReport.Day(day, placed.size(), completed(placed), revenue(placed)));
        }
        return new SalesReport(range, totals, revenue, byPackage, byDuration, customers(range, cohort), daily);
    }

    private List<Placed> cohort(ReportRange range) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select customer_id, package_code, duration_months, total_price, status, confirmed_at is not null,
                       created_at
                from orders where created_at >= :start and created_at < :end
                """).setParameter("start", range.start()).setParameter("end", range.end()).getResultList();
        return rows.stream().map(r -> new Placed((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).longValue(), (String) r[4], (Boolean) r[5], instant(r[6]))).toList();
    }

    /** The amounts of the changes of this kind applied in the range; a package change's credit counts as 0. */
    private long applied(ReportRange range, String kind) {
        Number sum = (Number) em.createNativeQuery("""
                select coalesce(sum(greatest(amount, 0)), 0) from order_change
                where kind = :kind and status = 'APPLIED' and updated_at >= :start and updated_at < :end
                """).setParameter("kind", kind).setParameter("start", range.start()).setParameter("end", range.end())
                .getSingleResult();
        return sum.longValue();
    }

    private SalesReport.Customers customers(ReportRange range, List<Placed> cohort) {
        long customers = cohort.stream().map(Placed::customerId).distinct().count();
        if (customers == 0) {
            return new SalesReport.Customers(0, 0);
        }
        // in SQL rather than "customer_id in (:ids)": a year's customers would outgrow the 32767 bind parameters
        Number back = (Number) em.createNativeQuery("""
                select count(distinct o.customer_id) from orders o
                where o.created_at >= :start and o.created_at < :end
                  and exists (select 1 from orders p where p.customer_id = o.customer_id and p.status = 'COMPLETED'
                              and p.created_at < :start)
                """).setParameter("start", range.start()).setParameter("end", range.end()).getSingleResult();
        return new SalesReport.Customers(customers - back.longValue(), back.longValue());
    }

    private static long count(List<Placed> cohort, String status) {
        return cohort.stream().filter(p -> status.equals(p.status())).count();
    }

    private static long completed(List<Placed> placed) {
        return placed.stream().filter(Placed::completed).count();
    }

    private static long revenue(List<Placed> placed) {
        return placed.stream().mapToLong(Placed::revenue).sum();
    }

    private static <K> Map<K, List<Placed>> group(List<Placed> cohort, Function<Placed, K> key) {
        return cohort.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
