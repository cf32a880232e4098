package id.gamestore.order.chat.customer;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a WhatsApp reader expects them: {@code Rp50.000}, {@code 1,5 GB} (id) or {@code 1.5 GB} (en). */
final class Formats {
    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024L * MIB;

    private Formats() {
    }

    /** Rupiah with dots between thousands, whatever the reply's language: {@code Rp150.000}. */
    static String rupiah(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return "Rp" + new DecimalFormat("#,##0", symbols).format(amount);
    }

    /** Up to one decimal, with the language's decimal mark: {@code 1,5} (id), {@code 1.5} (en). */
    static String decimal(double value, String locale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator("en".equals(locale) ? '.' : ',');
        symbols.setGroupingSeparator("en".equals(locale) ? ',' : '.');
        return new DecimalFormat("#,##0.#", symbols).format(value);
    }

    /** Bytes as MB below a GiB, else GB. */
    static String bytes(long bytes, String locale) {
        return bytes < GIB ? decimal((double) bytes / MIB, locale) + " MB"
                : decimal((double) bytes / GIB, locale) + " GB";
    }

    /** MiB (as the catalog gives memory and disk) as MB below a GiB, else GB. */
    static String mebibytes(long mib, String locale) {
        return bytes(mib * MIB, locale);
    }

    /** CPU percent of one core as cores: 100 -> 1, 150 -> 1,5. */
    static String cores(int percent, String locale) {
        return decimal(percent / 100.0, locale);
    }
}
