package id.gamestore.sandbox.panel.model;

import java.time.OffsetDateTime;
import java.util.Arrays;

/** One variable of an egg, with its Laravel rule string. */
public final class EggVariable {
    public int id;
    public int eggId;
    public String name;
    public String description;
    public String envVariable;
    public String defaultValue;
    public boolean userViewable;
    public boolean userEditable;
    public String rules;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    public boolean required() {
        return Arrays.asList(rules.split("\\|")).contains("required");
    }
}
