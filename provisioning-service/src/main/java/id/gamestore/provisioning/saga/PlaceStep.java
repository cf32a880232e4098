package id.gamestore.provisioning.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.gamestore.contracts.events.ServerPort;
import id.gamestore.provisioning.job.JobAllocation;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.placement.Placement;
import id.gamestore.provisioning.placement.PlacementService;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chooses the node and every allocation the package needs (primary and additional, reserved all or none) and
 * records them on the job with each additional port's purpose ({@code ports} values are checked when the mapping is
 * read, see MappingParser); compensation is releasing the reservations, which
 * ending the job does.
 */
@ApplicationScoped
public class PlaceStep implements SagaStep {
    private final PlacementService placement;
    private final BenchConfig bench;

    public PlaceStep(PlacementService placement, BenchConfig bench) {
        this.placement = placement;
        this.bench = bench;
    }

    @Override
    public JobStep step() {
        return JobStep.PLACE;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        Placement p = placement.place(job.id, pkg, bench.lookupBeforeCreate());
        List<JobAllocation> additional = withPurposes(p.additional(), pkg);
        return new StepOutcome.Advanced(j -> {
            j.nodeId = p.nodeId();
            j.allocationId = p.allocationId();
            j.serverIp = p.ip();
            j.serverPort = p.port();
            j.additionalAllocations(additional);
            j.sftpHost = p.sftpHost();
            j.sftpPort = p.sftpHost() == null ? null : p.sftpPort();
        }, "node " + p.nodeId() + ", allocation " + p.allocationId() + " (" + p.ip() + ":" + p.port() + ")"
                + (additional.isEmpty() ? "" : " + " + describe(additional)));
    }

    /** The n-th additional allocation's purpose: the (first, by name) egg variable mapped to n, else extra. */
    static List<JobAllocation> withPurposes(List<PanelAllocation> additional, PackageMapping pkg) {
        Map<String, Integer> byName = new TreeMap<>(pkg.ports());
        List<JobAllocation> result = new ArrayList<>();
        for (int i = 0; i < additional.size(); i++) {
            int n = i + 1;
            String purpose = byName.entrySet().stream().filter(e -> e.getValue() == n)
                    .map(Map.Entry::getKey).findFirst().orElse(ServerPort.EXTRA);
            PanelAllocation a = additional.get(i);
            result.add(new JobAllocation(a.id(), a.publicAddress(), a.port(), purpose));
        }
        return result;
    }

    private static String describe(List<JobAllocation> additional) {
        return additional.stream().map(a -> a.port() + " " + a.purpose()).toList().toString();
    }
}
