package id.gamestore.sandbox.panel.model;

import java.time.OffsetDateTime;

/** A nest (group of eggs). */
public final class Nest {
    public int id;
    public String uuid;
    public String author;
    public String name;
    public String description;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
