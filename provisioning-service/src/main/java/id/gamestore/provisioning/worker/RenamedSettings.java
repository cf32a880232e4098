package id.gamestore.provisioning.worker;

import java.util.Optional;

import io.quarkus.runtime.configuration.ConfigurationException;

/** Settings that were renamed: set under the old name, start-up stops and says what to set instead. */
final class RenamedSettings {
    private RenamedSettings() {
    }

    /** @throws ConfigurationException when {@code PROVISIONING_QUEUE_SIZE} is set */
    static void refuseQueueSize(Optional<String> queueSize) {
        if (queueSize.filter(v -> !v.isBlank()).isPresent()) {
            throw new ConfigurationException("PROVISIONING_QUEUE_SIZE is no longer read: it set the number of worker "
                    + "threads, not a queue bound, and is now PROVISIONING_WORKERS. Set PROVISIONING_WORKERS="
                    + queueSize.get().trim() + " and remove PROVISIONING_QUEUE_SIZE.");
        }
    }
}
