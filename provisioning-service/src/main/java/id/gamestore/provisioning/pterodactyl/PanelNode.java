package id.gamestore.provisioning.pterodactyl;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A node with its capacity, what is allocated on it, its allocations, and where its daemon serves SFTP
 * ({@code fqdn}, {@code daemon_sftp} of the panel's NodeTransformer).
 */
public record PanelNode(long id, String name, long locationId, boolean isPublic, boolean maintenance, long memory,
        int memoryOverallocate, long disk, int diskOverallocate, long allocatedMemory, long allocatedDisk,
        List<PanelAllocation> allocations, String fqdn, int daemonSftp) {

    /** Without the SFTP address (tests of capacity only). */
    public PanelNode(long id, String name, long locationId, boolean isPublic, boolean maintenance, long memory,
            int memoryOverallocate, long disk, int diskOverallocate, long allocatedMemory, long allocatedDisk,
            List<PanelAllocation> allocations) {
        this(id, name, locationId, isPublic, maintenance, memory, memoryOverallocate, disk, diskOverallocate,
                allocatedMemory, allocatedDisk, allocations, null, 2022);
    }

    /** Memory a new server may still use, honouring overallocation (-1 disables the check, as in the panel). */
    public long freeMemory() {
        return memoryOverallocate < 0 ? Long.MAX_VALUE : limit(memory, memoryOverallocate) - allocatedMemory;
    }

    public long freeDisk() {
        return diskOverallocate < 0 ? Long.MAX_VALUE : limit(disk, diskOverallocate) - allocatedDisk;
    }

    public long unassignedAllocations() {
        return allocations.stream().filter(a -> !a.assigned()).count();
    }

    private static long limit(long total, int overallocate) {
        return total * (100 + overallocate) / 100;
    }

    static PanelNode from(JsonNode item) {
        JsonNode a = item.path("attributes");
        List<PanelAllocation> allocations = new ArrayList<>();
        for (JsonNode alloc : a.path("relationships").path("allocations").path("data")) {
            allocations.add(PanelAllocation.from(alloc));
        }
        JsonNode used = a.path("allocated_resources");
        return new PanelNode(a.path("id").asLong(), a.path("name").asText(), a.path("location_id").asLong(),
                a.path("public").asBoolean(true), a.path("maintenance_mode").asBoolean(false), a.path("memory").asLong(),
                a.path("memory_overallocate").asInt(0), a.path("disk").asLong(), a.path("disk_overallocate").asInt(0),
                used.path("memory").asLong(), used.path("disk").asLong(), List.copyOf(allocations),
                a.hasNonNull("fqdn") ? a.get("fqdn").asText() : null, a.path("daemon_sftp").asInt(2022));
    }
}
