package id.gamestore.provisioning.job;

import java.io.IOException;
import java.io.UncheckedIOException;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.PackageRef;

/** Reads the customer and package the job was created with. */
public final class JobEvents {
    private JobEvents() {
    }

    public static Customer customer(ProvisioningJob job) {
        return read(job.customerJson, Customer.class);
    }

    public static PackageRef pkg(ProvisioningJob job) {
        return read(job.packageJson, PackageRef.class);
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
