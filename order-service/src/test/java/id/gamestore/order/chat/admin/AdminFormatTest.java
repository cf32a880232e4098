package id.gamestore.order.chat.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AdminFormatTest {
    @Test
    void rupiahHasDotsBetweenThousandsAndNoDecimals() {
        assertThat(AdminFormat.rupiah(150_000)).isEqualTo("Rp150.000");
        assertThat(AdminFormat.rupiah(1_250_000)).isEqualTo("Rp1.250.000");
        assertThat(AdminFormat.rupiah(500)).isEqualTo("Rp500");
    }

    @Test
    void agesAreShortInEachLanguage() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        assertThat(AdminFormat.age(now.minusSeconds(5 * 60), now, "id")).isEqualTo("5 mnt");
        assertThat(AdminFormat.age(now.minusSeconds(3 * 3600), now, "en")).isEqualTo("3 h");
        assertThat(AdminFormat.age(now.minusSeconds(3 * 86_400), now, "id")).isEqualTo("3 hari");
    }

    @Test
    void sizesAreMegabytesOrGigabytesAndMinusOneIsUnlimited() {
        assertThat(AdminFormat.size(512, "en")).isEqualTo("512 MB");
        assertThat(AdminFormat.size(4608, "en")).isEqualTo("4.5 GB");
        assertThat(AdminFormat.size(-1, "id")).isEqualTo("tak terbatas");
    }

    @Test
    void orderIdsAreAcceptedInAnyCaseAndNothingElse() {
        assertThat(OrderArgument.parse(" ord-7kq2m9xd ")).contains("ORD-7KQ2M9XD");
        assertThat(OrderArgument.parse("ORD-7KQ2M9XO")).isEmpty();
        assertThat(OrderArgument.parse(null)).isEmpty();
    }
}
