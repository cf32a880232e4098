package id.gamestore.sandbox.panel.model;

import java.time.OffsetDateTime;

/** A node (machine running Wings) with its capacity. */
public final class Node {
    public int id;
    public String uuid;
    public boolean isPublic = true;
    public String name;
    public String description;
    public int locationId;
    public String fqdn;
    public String scheme = "https";
    public boolean behindProxy;
    public boolean maintenanceMode;
    public long memory;
    public long memoryOverallocate;
    public long disk;
    public long diskOverallocate;
    public int uploadSize = 100;
    public int daemonListen = 8080;
    public int daemonSftp = 2022;
    public String daemonBase = "/var/lib/pterodactyl/volumes";
    public String daemonTokenId;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
