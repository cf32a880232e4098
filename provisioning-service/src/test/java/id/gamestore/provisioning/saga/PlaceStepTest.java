package id.gamestore.provisioning.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.job.JobAllocation;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;

class PlaceStepTest {

    @Test
    void additionalAllocationsGetTheirVariableOrExtra() {
        List<JobAllocation> given = PlaceStep.withPurposes(List.of(new PanelAllocation(7, "10.0.0.1", "play.example",
                25566, false), new PanelAllocation(8, "10.0.0.1", null, 25567, false)), pkg(3, Map.of("RCON_PORT", 2)));
        assertThat(given).containsExactly(new JobAllocation(7, "play.example", 25566, "extra"),
                new JobAllocation(8, "10.0.0.1", 25567, "RCON_PORT"));
    }

    private static PackageMapping pkg(Integer allocations, Map<String, Integer> ports) {
        return new PackageMapping("p", 2, 6, null, null, 1024, 0, 100, 1024, null, null, allocations, null, null, null,
                null, null, null, ports, null, null, null);
    }
}
