package id.gamestore.order.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiKeysTest {
    final ApiKeys keys = new ApiKeys(new AuthConfig() {
        @Override
        public Optional<String> botKeys() {
            return Optional.of(" bot-a , bot-b,,");
        }

        @Override
        public Optional<String> adminKeys() {
            return Optional.of("admin-a");
        }
    });

    @Test
    void keysMapToTheirRoles() {
        assertThat(keys.roleOf("bot-a")).contains(Roles.BOT);
        assertThat(keys.roleOf("bot-b")).contains(Roles.BOT);
        assertThat(keys.roleOf("admin-a")).contains(Roles.ADMIN);
        assertThat(keys.roleOf("bot-c")).isEmpty();
        assertThat(keys.roleOf("")).isEmpty();
        assertThat(keys.roleOf(null)).isEmpty();
    }

    @Test
    void aKeyInBothListsIsAnAdminKey() {
        ApiKeys both = new ApiKeys(new AuthConfig() {
            @Override
            public Optional<String> botKeys() {
                return Optional.of("same");
            }

            @Override
            public Optional<String> adminKeys() {
                return Optional.of("same");
            }
        });
        assertThat(both.roleOf("same")).contains(Roles.ADMIN);
    }
}
