package id.gamestore.order.auth;

/** Who calls: the WhatsApp bot, or an admin (who may also call every bot endpoint). */
public enum Role {
    BOT,
    ADMIN;

    public boolean mayAct(Role required) {
        return this == ADMIN || required == BOT;
    }
}
