package id.gamestore.sandbox.whatsapp.store;

import java.util.regex.Pattern;

/** Recipient number rules: what the Cloud API accepts, and which Indonesian numbers can be on WhatsApp. */
public final class Phones {
    /** Digits with the country code, optional leading '+': what the Cloud API takes in {@code to}. */
    private static final Pattern CLOUD_RECIPIENT = Pattern.compile("^\\+?[1-9]\\d{6,14}$");
    /** Indonesian mobile numbers (libphonenumber metadata): 62 8[1-35-9] and 7 to 10 more digits. */
    private static final Pattern ID_MOBILE = Pattern.compile("^628[1-35-9]\\d{7,10}$");

    private Phones() {
    }

    public static String digits(String phone) {
        if (phone == null) {
            return "";
        }
        int at = phone.indexOf('@');
        String head = at < 0 ? phone : phone.substring(0, at);
        return head.replaceAll("\\D", "");
    }

    public static boolean validCloudRecipient(String to) {
        return to != null && CLOUD_RECIPIENT.matcher(to).matches();
    }

    /**
     * Whether a number can be on WhatsApp at all. Indonesian numbers must be mobile numbers: a kept trunk zero
     * ({@code 620812...}) or a doubled country code ({@code 6262812...}) is accepted by the API but never
     * delivered (131026), as the real service does with numbers that are not on WhatsApp.
     */
    public static boolean canBeOnWhatsApp(String digits) {
        return !digits.startsWith("62") || ID_MOBILE.matcher(digits).matches();
    }
}
