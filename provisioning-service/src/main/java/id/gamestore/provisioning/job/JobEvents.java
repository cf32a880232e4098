package id.gamestore.provisioning.job;

import java.io.IOException;
import java.io.UncheckedIOException;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.provisioning.mapping.PackageMapping;

/** Reads the customer and package the job was created with, and the server it produced, for its events. */
public final class JobEvents {
    private JobEvents() {
    }

    public static Customer customer(ProvisioningJob job) {
        return read(job.customerJson, Customer.class);
    }

    public static PackageRef pkg(ProvisioningJob job) {
        return read(job.packageJson, PackageRef.class);
    }

    /**
     * The job's server as {@code provisioning.completed} and {@code credentials.reset} describe it; the sizes are the
     * package's (what the server was created with). {@code pkg} null (the package left the mapping since) gives 0s.
     */
    public static ServerInfo server(ProvisioningJob job, PackageMapping pkg) {
        return new ServerInfo(job.serverId, job.serverUuid, job.serverIdentifier, job.serverName, job.serverIp,
                job.serverPort, pkg == null ? 0 : pkg.memory(), pkg == null ? 0 : pkg.cpu(),
                pkg == null ? 0 : pkg.disk());
    }

    static String write(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
