package id.gamestore.provisioning.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResourceMappingTest {

    @Test
    void bundledMappingHasTheAgreedPackages() throws Exception {
        Map<String, PackageMapping> packages = ResourceMapping.parse(
                ResourceMapping.class.getResourceAsStream(ResourceMapping.DEFAULT_RESOURCE));
        assertThat(packages).containsKeys("mc-basic", "mc-pro");
        PackageMapping basic = packages.get("mc-basic");
        assertThat(basic.egg()).isEqualTo(3);
        assertThat(basic.memory()).isEqualTo(2048);
        assertThat(basic.cpu()).isEqualTo(100);
        assertThat(basic.disk()).isEqualTo(10240);
        PackageMapping pro = packages.get("mc-pro");
        assertThat(pro.memory()).isEqualTo(4096);
        assertThat(pro.cpu()).isEqualTo(200);
        assertThat(pro.disk()).isEqualTo(20480);
    }

    @Test
    void portRangesAcceptSinglePortsAndRanges() {
        PackageMapping p = new PackageMapping("x", 1, 3, null, null, 1, 0, 1, 1, null, null, null, null, null, null,
                java.util.List.of("25565", "25600-25610"), null, null, null, null, null, null);
        assertThat(p.acceptsPort(25565)).isTrue();
        assertThat(p.acceptsPort(25605)).isTrue();
        assertThat(p.acceptsPort(25566)).isFalse();
        assertThat(p.ioOrDefault()).isEqualTo(500);
    }

    @Test
    void emptyMappingIsRefused() {
        assertThatThrownBy(() -> ResourceMapping.parse(
                new ByteArrayInputStream("{\"packages\":{}}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("no packages");
    }
}
