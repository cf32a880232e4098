package id.gamestore.order.api;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's OpenAPI description: authentication, tags and the error model. */
@OpenAPIDefinition(
        info = @Info(title = "order-service API", version = "1.0", description = """
                Orders from the store's WhatsApp bot and their confirmation by admins; password resets (resend \
                login) of provisioned orders.

                **Authentication**: every /api endpoint needs the header `X-Api-Key`. Bot keys reach the bot \
                endpoints; admin keys reach everything. A missing or unknown key is 401 `UNAUTHORIZED`; a bot key \
                on an admin endpoint is 403 `FORBIDDEN`.

                **Errors**: every 4xx/5xx body is `{"code":"STABLE_CODE","message":"...","field":"phone"}` \
                (`field` only when one field is at fault). Codes: UNAUTHORIZED, FORBIDDEN, MALFORMED_JSON, \
                INVALID_FIELD_TYPE, BODY_REQUIRED, FIELD_REQUIRED, FIELD_TOO_LONG, INVALID_NAME, INVALID_TEXT, \
                INVALID_PHONE, INVALID_EMAIL, INVALID_LOCALE, INVALID_IDEMPOTENCY_KEY, UNKNOWN_PACKAGE, \
                DURATION_NOT_OFFERED, INVALID_STATUS, INVALID_PAGING, INVALID_DATE, INVALID_RANGE, IDEMPOTENCY_KEY_REUSED (422), \
                ORDER_NOT_FOUND (404), PASSWORD_RESET_NOT_FOUND (404), ILLEGAL_TRANSITION (409), \
                ORDER_NOT_COMPLETED (409), MESSAGE_ID_REUSED (409), \
                MESSAGE_IN_PROGRESS (409), NOT_FOUND, METHOD_NOT_ALLOWED, \
                UNSUPPORTED_MEDIA_TYPE (415), PAYLOAD_TOO_LARGE (413, bodies over 16 KiB), INTERNAL_ERROR (500).

                **Order statuses**: PENDING -> CONFIRMED -> PROVISIONING -> COMPLETED | FAILED; PENDING -> CANCELLED.
                """),
        tags = {
                @Tag(name = OrderServiceApi.BOT_TAG, description = "Endpoints for the WhatsApp bot (bot or admin key)"),
                @Tag(name = OrderServiceApi.ADMIN_TAG, description = "Endpoints for store admins (admin key)"),
                @Tag(name = OrderServiceApi.REPORTS_TAG, description = "Reports over a range of store days (admin key)") })
@SecurityScheme(securitySchemeName = OrderServiceApi.API_KEY, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = "X-Api-Key",
        description = "A bot key (ORDER_BOT_API_KEYS) or an admin key (ORDER_ADMIN_API_KEYS)")
public class OrderServiceApi extends Application {
    public static final String API_KEY = "apiKey";
    public static final String BOT_TAG = "bot";
    public static final String ADMIN_TAG = "admin";
    public static final String REPORTS_TAG = "reports";
}
