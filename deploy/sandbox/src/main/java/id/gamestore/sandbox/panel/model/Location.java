package id.gamestore.sandbox.panel.model;

import java.time.OffsetDateTime;

/** A location (group of nodes). */
public final class Location {
    public int id;
    public String shortCode;
    public String longName;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
