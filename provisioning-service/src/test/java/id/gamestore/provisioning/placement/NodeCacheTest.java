package id.gamestore.provisioning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelNode;

/** The cached nodes corrected by this process's creates, counted once whatever the read already shows. */
class NodeCacheTest {
    private static PanelNode node(long allocatedMemory, boolean firstAssigned) {
        return new PanelNode(1, "node-1", 1, true, false, 8192, 0, 100_000, 0, allocatedMemory, 0,
                List.of(new PanelAllocation(10, "10.0.0.1", null, 25565, firstAssigned),
                        new PanelAllocation(11, "10.0.0.1", null, 25566, false),
                        new PanelAllocation(12, "10.0.0.1", null, 25567, false)));
    }

    @Test
    void aServerCreatedSinceTheReadTakesItsAllocationsMemoryAndDisk() {
        NodeCache.Correction created = new NodeCache.Correction(1, Set.of(10L, 11L), 2048, 5000, Instant.now());

        PanelNode after = NodeCache.corrected(List.of(node(1024, false)), List.of(created)).get(0);

        assertThat(after.allocatedMemory()).isEqualTo(3072);
        assertThat(after.allocatedDisk()).isEqualTo(5000);
        assertThat(after.allocations()).extracting(PanelAllocation::assigned).containsExactly(true, true, false);
    }

    @Test
    void aReadThatAlreadyShowsTheServerIsNotChargedTwice() {
        NodeCache.Correction created = new NodeCache.Correction(1, Set.of(10L), 2048, 5000, Instant.now());

        PanelNode after = NodeCache.corrected(List.of(node(3072, true)), List.of(created)).get(0);

        assertThat(after.allocatedMemory()).isEqualTo(3072);
        assertThat(after.allocatedDisk()).isZero();
    }

    @Test
    void otherNodesAreLeftAlone() {
        NodeCache.Correction elsewhere = new NodeCache.Correction(2, Set.of(20L), 2048, 5000, Instant.now());

        PanelNode same = node(0, false);
        assertThat(NodeCache.corrected(List.of(same), List.of(elsewhere)).get(0)).isEqualTo(same);
    }
}
