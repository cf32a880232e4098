package id.gamestore.contracts.events;

import id.gamestore.contracts.crypto.CredentialEnvelope;

/**
 * How the customer logs in to the panel.
 *
 * @param url      the panel's public URL
 * @param userId   the panel user's numeric id
 * @param username panel username
 * @param email    panel login email
 * @param newUser  true when this job created the user (it then always carries {@code password})
 * @param password the password this job set, encrypted (AES-256-GCM): for a new user, or a new password for an
 *                 existing user whose earlier login never reached them; null for a returning customer whose login
 *                 arrived (the message then says "use your existing password")
 */
public record PanelAccess(String url, long userId, String username, String email, boolean newUser,
        CredentialEnvelope password) {
}
