package id.gamestore.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Looks for any test password (they all start with {@link TestEvents#PASSWORD_MARK}) in the log file and tables. */
public final class LeakScan {
    public static final Path LOG = Path.of("target/notification-test.log");
    private static final List<String> TABLES = List.of("delivery", "delivery_attempt", "processed_event",
            "conversation_window", "chat_command");

    private LeakScan() {
    }

    public static void assertLogClean() throws IOException {
        assertThat(LOG).exists();
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("the log file is written").contains("delivery");
        assertThat(log).as("no password in the log").doesNotContain(TestEvents.PASSWORD_MARK);
    }

    /** @return rows scanned */
    public static long assertDatabaseClean(EntityManager em) {
        long rows = 0;
        for (String table : TABLES) {
            List<?> texts = QuarkusTransaction.requiringNew().call(() -> em
                    .createNativeQuery("select t::text from " + table + " t").getResultList());
            rows += texts.size();
            assertThat(texts).as("no password in table " + table)
                    .noneMatch(t -> String.valueOf(t).contains(TestEvents.PASSWORD_MARK));
        }
        return rows;
    }
}
