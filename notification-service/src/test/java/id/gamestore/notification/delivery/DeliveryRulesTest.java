package id.gamestore.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import id.gamestore.support.retry.Backoff;
import id.gamestore.notification.recipient.Phones;

class DeliveryRulesTest {

    @Test
    void backoffGrowsWithJitterAndStaysUnderTheCap() {
        for (int attempt = 1; attempt <= 12; attempt++) {
            Duration d = Backoff.delay(attempt, Duration.ofSeconds(2), Duration.ofMinutes(5));
            long ceiling = Math.min(2000L << (attempt - 1), 300_000);
            assertThat(d.toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void durationSettingsAcceptBareNumbersInTheirUnit() {
        assertThat(DurationSetting.parse("5", ChronoUnit.MINUTES)).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationSetting.parse("90s", ChronoUnit.MINUTES)).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationSetting.parse("7d", ChronoUnit.HOURS)).isEqualTo(Duration.ofDays(7));
        assertThat(DurationSetting.parse("PT2H", ChronoUnit.HOURS)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void phonesAreMaskedInLogs() {
        assertThat(Phones.mask("+6281234567890")).isEqualTo("+62812****890");
        assertThat(Phones.digits("+62 812-3456")).isEqualTo("628123456");
    }

    @Test
    void stateRanksOnlyMoveForward() {
        assertThat(DeliveryState.READ.rank()).isGreaterThan(DeliveryState.DELIVERED.rank());
        assertThat(DeliveryState.DELIVERED.rank()).isGreaterThan(DeliveryState.SENT.rank());
        assertThat(DeliveryState.SENT.rank()).isGreaterThan(DeliveryState.PENDING.rank());
    }
}
