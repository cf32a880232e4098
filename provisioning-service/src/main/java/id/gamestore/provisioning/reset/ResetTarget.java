package id.gamestore.provisioning.reset;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ServerInfo;

/**
 * What a reset needs from the order's completed job: whose password to change, the server for the message, and the
 * customer the order was provisioned for: the only person the new password is ever sent to.
 */
public record ResetTarget(long panelUserId, PackageRef pkg, ServerInfo server, Customer customer) {
}
