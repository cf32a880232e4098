package id.gamestore.notification.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChatSettingsCheckTest {

    @Test
    void chatCommandsOnWithoutOrderServiceStopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> new ChatSettingsCheck(config(true, null, "key")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHAT_ORDER_URL")
                .hasMessageNotContaining("CHAT_ORDER_API_KEY");
        assertThatThrownBy(() -> new ChatSettingsCheck(config(true, "http://127.0.0.1:8081", " ")))
                .hasMessageContaining("CHAT_ORDER_API_KEY").hasMessageNotContaining("key=");
        assertThat(ChatSettingsCheck.missing(config(true, null, null)))
                .containsExactly("CHAT_ORDER_URL", "CHAT_ORDER_API_KEY");
        assertThat(ChatSettingsCheck.missing(config(false, null, null))).isEmpty();
        assertThat(ChatSettingsCheck.missing(config(true, "http://127.0.0.1:8081", "key"))).isEmpty();
    }

    private static ChatConfig config(boolean enabled, String url, String key) {
        return new ChatConfig() {
            public boolean enabled() {
                return enabled;
            }

            public Optional<String> orderUrl() {
                return Optional.ofNullable(url);
            }

            public Optional<String> orderApiKey() {
                return Optional.ofNullable(key);
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            public Duration readTimeout() {
                return Duration.ofSeconds(1);
            }

            public Duration giveUpAfter() {
                return Duration.ofMinutes(1);
            }

            public Duration backoffBase() {
                return Duration.ofSeconds(1);
            }

            public Duration backoffMax() {
                return Duration.ofSeconds(1);
            }

            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            public Duration lease() {
                return Duration.ofSeconds(1);
            }

            public int concurrency() {
                return 1;
            }
        };
    }
}
