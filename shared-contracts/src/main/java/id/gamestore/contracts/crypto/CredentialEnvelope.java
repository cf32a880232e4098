package id.gamestore.contracts.crypto;

/**
 * A secret encrypted with AES-256-GCM for travel over the broker and rest in a database. Everything is base64.
 *
 * @param alg        always {@code AES-256-GCM}
 * @param keyId      which configured key sealed it (lets keys rotate)
 * @param nonce      the 96-bit GCM nonce, unique per envelope
 * @param ciphertext the ciphertext with the 128-bit tag appended
 */
public record CredentialEnvelope(String alg, String keyId, String nonce, String ciphertext) {
    public static final String ALG = "AES-256-GCM";

    /** Never prints the ciphertext, so an envelope in a log line gives nothing away, not even its length. */
    @Override
    public String toString() {
        return "CredentialEnvelope[alg=" + alg + ", keyId=" + keyId + "]";
    }
}
