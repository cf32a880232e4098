package id.gamestore.order.chat;

/** A command only the numbers in {@code ADMIN_PHONES} may use; to anyone else its word is unknown. */
public interface AdminCommand extends ChatCommand {
    @Override
    default boolean adminOnly() {
        return true;
    }
}
