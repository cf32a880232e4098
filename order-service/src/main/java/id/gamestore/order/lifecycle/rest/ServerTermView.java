package id.gamestore.order.lifecycle.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.ServiceState;

@Schema(name = "ServerTerm", description = "A provisioned server and its term, for the admin's lists")
public record ServerTermView(
        String orderId,
        String customerName,
        String customerPhone,
        String packageCode,
        String packageName,
        String serverIdentifier,
        String serverName,
        String serverAddress,
        ServiceState state,
        Instant expiresAt,
        Instant suspendedAt,
        Instant terminatesAt,
        Instant terminatedAt,
        @Schema(description = "the lifecycle action waiting for the panel's answer, if any") String pendingActionId) {

    public static ServerTermView of(Order o) {
        return new ServerTermView(o.id, o.customerName, o.customerPhone, o.packageCode, o.packageName,
                o.serverIdentifier, o.serverName, o.serverAddress, o.serviceState, o.expiresAt, o.suspendedAt,
                o.terminatesAt, o.terminatedAt, o.pendingActionId);
    }
}
