package id.gamestore.order.operations.client;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * notification-service's delivery admin API (header {@code X-Api-Key}, one of its admin keys): an order's deliveries
 * and the resend of one.
 */
@Path("/api/admin/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationAdminApi {

    /** The part of notification's {@code DeliveryView} the chat needs (never a body: the service sends none). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delivery(String id, String orderId, String kind, String recipient, String state, Instant eventOccurredAt,
            Instant createdAt, Instant sentAt, boolean bodyStored) {
    }

    /** 200 the order's deliveries, oldest first (empty when none). */
    @GET
    List<Delivery> forOrder(@HeaderParam("X-Api-Key") String apiKey, @QueryParam("orderId") String orderId);

    /** 202 the delivery, queued again; 404 {@code DELIVERY_NOT_FOUND}; 409 {@code ALREADY_PENDING}, {@code BODY_PURGED}. */
    @POST
    @Path("/{id}/resend")
    Delivery resend(@HeaderParam("X-Api-Key") String apiKey, @PathParam("id") String id);
}
