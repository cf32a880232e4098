package id.gamestore.sandbox.panel.model;

import java.time.OffsetDateTime;

/** A panel account. Mutable; guarded by the {@link id.gamestore.sandbox.panel.model.PanelState} lock. */
public final class User {
    public int id;
    public String uuid;
    public String externalId;
    public String username;
    public String email;
    public String firstName;
    public String lastName;
    public String language = "en";
    public boolean rootAdmin;
    public String passwordHash;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
