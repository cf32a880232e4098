package id.gamestore.provisioning.saga;

import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.placement.Placement;
import id.gamestore.provisioning.placement.PlacementService;
import jakarta.enterprise.context.ApplicationScoped;

/** Chooses node and allocation; compensation is releasing the reservation, which ending the job does. */
@ApplicationScoped
public class PlaceStep implements SagaStep {
    private final PlacementService placement;

    public PlaceStep(PlacementService placement) {
        this.placement = placement;
    }

    @Override
    public JobStep step() {
        return JobStep.PLACE;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        Placement p = placement.place(job.id, pkg);
        return new StepOutcome.Advanced(j -> {
            j.nodeId = p.nodeId();
            j.allocationId = p.allocationId();
            j.serverIp = p.ip();
            j.serverPort = p.port();
        }, "node " + p.nodeId() + ", allocation " + p.allocationId() + " (" + p.ip() + ":" + p.port() + ")");
    }
}
