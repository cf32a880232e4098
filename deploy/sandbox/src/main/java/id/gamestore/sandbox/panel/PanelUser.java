package id.gamestore.sandbox.panel;

import id.gamestore.sandbox.panel.model.User;

/** Read-only snapshot of a panel user (no password material). */
public record PanelUser(int id, String externalId, String uuid, String username, String email, String firstName,
                        String lastName, boolean rootAdmin) {
    static PanelUser of(User u) {
        return new PanelUser(u.id, u.externalId, u.uuid, u.username, u.email, u.firstName, u.lastName, u.rootAdmin);
    }
}
