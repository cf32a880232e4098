package id.gamestore.order.customer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises phone numbers to E.164. Which form means what, after spaces, dashes, dots and parentheses are dropped:
 * <ul>
 * <li>{@code +6281234567890}: E.164, any country;</li>
 * <li>{@code 6281234567890}, {@code 821012345678}: digits only are ALWAYS the country code and the number, as
 * WhatsApp gives a sender's id; never a national number missing its {@code 0} (that read once sent a Korean
 * customer's login to an Indonesian stranger);</li>
 * <li>{@code 081234567890}: a leading {@code 0} is a national number of the default region (Indonesia);</li>
 * <li>{@code 6281234567890@s.whatsapp.net}, {@code 6281234567890@c.us} (optionally with a {@code :device} part): a
 * WhatsApp JID, read as its digits. Group ({@code @g.us}) and linked-device ({@code @lid}) ids are not phone
 * numbers and are refused.</li>
 * </ul>
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    static final int MAX_INPUT = 32;
    private static final Pattern JID = Pattern.compile("([0-9]+)(?::[0-9]+)?@(s\\.whatsapp\\.net|c\\.us)");
    private static final Pattern NOT_A_PERSON = Pattern.compile("[0-9:\\-]+@(g\\.us|lid|broadcast)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");
    private static final String INVALID = "is not a valid phone number: give the country code (+62 812 3456 7890 or "
            + "6281234567890, as WhatsApp gives it) or an Indonesian number with its leading 0 (0812-3456-7890)";

    private final String defaultRegion;

    /** A number's E.164 form, or what is wrong with it (a phrase to follow the field name). */
    public record Parsed(String e164, String problem) {
        static Parsed ok(String e164) {
            return new Parsed(e164, null);
        }

        static Parsed refused(String problem) {
            return new Parsed(null, problem);
        }
    }

    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(this.defaultRegion)) {
            throw new IllegalArgumentException("DEFAULT_PHONE_REGION '" + defaultRegion + "' is not a region code");
        }
    }

    /** @return the E.164 form, empty when the input is not a valid phone number */
    public Optional<String> normalise(String raw) {
        return Optional.ofNullable(parse(raw).e164());
    }

    public Parsed parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.refused("is required");
        }
        if (raw.length() > MAX_INPUT) {
            return Parsed.refused("must be at most " + MAX_INPUT + " characters");
        }
        String trimmed = raw.trim();
        Matcher jid = JID.matcher(trimmed);
        if (jid.matches()) {
            return international(jid.group(1));
        }
        if (NOT_A_PERSON.matcher(trimmed).matches()) {
            return Parsed.refused("is a WhatsApp group, broadcast or linked-device id (@g.us, @broadcast, @lid), "
                    + "not a phone number: send the sender's number");
        }
        if (!trimmed.matches("\\+?[0-9()\\-. ]*")) {
            return Parsed.refused("may contain only digits, a leading +, spaces, dashes, dots and parentheses, or be "
                    + "a WhatsApp id <digits>@s.whatsapp.net / <digits>@c.us");
        }
        String compact = SEPARATORS.matcher(trimmed).replaceAll("");
        if (compact.startsWith("+")) {
            return international(compact.substring(1));
        }
        if (compact.startsWith("0")) {
            return valid(compact, defaultRegion);
        }
        return international(compact);
    }

    private Parsed international(String digits) {
        return digits.isEmpty() || digits.startsWith("0") ? Parsed.refused(INVALID) : valid("+" + digits, "ZZ");
    }

    private static Parsed valid(String number, String region) {
        try {
            PhoneNumber parsed = UTIL.parse(number, region);
            return UTIL.isValidNumber(parsed) ? Parsed.ok(UTIL.format(parsed, PhoneNumberFormat.E164))
                    : Parsed.refused(INVALID);
        } catch (NumberParseException e) {
            return Parsed.refused(INVALID);
        }
    }
}
