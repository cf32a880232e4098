package id.gamestore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs deploy/admin/ptero-admin against the product's processes, the way an admin's shell would. */
final class AdminCli {
    private AdminCli() {
    }

    record Result(int exitCode, String out) {
    }

    static Result run(Product product, String... args) throws Exception {
        Path script = Path.of("..", "deploy", "admin", "ptero-admin").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("ORDER_URL", product.orders.url());
        pb.environment().put("PROVISIONING_URL", product.provisioning.url());
        pb.environment().put("NOTIFICATION_URL", product.notifications.url());
        pb.environment().put("ORDER_MANAGEMENT_URL", product.orders.managementUrl());
        pb.environment().put("PROVISIONING_MANAGEMENT_URL", product.provisioning.managementUrl());
        pb.environment().put("NOTIFICATION_MANAGEMENT_URL", product.notifications.managementUrl());
        pb.environment().put("ORDER_ADMIN_API_KEY", Product.ADMIN_KEY);
        pb.environment().put("PROVISIONING_ADMIN_API_KEY", Product.ADMIN_KEY);
        pb.environment().put("NOTIFICATION_ADMIN_API_KEY", Product.ADMIN_KEY);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
        System.out.printf("$ ptero-admin %s -> %d%n%s%n", String.join(" ", args), p.exitValue(), out);
        return new Result(p.exitValue(), out);
    }
}
