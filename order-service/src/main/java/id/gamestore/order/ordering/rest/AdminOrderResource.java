package id.gamestore.order.ordering.rest;

import java.util.Arrays;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.auth.Roles;
import id.gamestore.order.validation.TextRules;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ApiException;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderConfirmation;
import id.gamestore.order.ordering.OrderQueries;
import id.gamestore.order.ordering.OrderService;
import id.gamestore.order.ordering.OrderStatus;
import id.gamestore.order.ordering.TimelineEntry;

/** The admin's order endpoints. Admin key only. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.ADMIN_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class AdminOrderResource {
    private static final int MAX_PAGE_SIZE = 100;

    private final OrderService orders;
    private final OrderConfirmation confirmation;
    private final OrderQueries queries;

    AdminOrderResource(OrderService orders, OrderConfirmation confirmation, OrderQueries queries) {
        this.orders = orders;
        this.confirmation = confirmation;
        this.queries = queries;
    }

    @POST
    @Path("/{orderId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a PENDING order",
            description = "Marks it CONFIRMED and publishes order.confirmed (through the outbox) so provisioning "
                    + "starts. Confirming an order that is already CONFIRMED or PROVISIONING returns it unchanged "
                    + "and publishes nothing; any other status is 409 ILLEGAL_TRANSITION. A package "
                    + "provisioning-service says it cannot build now (not in its resource mapping, no room on any "
                    + "node, ...) is 409 PACKAGE_NOT_BUILDABLE naming the package and why; the order stays PENDING.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "BODY_REQUIRED, FIELD_REQUIRED, INVALID_NAME (confirmedBy)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: a bot key")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION, PACKAGE_NOT_BUILDABLE",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public OrderView confirm(@PathParam("orderId") String orderId, ConfirmRequest request) {
        if (request == null) {
            throw ApiException.badRequest(ErrorCodes.BODY_REQUIRED, "confirmedBy", "a JSON body with confirmedBy "
                    + "is required");
        }
        String by = TextRules.actor("confirmedBy", request.confirmedBy());
        return OrderView.of(confirmation.confirm(orderId, by));
    }

    @POST
    @Path("/{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a PENDING order",
            description = "Cancelling a CANCELLED order returns it unchanged; any other status is 409 "
                    + "ILLEGAL_TRANSITION.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "BODY_REQUIRED, FIELD_REQUIRED, INVALID_TEXT (reason)")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public OrderView cancel(@PathParam("orderId") String orderId, CancelRequest request) {
        if (request == null) {
            throw ApiException.badRequest(ErrorCodes.BODY_REQUIRED, "reason", "a JSON body with reason is required");
        }
        String reason = TextRules.freeText("reason", request.reason(), 500);
        return OrderView.of(orders.cancel(orderId, reason));
    }

    @GET
    @Operation(summary = "List orders, newest first", description = "Filter by status; page from 0; size 1 to "
            + MAX_PAGE_SIZE + ".")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderPage.class)))
    @APIResponse(responseCode = "400", description = "INVALID_STATUS, INVALID_PAGING")
    public OrderPage list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        int pageNo = number("page", page, 0, 1_000_000);
        int pageSize = number("size", size, 1, MAX_PAGE_SIZE);
        Optional<OrderStatus> only = status == null || status.isBlank() ? Optional.empty()
                : Optional.of(OrderStatus.parse(status.trim())
                        .orElseThrow(() -> ApiException.badRequest(ErrorCodes.INVALID_STATUS, "status",
                                "status must be one of " + Arrays.toString(OrderStatus.values()))));
        OrderQueries.Page found = queries.page(only, pageNo, pageSize);
        return new OrderPage(pageNo, pageSize, found.total(), found.items().stream().map(OrderView::of).toList());
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "An order with its timeline",
            description = "Status changes and provisioning steps in order; server details once COMPLETED; the "
                    + "failure reason and admin detail once FAILED. Never a password.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderDetailView.class)))
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    public OrderDetailView detail(@PathParam("orderId") String orderId) {
        Order order = orders.get(orderId);
        return OrderDetailView.of(order, TimelineEntry.of(order.id));
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest(ErrorCodes.INVALID_PAGING, field,
                field + " must be a whole number from " + min + " to " + max);
    }
}
