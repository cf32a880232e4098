package id.gamestore.provisioning.admin;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelNode;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Free capacity per node, as the panel reports it now. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/capacity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "capacity")
public class CapacityResource {
    private final PterodactylClient panel;

    public CapacityResource(PterodactylClient panel) {
        this.panel = panel;
    }

    /** One node's room (memory and disk in MiB, overallocation included; -1 = unlimited). */
    public record NodeCapacity(long nodeId, String name, long locationId, boolean maintenance, long freeMemory,
            long freeDisk, long freeAllocations, long totalAllocations) {
    }

    @GET
    @Operation(summary = "Free memory, disk and allocations per node")
    public List<NodeCapacity> capacity() {
        try {
            return panel.nodesWithAllocations().stream().map(CapacityResource::view).toList();
        } catch (PanelException e) {
            throw new ApiException(502, "PANEL_UNAVAILABLE", "the panel could not be read: " + e.code(), null);
        }
    }

    private static NodeCapacity view(PanelNode n) {
        return new NodeCapacity(n.id(), n.name(), n.locationId(), n.maintenance(),
                n.freeMemory() == Long.MAX_VALUE ? -1 : n.freeMemory(), n.freeDisk() == Long.MAX_VALUE ? -1 : n.freeDisk(),
                n.unassignedAllocations(), n.allocations().size());
    }
}
