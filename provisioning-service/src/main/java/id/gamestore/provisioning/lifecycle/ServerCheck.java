package id.gamestore.provisioning.lifecycle;

import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.pterodactyl.ServerBuild;

/** What every action checks on the server before it changes it: that it is the order's server. */
final class ServerCheck {
    private ServerCheck() {
    }

    /**
     * @return null when the panel's server carries the order's external id (this product created it for the order),
     *         else why the action must not touch it: a lifecycle action never suspends, deletes or resizes a server
     *         that is not the order's, whatever server id the request names
     */
    static String notTheOrders(ServerBuild server, String orderId) {
        String expected = ProvisioningJob.serverExternalId(orderId);
        if (expected.equals(server.externalId())) {
            return null;
        }
        return "server " + server.id() + " is not the server of order " + orderId + " (its external id is "
                + server.externalId() + ", expected " + expected + "); nothing was done";
    }
}
