package id.gamestore.support.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final Instant AT = Instant.parse("2026-12-01T16:59:59.123456Z");

    @Test
    void everyFormADriverHandsBackIsTheSameInstant() {
        assertThat(Timestamps.instant(AT)).isEqualTo(AT);
        assertThat(Timestamps.instant(OffsetDateTime.ofInstant(AT, ZoneOffset.ofHours(7)))).isEqualTo(AT);
        assertThat(Timestamps.instant(Timestamp.from(AT))).isEqualTo(AT);
        assertThat(Timestamps.instant(null)).isNull();
    }

    @Test
    void anythingElseIsAnError() {
        assertThatThrownBy(() -> Timestamps.instant("2026-12-01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }
}
