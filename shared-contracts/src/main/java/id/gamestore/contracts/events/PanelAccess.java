package id.gamestore.contracts.events;

import id.gamestore.contracts.crypto.CredentialEnvelope;

/**
 * How the customer logs in to the panel.
 *
 * @param url      the panel's public URL
 * @param userId   the panel user's numeric id
 * @param username panel username
 * @param email    panel login email
 * @param newUser  true when this job created the user; only then is {@code password} present
 * @param password the generated password, encrypted (AES-256-GCM); null for a returning customer
 */
public record PanelAccess(String url, long userId, String username, String email, boolean newUser,
        CredentialEnvelope password) {
}
