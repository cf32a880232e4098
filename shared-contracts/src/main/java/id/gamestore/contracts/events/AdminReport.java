package id.gamestore.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The admin's scheduled report (on the {@code orders} exchange, from order-service, which gathers the figures from
 * the three services and renders the text exactly as {@code !report} answers it; notification-service delivers it to
 * the admin's WhatsApp once per {@code eventId}). The text holds figures, order ids and reasons, never a secret.
 *
 * Its {@code orderId} names the period, e.g. {@code REPORT-DAILY-2026-12-06} or {@code REPORT-WEEKLY-2026-11-30}: one
 * report per period.
 *
 * @param period   DAILY (yesterday) or WEEKLY (Monday to Sunday of the week before)
 * @param from     first day of the period (store time zone), inclusive
 * @param to       last day of the period (store time zone), inclusive
 * @param timeZone the store's time zone (IANA)
 * @param language the language the text is written in ({@code id} or {@code en})
 * @param text     the report as the admin reads it
 */
public record AdminReport(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        Period period,
        LocalDate from,
        LocalDate to,
        String timeZone,
        String language,
        String text) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public enum Period {
        DAILY,
        WEEKLY
    }

    /** The {@code orderId} (and correlation id) of the report of one period. */
    public static String periodId(Period period, LocalDate from) {
        return "REPORT-" + period.name() + "-" + from;
    }

    public static AdminReport of(Period period, LocalDate from, LocalDate to, String timeZone, String language,
            String text) {
        String id = periodId(period, from);
        return new AdminReport(UUID.randomUUID(), EventTypes.ADMIN_REPORT, SCHEMA_VERSION, Instant.now(), id,
                id.toLowerCase(java.util.Locale.ROOT), period, from, to, timeZone, language, text);
    }
}
