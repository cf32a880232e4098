package id.gamestore.notification.recipient;

/** Phone number helpers: digits for gateways and wa.me links, a masked form for logs. */
public final class Phones {
    private Phones() {
    }

    /** Only the digits: {@code +62 812-3456} becomes {@code 628123456}. */
    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    /** E.164 with the leading plus. */
    public static String e164(String phone) {
        String digits = digits(phone);
        return digits.isEmpty() ? "" : "+" + digits;
    }

    /** {@code +62812****890}: enough to tell recipients apart in a log, not enough to message them. */
    public static String mask(String phone) {
        String digits = digits(phone);
        if (digits.length() < 7) {
            return "****";
        }
        return "+" + digits.substring(0, 5) + "****" + digits.substring(digits.length() - 3);
    }
}
