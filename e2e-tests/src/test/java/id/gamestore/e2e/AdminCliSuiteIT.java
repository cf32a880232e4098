package id.gamestore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The admin CLI's own suite (deploy/admin/test/run-tests.sh: every subcommand against a fake of the three services'
 * APIs, under each JSON backend) as part of the build, so a change to ptero-admin or to the API it mirrors cannot
 * land with it broken. Its last line is "N passed, M failed".
 */
class AdminCliSuiteIT {
    @Test
    void everyAdminCliSubcommandPassesItsSuite() throws Exception {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        Process p = new ProcessBuilder("bash", root.resolve("deploy/admin/test/run-tests.sh").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String last = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        assertThat(last).as(out).matches("[1-9][0-9]* passed, 0 failed");
        assertThat(p.exitValue()).as(out).isZero();
    }
}
