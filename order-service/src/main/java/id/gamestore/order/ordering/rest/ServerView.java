package id.gamestore.order.ordering.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.gamestore.order.ordering.Order;

@Schema(name = "Server", description = "The provisioned server (present once the order is COMPLETED)")
public record ServerView(
        @Schema(description = "panel numeric id") Long id,
        @Schema(description = "panel short identifier, used by !server-status", example = "0b1c2d3e") String identifier,
        String name,
        @Schema(description = "ip:port to connect to", example = "10.0.0.5:25565") String address,
        String panelUrl,
        String panelUsername) {

    static ServerView of(Order order) {
        if (order.serverIdentifier == null) {
            return null;
        }
        return new ServerView(order.serverId, order.serverIdentifier, order.serverName, order.serverAddress,
                order.panelUrl, order.panelUsername);
    }
}
