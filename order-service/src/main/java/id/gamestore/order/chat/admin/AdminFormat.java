package id.gamestore.order.chat.admin;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How amounts, ages, times and sizes read in the admin's replies, per reply language ({@code id}, {@code en}). */
public final class AdminFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private AdminFormat() {
    }

    /** Rupiah with dots between thousands: {@code Rp150.000}. */
    public static String rupiah(long amount) {
        DecimalFormatSymbols dots = new DecimalFormatSymbols(Locale.ROOT);
        dots.setGroupingSeparator('.');
        return "Rp" + new DecimalFormat("#,##0", dots).format(amount);
    }

    /** How long ago, short: {@code 5 mnt}, {@code 3 jam}, {@code 2 hari} ({@code 5 min}, {@code 3 h}, {@code 2 d}). */
    static String age(Instant since, Instant now, String locale) {
        long minutes = Math.max(0, Duration.between(since, now).toMinutes());
        boolean en = "en".equals(locale);
        if (minutes < 60) {
            return minutes + (en ? " min" : " mnt");
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + (en ? " h" : " jam");
        }
        return minutes / (24 * 60) + (en ? " d" : " hari");
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** MiB as the panel counts them: {@code 512 MB}, {@code 4.5 GB}; -1 is unlimited. */
    static String size(long mib, String locale) {
        if (mib < 0) {
            return "en".equals(locale) ? "unlimited" : "tak terbatas";
        }
        if (mib < 1024) {
            return mib + " MB";
        }
        return String.format(Locale.ROOT, "%.1f GB", mib / 1024.0);
    }
}
