package id.gamestore.provisioning.worker;

import java.util.Optional;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Settings that were renamed: set under the old name, start-up stops (before the broker, consumers or workers start)
 * and says what to set instead. Quarkus prints a {@link ConfigurationException}'s message alone, without a trace.
 */
@Startup(Interceptor.Priority.PLATFORM_BEFORE)
@Singleton
public class RenamedSettings {

    RenamedSettings(WorkerConfig workers) {
        refuseQueueSize(workers.renamedQueueSize());
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
