package id.gamestore.provisioning.health.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.provisioning.admin.Roles;
import id.gamestore.provisioning.health.MappingStatus;
import id.gamestore.provisioning.health.NodeCapacities;
import id.gamestore.provisioning.health.NodeCapacities.NodeUsage;
import id.gamestore.provisioning.health.ReadinessWarnings;
import id.gamestore.provisioning.mapping.MappingProblem;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.support.rest.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Free capacity per node, as the panel reports it now, and which packages can be built (order-service asks this
 * before it lets an order be confirmed).
 */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/capacity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "capacity")
public class CapacityResource {
    private final NodeCapacities nodes;
    private final MappingStatus status;
    private final ResourceMapping mapping;
    private final ReadinessWarnings warnings;

    public CapacityResource(NodeCapacities nodes, MappingStatus status, ResourceMapping mapping,
            ReadinessWarnings warnings) {
        this.nodes = nodes;
        this.status = status;
        this.mapping = mapping;
        this.warnings = warnings;
    }

    /**
     * One package of the resource mapping.
     *
     * @param buildable false when something the package needs is known to be wrong
     * @param problems  the problem codes ({@code NO_CAPACITY}, {@code EGG_MISSING}, ...), empty when buildable
     * @param reasons   one sentence per problem, naming the mapping field
     */
    public record PackageStatus(String code, String name, boolean buildable, List<String> problems,
            List<String> reasons) {
    }

    /**
     * Every package of the resource mapping with what the last check found.
     *
     * @param panel             {@code UP}, {@code UNREACHABLE}, {@code KEY_REJECTED} or {@code NOT_CHECKED}
     * @param packagesCheckedAt when the packages were last checked against the panel (null: not yet; then every
     *                          package counts as buildable until a check says otherwise)
     * @param warnings          the readiness warnings ({@code package:mc-huge:NO_CAPACITY}, ...)
     */
    public record PackagesView(String panel, Instant checkedAt, Instant packagesCheckedAt, List<String> warnings,
            List<PackageStatus> packages) {
    }

    /** One node's room (memory and disk in MiB, overallocation included; -1 = unlimited). */
    public record NodeCapacity(long nodeId, String name, long locationId, boolean maintenance, long freeMemory,
            long freeDisk, long freeAllocations, long totalAllocations) {
    }

    @GET
    @Operation(summary = "Free memory, disk and allocations per node")
    public List<NodeCapacity> capacity() {
        try {
            return nodes.now().stream().map(CapacityResource::view).toList();
        } catch (PanelException e) {
            throw new ApiException(502, "PANEL_UNAVAILABLE", "the panel could not be read: " + e.code(), null);
        }
    }

    @GET
    @Path("/packages")
    @Operation(summary = "Which packages can be built now, and why not",
            description = "Every package of the resource mapping with the problems the last check found (checked "
                    + "at most once per READINESS_CACHE, so calling this does not spend the panel's rate budget). "
                    + "A package that is not listed is not in the mapping and cannot be built at all.")
    public PackagesView packages() {
        MappingStatus.Snapshot s = status.current();
        List<PackageStatus> packages = mapping.all().entrySet().stream().map(e -> {
            List<MappingProblem> problems = s.problemsOf(e.getKey());
            return new PackageStatus(e.getKey(), e.getValue().name(), problems.isEmpty(),
                    problems.stream().map(p -> p.kind().name()).distinct().toList(),
                    problems.stream().map(MappingProblem::detail).toList());
        }).toList();
        return new PackagesView(s.panel(), s.checkedAt().equals(Instant.EPOCH) ? null : s.checkedAt(),
                s.packagesCheckedAt(), warnings.of(s), packages);
    }

    private static NodeCapacity view(NodeUsage n) {
        return new NodeCapacity(n.nodeId(), n.name(), n.locationId(), n.maintenance(),
                n.memoryFree() == Long.MAX_VALUE ? -1 : n.memoryFree(), n.diskFree() == Long.MAX_VALUE ? -1 : n.diskFree(),
                n.allocationsFree(), n.allocationsTotal());
    }
}
