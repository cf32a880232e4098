package id.gamestore.contracts.events;

/**
 * The customer as the events carry them.
 *
 * @param customerId stable id from order-service; provisioning derives the panel user's external_id from it
 * @param phone      E.164, e.g. {@code +6281234567890}
 * @param name       display name as given to the bot
 * @param email      optional; null when the customer gave none
 * @param locale     message language, {@code id} (default) or {@code en}
 */
public record Customer(String customerId, String phone, String name, String email, String locale) {
}
