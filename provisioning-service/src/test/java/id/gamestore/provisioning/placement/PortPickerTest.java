package id.gamestore.provisioning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelNode;

class PortPickerTest {

    @Test
    void consecutivePortsAreTakenWhenTheNodeHasARunElseTheNearestOnTheSameIp() {
        List<PanelAllocation> free = List.of(a(1, "10.0.0.1", 25565), a(2, "10.0.0.1", 25567), a(3, "10.0.0.1", 25568),
                a(4, "10.0.0.1", 25569), a(5, "10.0.0.2", 25570), a(6, "10.0.0.2", 25571));
        for (int i = 0; i < 20; i++) {
            assertThat(PortPicker.pick(free, 3, true)).extracting(PanelAllocation::id).containsExactly(2L, 3L, 4L);
        }
        List<PanelAllocation> gaps = List.of(a(1, "10.0.0.1", 25565), a(2, "10.0.0.1", 25567),
                a(3, "10.0.0.1", 25569), a(4, "10.0.0.2", 25566));
        for (int i = 0; i < 20; i++) {
            List<PanelAllocation> chosen = PortPicker.pick(gaps, 3, true);
            assertThat(chosen).hasSize(3).doesNotHaveDuplicates();
            assertThat(chosen).extracting(PanelAllocation::ip).as("same IP as the primary first").containsOnly(
                    chosen.get(0).ip().equals("10.0.0.2") ? new String[] {"10.0.0.2", "10.0.0.1"}
                            : new String[] {"10.0.0.1"});
            assertThat(chosen.subList(1, 3)).isSortedAccordingTo((x, y) -> Integer.compare(x.port(), y.port()));
        }
    }

    @Test
    void aNodeMustHaveEveryPortThePackageNeeds() {
        PackageMapping three = new PackageMapping("t", 2, 6, null, null, 1024, 0, 100, 1024, null, null, 3, null,
                null, null, null, null, null, null, true, null, null);
        PanelNode two = new PanelNode(1, "jkt", 1, true, false, 8192, 0, 100000, 0, 0, 0,
                List.of(a(1, "10.0.0.1", 25565), a(2, "10.0.0.1", 25566), a(3, "10.0.0.1", 25567)));
        assertThat(NodeFit.portsNeeded(three)).isEqualTo(3);
        assertThat(NodeFit.why(two, three, 0, 0, List.of())).isNull();
        assertThat(NodeFit.why(two, three, 0, 0, List.of(2L))).isEqualTo("jkt: 2 free allocation(s) in ports any, needs 3");
    }

    private static PanelAllocation a(long id, String ip, int port) {
        return new PanelAllocation(id, ip, null, port, false);
    }
}
