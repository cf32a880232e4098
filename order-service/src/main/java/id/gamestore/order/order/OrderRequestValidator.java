package id.gamestore.order.order;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.catalog.GamePackage;
import id.gamestore.order.catalog.PackageCatalog;
import id.gamestore.order.common.TextRules;
import id.gamestore.order.customer.CustomerConfig;
import id.gamestore.order.customer.PhoneNumbers;
import id.gamestore.support.rest.ApiException;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.order.rest.CreateOrderRequest;

/** Checks a create-order request field by field, in the order of the body, and normalises it. */
@ApplicationScoped
public class OrderRequestValidator {
    private static final Set<String> LOCALES = Set.of("id", "en");

    private final PackageCatalog catalog;
    private final PhoneNumbers phones;
    private final String defaultLocale;

    OrderRequestValidator(PackageCatalog catalog, CustomerConfig config) {
        this.catalog = catalog;
        this.phones = new PhoneNumbers(config.defaultRegion());
        this.defaultLocale = config.defaultLocale();
    }

    public NewOrder validate(CreateOrderRequest request) {
        if (request == null) {
            throw ApiException.badRequest(ErrorCodes.BODY_REQUIRED, null, "a JSON body is required");
        }
        String phone = phone(request.phone());
        String name = TextRules.name("customerName", request.customerName(), 100);
        String email = TextRules.optionalEmail("email", request.email());
        GamePackage pkg = catalog.find(TextRules.required("packageCode", request.packageCode()).trim())
                .orElseThrow(() -> ApiException.badRequest(ErrorCodes.UNKNOWN_PACKAGE, "packageCode",
                        "packageCode '" + shorten(request.packageCode()) + "' is not in the catalog (GET /api/packages)"));
        if (request.durationMonths() == null) {
            throw ApiException.required("durationMonths");
        }
        if (!pkg.offers(request.durationMonths())) {
            throw ApiException.badRequest(ErrorCodes.DURATION_NOT_OFFERED, "durationMonths",
                    "durationMonths " + request.durationMonths() + " is not offered for " + pkg.code()
                            + "; choose one of " + pkg.durations());
        }
        return new NewOrder(phone, name, email, pkg, request.durationMonths(), locale(request.locale()));
    }

    /**
     * The one place a phone number from a client becomes E.164 (new orders, a customer's orders, the password-reset
     * check); see {@link PhoneNumbers} for the forms.
     *
     * @return the E.164 form of a phone number given by a client, or a 400 naming {@code phone}
     */
    public String phone(String raw) {
        TextRules.required("phone", raw);
        PhoneNumbers.Parsed parsed = phones.parse(raw);
        if (parsed.e164() == null) {
            throw ApiException.badRequest(ErrorCodes.INVALID_PHONE, "phone", "phone " + parsed.problem());
        }
        return parsed.e164();
    }

    private String locale(String raw) {
        if (raw == null || raw.isBlank()) {
            return defaultLocale;
        }
        String locale = raw.trim().toLowerCase(Locale.ROOT);
        if (!LOCALES.contains(locale)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_LOCALE, "locale", "locale must be 'id' or 'en'");
        }
        return locale;
    }

    private static String shorten(String value) {
        String v = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }
}
