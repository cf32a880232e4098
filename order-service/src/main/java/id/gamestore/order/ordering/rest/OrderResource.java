package id.gamestore.order.ordering.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.auth.Roles;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ApiException;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.ordering.CreateOrderRequest;
import id.gamestore.order.ordering.NewOrder;
import id.gamestore.order.ordering.OrderRequestValidator;
import id.gamestore.order.ordering.OrderService;

/** The bot's order endpoints. */
@RolesAllowed({ Roles.BOT, Roles.ADMIN })
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.BOT_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class OrderResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final java.util.regex.Pattern KEY_FORMAT = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final OrderService orders;
    private final OrderRequestValidator validator;

    OrderResource(OrderService orders, OrderRequestValidator validator) {
        this.orders = orders;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order (status PENDING)",
            description = "Normalises the phone number to E.164 (digits without + are country code and number, as "
                    + "WhatsApp gives them; only a leading 0 is an Indonesian national number) and finds or creates "
                    + "the customer. "
                    + "Send an Idempotency-Key to retry safely: the same key with the same body returns the first "
                    + "order with 200 (the first call answered 201); the same key with another body is 422 "
                    + "IDEMPOTENCY_KEY_REUSED. Bot or admin key.")
    @APIResponse(responseCode = "201", description = "order placed",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = "replay of an earlier call with the same Idempotency-Key",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "MALFORMED_JSON, INVALID_FIELD_TYPE, BODY_REQUIRED, "
            + "FIELD_REQUIRED, FIELD_TOO_LONG, INVALID_NAME, INVALID_PHONE, INVALID_EMAIL, INVALID_LOCALE, "
            + "UNKNOWN_PACKAGE, DURATION_NOT_OFFERED, INVALID_IDEMPOTENCY_KEY",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "UNAUTHORIZED: missing or unknown X-Api-Key")
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: body over 16 KiB")
    @APIResponse(responseCode = "415", description = "UNSUPPORTED_MEDIA_TYPE: not application/json")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "any printable ASCII up to 200 characters; unique per "
                    + "intended order") @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            CreateOrderRequest request) {
        NewOrder order = validator.validate(request);
        String key = idempotencyKey(idempotencyKey);
        OrderService.Placed placed = orders.place(order, key);
        return Response.status(placed.replayed() ? 200 : 201).entity(OrderView.of(placed.order())).build();
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "Get an order", description = "Ids are case-insensitive. Bot or admin key.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public OrderView get(@PathParam("orderId") String orderId) {
        return OrderView.of(orders.get(orderId));
    }

    private static String idempotencyKey(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String key = raw.trim();
        if (!KEY_FORMAT.matcher(key).matches()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_IDEMPOTENCY_KEY, IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1 to 200 printable ASCII characters without spaces");
        }
        return key;
    }
}
