package id.gamestore.order.customer;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises phone numbers to E.164. {@code 0812-3456-7890}, {@code +62 812 3456 7890} and {@code 6281234567890}
 * are the same Indonesian number: a national number, an international one, and an international one without the
 * plus sign, as WhatsApp gives it.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_INPUT = 32;

    private final String defaultRegion;

    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(java.util.Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(this.defaultRegion)) {
            throw new IllegalArgumentException("DEFAULT_PHONE_REGION '" + defaultRegion + "' is not a region code");
        }
    }

    /** @return the E.164 form, empty when the input is not a valid phone number */
    public Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT || !raw.matches("[0-9+()\\-. ]+")) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        Optional<String> asGiven = parse(trimmed, defaultRegion);
        if (asGiven.isPresent() || trimmed.startsWith("+") || trimmed.startsWith("0")) {
            return asGiven;
        }
        return parse("+" + trimmed, defaultRegion);
    }

    private static Optional<String> parse(String number, String region) {
        try {
            PhoneNumber parsed = UTIL.parse(number, region);
            return UTIL.isValidNumber(parsed) ? Optional.of(UTIL.format(parsed, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
