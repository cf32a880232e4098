package id.gamestore.sandbox.whatsapp.store;

import java.time.Instant;

/**
 * One step of a message's status timeline: {@code accepted}, {@code sent}, {@code delivered}, {@code read} or
 * {@code failed} (with the error code, e.g. 131026 or 131047). WAHA acks use the same words (SERVER = sent,
 * DEVICE = delivered, READ = read, ERROR = failed).
 */
public record StatusChange(String status, Instant at, Integer errorCode) {
}
