package id.gamestore.sandbox.panel.model;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A game server. Mutable; guarded by the {@link id.gamestore.sandbox.panel.model.PanelState} lock. */
public final class Server {
    public int id;
    public String externalId;
    public String uuid;
    public String identifier;
    public String name;
    public String description = "";
    public String status;
    public int userId;
    public int nodeId;
    public int allocationId;
    public int nestId;
    public int eggId;
    public long memory;
    public long swap;
    public long disk;
    public long io;
    public long cpu;
    public String threads;
    public boolean oomDisabled = true;
    public Integer databaseLimit = 0;
    public Integer allocationLimit = 0;
    public Integer backupLimit = 0;
    public String startup;
    public String image;
    public boolean skipScripts;
    public boolean startOnCompletion;
    public Map<String, String> variables = new LinkedHashMap<>();
    public String powerState = "offline";
    public int installGeneration;
    public boolean reinstalling;
    public OffsetDateTime installedAt;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    public boolean installed() {
        return !"installing".equals(status) && !"install_failed".equals(status);
    }
}
