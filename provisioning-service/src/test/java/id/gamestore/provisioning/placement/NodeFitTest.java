package id.gamestore.provisioning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelNode;

class NodeFitTest {
    private final PackageMapping basic = new PackageMapping("b", 1, 3, null, null, 2048, 0, 100, 10240, null, null,
            null, null, null, List.of(1L), List.of("25565-25570"), null, null, null, null, null, null);

    @Test
    void fitsWhenMemoryDiskAndAPortAreFree() {
        assertThat(NodeFit.why(node(8192, 0, 0, true), basic, 0, 0, List.of())).isNull();
    }

    @Test
    void overallocationAndReservationsAreCounted() {
        PanelNode node = node(4096, 0, 2048, true);
        assertThat(NodeFit.why(node, basic, 0, 0, List.of())).isNull();
        assertThat(NodeFit.why(node, basic, 1024, 0, List.of())).contains("memory");
        assertThat(NodeFit.why(node(4096, 50, 4096, true), basic, 0, 0, List.of())).isNull();
    }

    @Test
    void noFreePortInRangeIsExplained() {
        assertThat(NodeFit.why(node(8192, 0, 0, false), basic, 0, 0, List.of())).contains("no free allocation");
        assertThat(NodeFit.why(node(8192, 0, 0, true), basic, 0, 0, List.of(10L))).contains("no free allocation");
    }

    @Test
    void wrongLocationIsExplained() {
        PanelNode elsewhere = new PanelNode(2, "sgp", 2, true, false, 8192, 0, 100000, 0, 0, 0,
                List.of(new PanelAllocation(10, "10.0.0.1", null, 25565, false)));
        assertThat(NodeFit.why(elsewhere, basic, 0, 0, List.of())).contains("not in locations");
    }

    private static PanelNode node(long memory, int overallocate, long usedMemory, boolean freePort) {
        return new PanelNode(1, "jkt", 1, true, false, memory, overallocate, 100000, 0, usedMemory, 0,
                List.of(new PanelAllocation(10, "10.0.0.1", null, 25565, !freePort),
                        new PanelAllocation(11, "10.0.0.1", null, 30000, false)));
    }
}
