package id.gamestore.sandbox.panel.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An egg (game definition) with its variables. */
public final class Egg {
    public int id;
    public String uuid;
    public int nestId;
    public String author;
    public String name;
    public String description;
    public Map<String, String> dockerImages = new LinkedHashMap<>();
    public String startup;
    public List<EggVariable> variables = new ArrayList<>();
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    public String firstImage() {
        return dockerImages.isEmpty() ? "" : dockerImages.values().iterator().next();
    }
}
