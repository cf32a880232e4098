package id.gamestore.provisioning.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.report.Exhaustion.Resource;

/** The day a node is full at the last fortnight's rate. */
class ExhaustionTest {
    @Test
    void aNodeIsFullWhenItsFirstResourceRunsOutAtTheLastFortnightsRate() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        // memory: 8192 free, 6144 taken in 14 days -> ceil(8192 * 14 / 6144) = ceil(18.67) = 19 days
        // disk: 102400 free, 30720 taken -> ceil(46.67) = 47; allocations: 50 free, 4 taken -> 175
        Exhaustion.Outcome full = Exhaustion.of(today, List.of(new Resource("memory", 8192, 6144),
                new Resource("disk", 102400, 30720), new Resource("allocations", 50, 4)));
        assertThat(full).isEqualTo(new Exhaustion.Outcome("memory", 19, LocalDate.of(2026, 12, 26)));
        // exact, not from the rounded 292.57 MiB a day: 10240 / (4096 / 14) = 35 days
        assertThat(new Resource("memory", 10240, 4096).daysLeft()).isEqualTo(35);
        // disk runs out first
        assertThat(Exhaustion.of(today, List.of(new Resource("memory", 8192, 100), new Resource("disk", 100, 100),
                new Resource("allocations", 50, 1)))).isEqualTo(new Exhaustion.Outcome("disk", 14,
                        LocalDate.of(2026, 12, 21)));
        // already full: today
        assertThat(Exhaustion.of(today, List.of(new Resource("memory", 0, 2048))).fullOn()).isEqualTo(today);
        // nothing grows, or unlimited: never
        assertThat(Exhaustion.of(today, List.of(new Resource("memory", 8192, 0),
                new Resource("disk", Long.MAX_VALUE, 500)))).isNull();
        // a tie goes to the first listed
        assertThat(Exhaustion.of(today, List.of(new Resource("memory", 14, 14), new Resource("disk", 14, 14)))
                .limitedBy()).isEqualTo("memory");
    }

}
