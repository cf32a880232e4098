package id.gamestore.sandbox.panel.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The panel's clock and its two timestamp formats. */
public final class PanelTime {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter RAW = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'.000000Z'");

    private PanelTime() {
    }

    /** Top-level timestamp: {@code 2024-05-07T22:13:13+00:00}. */
    public static String iso(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(ISO);
    }

    /** Raw model dump timestamp (variables): {@code 2024-05-07T22:13:13.000000Z}. */
    public static String raw(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(RAW);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    }
}
