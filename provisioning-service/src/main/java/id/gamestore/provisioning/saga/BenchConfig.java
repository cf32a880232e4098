package id.gamestore.provisioning.saga;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings that exist for {@code bench/system/run.sh} only; never set them in production. */
@ConfigMapping(prefix = "provisioning.bench")
public interface BenchConfig {
    /**
     * {@code PROVISIONING_BENCH_LOOKUP_BEFORE_CREATE}: provision the way billing panels' modules do (and this product
     * did before issue 14): look the user and the server up before creating them, read the nodes per order and poll
     * the install on the application API, so the benchmark can show the gain in one run.
     */
    @WithDefault("false")
    boolean lookupBeforeCreate();
}
