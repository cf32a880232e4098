package id.gamestore.provisioning.reset;

import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ServerInfo;

/** What a reset needs from the order's completed job: whose password to change, and the server for the message. */
public record ResetTarget(long panelUserId, PackageRef pkg, ServerInfo server) {
}
