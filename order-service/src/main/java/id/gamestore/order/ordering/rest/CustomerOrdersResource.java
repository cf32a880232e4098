package id.gamestore.order.ordering.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.auth.Roles;
import id.gamestore.order.customer.CustomerService;
import id.gamestore.order.ordering.OrderQueries;
import id.gamestore.order.ordering.OrderRequestValidator;

@RolesAllowed({ Roles.BOT, Roles.ADMIN })
@Path("/api/customers/{phone}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.BOT_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class CustomerOrdersResource {
    private static final int MAX_ORDERS = 50;

    private final OrderRequestValidator validator;
    private final CustomerService customers;
    private final OrderQueries queries;

    CustomerOrdersResource(OrderRequestValidator validator, CustomerService customers, OrderQueries queries) {
        this.validator = validator;
        this.customers = customers;
        this.queries = queries;
    }

    @GET
    @Operation(summary = "List a customer's orders",
            description = "The phone in any form (URL-encoded), e.g. %2B6281234567890 or 081234567890. The newest "
                    + MAX_ORDERS + " orders. Bot or admin key.")
    @APIResponse(responseCode = "200", description = "the orders; empty when the number never ordered")
    @APIResponse(responseCode = "400", description = "INVALID_PHONE")
    public CustomerOrdersView list(@PathParam("phone") String phone) {
        String e164 = validator.phone(phone);
        String customerId = customers.byPhone(e164).map(c -> c.id).orElse(null);
        List<OrderView> orders = customerId == null ? List.of()
                : queries.ofCustomer(customerId, MAX_ORDERS).stream().map(OrderView::of).toList();
        return new CustomerOrdersView(e164, customerId, orders);
    }
}
