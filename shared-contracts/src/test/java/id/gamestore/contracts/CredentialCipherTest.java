package id.gamestore.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.crypto.CredentialCipher.EnvelopeException;
import id.gamestore.contracts.crypto.CredentialEnvelope;

class CredentialCipherTest {
    final String key = CredentialCipher.generateKey();
    final CredentialCipher cipher = CredentialCipher.single("k1", key);

    @Test
    void sealThenOpenGivesThePlaintextBack() {
        CredentialEnvelope env = cipher.seal("Pa55-wörd", "ORD-1");
        assertThat(env.alg()).isEqualTo("AES-256-GCM");
        assertThat(env.keyId()).isEqualTo("k1");
        assertThat(env.ciphertext()).doesNotContain("Pa55");
        assertThat(cipher.open(env, "ORD-1")).isEqualTo("Pa55-wörd");
    }

    @Test
    void everySealUsesAFreshNonce() {
        assertThat(cipher.seal("x", "a").nonce()).isNotEqualTo(cipher.seal("x", "a").nonce());
    }

    @Test
    void tamperedCiphertextIsRejected() {
        CredentialEnvelope env = cipher.seal("secret", "ORD-1");
        byte[] ct = Base64.getDecoder().decode(env.ciphertext());
        ct[0] ^= 1;
        CredentialEnvelope bad = new CredentialEnvelope(env.alg(), env.keyId(), env.nonce(),
                Base64.getEncoder().encodeToString(ct));
        assertThatThrownBy(() -> cipher.open(bad, "ORD-1")).isInstanceOf(EnvelopeException.class)
                .hasMessageContaining("tampered");
    }

    @Test
    void envelopeForAnotherOrderDoesNotOpen() {
        CredentialEnvelope env = cipher.seal("secret", "ORD-1");
        assertThatThrownBy(() -> cipher.open(env, "ORD-2")).isInstanceOf(EnvelopeException.class);
    }

    @Test
    void wrongKeyOrUnknownKeyIdIsRejected() {
        CredentialEnvelope env = cipher.seal("secret", "ORD-1");
        CredentialCipher other = CredentialCipher.single("k1", CredentialCipher.generateKey());
        assertThatThrownBy(() -> other.open(env, "ORD-1")).isInstanceOf(EnvelopeException.class);
        CredentialCipher k2 = CredentialCipher.single("k2", key);
        assertThatThrownBy(() -> k2.open(env, "ORD-1")).hasMessageContaining("unknown key id");
    }

    @Test
    void rotatedKeysStillOpenOldEnvelopes() {
        CredentialEnvelope old = cipher.seal("secret", "ORD-1");
        CredentialCipher rotated = new CredentialCipher("k2", Map.of("k1", key, "k2", CredentialCipher.generateKey()));
        assertThat(rotated.open(old, "ORD-1")).isEqualTo("secret");
        assertThat(rotated.seal("x", "y").keyId()).isEqualTo("k2");
    }

    @Test
    void oldKeysFromTheSharedVariableOpenButNeverSeal() {
        CredentialEnvelope old = cipher.seal("secret", "ORD-1");
        String other = CredentialCipher.generateKey();
        CredentialCipher rotated = CredentialCipher.withOldKeys("2026-12", CredentialCipher.generateKey(),
                " k0:" + other + " , k1:" + key);
        assertThat(rotated.open(old, "ORD-1")).isEqualTo("secret");
        assertThat(rotated.seal("x", "y").keyId()).isEqualTo("2026-12");
        assertThat(CredentialCipher.withOldKeys("k1", key, "").open(old, "ORD-1")).isEqualTo("secret");
        assertThat(CredentialCipher.withOldKeys("k1", key, null).currentKeyId()).isEqualTo("k1");
    }

    @Test
    void malformedOldKeysNameTheVariableAndTheEntryButNoKey() {
        assertThatThrownBy(() -> CredentialCipher.withOldKeys("k2", key, "k1:" + key + "," + key))
                .hasMessageContaining("CREDENTIALS_OLD_KEYS").hasMessageContaining("entry 2")
                .hasMessageNotContaining(key);
        assertThatThrownBy(() -> CredentialCipher.withOldKeys("k2", key, "k2:" + key))
                .hasMessageContaining("current key id");
        assertThatThrownBy(() -> CredentialCipher.withOldKeys("k2", key, "k1:c2hvcnQ="))
                .hasMessageContaining("'k1'").hasMessageContaining("32 bytes");
    }

    @Test
    void badKeysAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> CredentialCipher.single("k", "c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CredentialCipher.single("k", "%%%")).hasMessageContaining("base64");
    }
}
