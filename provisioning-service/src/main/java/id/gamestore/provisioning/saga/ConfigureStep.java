package id.gamestore.provisioning.saga;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.FileTemplates;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the package's initial files (client API): the inline {@code files}, then the templates under
 * {@code files/<package>/} rendered with the order's values ({@link #values}). Rewriting a file is harmless, so a
 * retry is safe. A template asking for a value the order does not have fails the job (CONFIGURATION_ERROR): a server
 * with a half-written configuration is not what the package promises.
 */
@ApplicationScoped
public class ConfigureStep implements SagaStep {
    private final PterodactylClient panel;
    private final ResourceMapping mapping;

    public ConfigureStep(PterodactylClient panel, ResourceMapping mapping) {
        this.panel = panel;
        this.mapping = mapping;
    }

    @Override
    public JobStep step() {
        return JobStep.CONFIGURE;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        Map<String, String> files = new TreeMap<>(pkg.files());
        FileTemplates templates = mapping.templates(job.pkg().code());
        if (!templates.isEmpty()) {
            try {
                files.putAll(templates.render(values(job, pkg, panel.serverEnvironment(job.serverId))));
            } catch (TemplateException e) {
                return new StepOutcome.Failed(FailureReason.CONFIGURATION_ERROR, "package " + job.pkg().code()
                        + ": a file template cannot be rendered: " + e.getMessage());
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            panel.writeFile(job.serverIdentifier, file.getKey(), file.getValue());
        }
        return new StepOutcome.Advanced(j -> { }, files.size() + " file(s) written: " + String.join(", ",
                files.keySet()));
    }

    /** What a template may use ({@link FileTemplates#ROOTS}); docs/provisioning.md lists every name. */
    static Map<String, Object> values(ProvisioningJob job, PackageMapping pkg, Map<String, String> environment) {
        PackageRef ordered = job.pkg();
        Customer customer = job.customer();
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("id", job.serverId);
        server.put("identifier", job.serverIdentifier);
        server.put("uuid", job.serverUuid);
        server.put("name", job.serverName);
        server.put("ip", job.serverIp);
        server.put("port", job.serverPort);
        server.put("memory", pkg.memory());
        server.put("swap", pkg.swap());
        server.put("cpu", pkg.cpu());
        server.put("disk", pkg.disk());
        server.put("io", pkg.ioOrDefault());
        server.put("databases", pkg.databases() == null ? 0 : pkg.databases());
        server.put("backups", pkg.backups() == null ? 0 : pkg.backups());
        server.put("allocations", pkg.allocations() == null ? 1 : Math.max(1, pkg.allocations()));
        server.values().removeIf(java.util.Objects::isNull);
        Map<String, Object> ports = new LinkedHashMap<>();
        if (job.serverPort != null) {
            ports.put("game", job.serverPort);
        }
        for (String variable : new TreeMap<>(pkg.ports()).keySet()) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                ports.put(variable, value);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("order", Map.of("id", job.orderId, "durationMonths", ordered.durationMonths()));
        values.put("customer", Map.of("name", nonNull(customer.name()), "phone", nonNull(customer.phone()),
                "email", nonNull(customer.email())));
        values.put("package", Map.of("code", ordered.code(), "name", nonNull(ordered.name()), "game",
                nonNull(ordered.game())));
        values.put("server", server);
        values.put("ports", ports);
        values.put("env", Map.copyOf(environment));
        return values;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
