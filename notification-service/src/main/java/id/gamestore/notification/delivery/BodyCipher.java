package id.gamestore.notification.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.crypto.CredentialEnvelope;
import id.gamestore.notification.template.RenderedMessage;

/** Encrypts a rendered message for the database, bound to its delivery id (AES-256-GCM associated data). */
@ApplicationScoped
public class BodyCipher {
    /**
     * Leaves out absent values (a message without {@code emailValues} is stored as before it existed) and reads
     * bodies with values it does not know, so instances of two versions read each other's bodies.
     */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final CredentialCipher cipher;

    public BodyCipher(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    public String seal(UUID deliveryId, RenderedMessage message) {
        try {
            CredentialEnvelope envelope = cipher.seal(JSON.writeValueAsString(message), aad(deliveryId));
            return JSON.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RenderedMessage open(UUID deliveryId, String stored) {
        try {
            CredentialEnvelope envelope = JSON.readValue(stored, CredentialEnvelope.class);
            return JSON.readValue(cipher.open(envelope, aad(deliveryId)), RenderedMessage.class);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("stored body of delivery " + deliveryId + " unreadable"));
        }
    }

    static String aad(UUID deliveryId) {
        return "delivery:" + deliveryId;
    }
}
