package id.gamestore.support.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApiKeyRingTest {

    @Test
    void aKeyGrantsItsRoleAndNothingElseDoes() {
        ApiKeyRing ring = new ApiKeyRing().role("admin", List.of(" admin-a ", "", "  ")).role("bot", List.of("bot-a"));

        assertThat(ring.roleOf("admin-a")).contains("admin");
        assertThat(ring.roleOf(" bot-a\t")).contains("bot");
        assertThat(ring.roleOf("bot-b")).isEmpty();
        assertThat(ring.roleOf("admin-")).isEmpty();
        assertThat(ring.roleOf("")).isEmpty();
        assertThat(ring.roleOf("   ")).isEmpty();
        assertThat(ring.roleOf(null)).isEmpty();
    }

    @Test
    void aKeyUnderTwoRolesGrantsTheOneAddedFirst() {
        ApiKeyRing ring = new ApiKeyRing().role("admin", List.of("same")).role("bot", List.of("same"));

        assertThat(ring.roleOf("same")).contains("admin");
    }

    @Test
    void blankKeysGiveARoleNoKey() {
        ApiKeyRing ring = new ApiKeyRing().role("admin", List.of(" ", "")).role("bot", List.of("b"));

        assertThat(ring.hasKeysFor("admin")).isFalse();
        assertThat(ring.hasKeysFor("bot")).isTrue();
        assertThat(ring.roleOf(" ")).isEmpty();
    }

    @Test
    void theRingNeverPrintsItsKeys() {
        ApiKeyRing ring = new ApiKeyRing().role("admin", List.of("s3cret-admin-key"));

        assertThat(ring.toString()).doesNotContain("s3cret");
        assertThat(new ApiKeyAuthenticationRequest("s3cret-admin-key").toString()).doesNotContain("s3cret");
    }
}
