package id.gamestore.provisioning.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import id.gamestore.contracts.events.EventJson;

/**
 * One additional allocation a job holds: the panel's allocation id, the address players use, and its purpose (the
 * egg variable the port was given to, or {@code extra}). Stored on the job as a JSON list.
 */
public record JobAllocation(long allocationId, String ip, int port, String purpose) {

    /** @return the list stored in {@code json}; empty for null or blank */
    static List<JobAllocation> readList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(EventJson.mapper().readValue(json, new TypeReference<List<JobAllocation>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("stored additional allocations are unreadable", e);
        }
    }

    /** @return the JSON to store; null for none */
    static String writeList(List<JobAllocation> allocations) {
        if (allocations == null || allocations.isEmpty()) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsString(allocations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
