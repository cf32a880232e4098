package id.gamestore.provisioning.notification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** notification-service's answer to "did the message that carried this order's (or reset's) password arrive?". */
@Path("/api/admin/orders")
public interface LoginDeliveryApi {

    record LoginDelivery(String orderId, String requestId, String state) {
    }

    @GET
    @Path("/{orderId}/login-delivery")
    @Produces(MediaType.APPLICATION_JSON)
    LoginDelivery loginDelivery(@HeaderParam("X-Api-Key") String apiKey, @PathParam("orderId") String orderId,
            @QueryParam("requestId") String requestId);
}
