package id.gamestore.provisioning.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.gamestore.provisioning.mapping.EggCatalog;
import id.gamestore.provisioning.mapping.MappingProblem;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.mapping.MappingProblem.Kind;
import id.gamestore.provisioning.placement.NodeFit;
import id.gamestore.provisioning.pterodactyl.PanelEgg;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelNode;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks the resource mapping against the live panel: the key works, every nest/egg, location and preferred node
 * exists, every required egg variable gets a value, and each package fits on some node right now. Each problem
 * names the package and the field.
 */
@ApplicationScoped
public class MappingValidator {
    private final ResourceMapping mapping;
    private final PterodactylClient panel;
    private final EggCatalog eggs;

    public MappingValidator(ResourceMapping mapping, PterodactylClient panel, EggCatalog eggs) {
        this.mapping = mapping;
        this.panel = panel;
        this.eggs = eggs;
    }

    /**
     * @return the problems; empty when the mapping is usable
     * @throws PanelException ({@link PanelException#neverReachedPanel()}) when the panel could not even be asked
     */
    public List<MappingProblem> validate() {
        List<MappingProblem> problems = new ArrayList<>();
        List<PanelNode> nodes;
        List<Long> locations;
        try {
            nodes = panel.nodesWithAllocations();
            locations = panel.locationIds();
        } catch (PanelException e) {
            if (e.neverReachedPanel()) {
                throw e; // our database is away, not the panel: nothing to say about the mapping or the panel
            }
            problems.add(e.status() == 401 || e.status() == 403
                    ? MappingProblem.panel(Kind.PANEL_KEY_REJECTED,
                            "PTERODACTYL_ADMIN_API_KEY: the panel refused the key (" + e.status() + " " + e.code() + ")")
                    : MappingProblem.panel(Kind.PANEL_UNREACHABLE,
                            "PTERODACTYL_ADMIN_URL: the panel cannot be read: " + e.getMessage()));
            return problems;
        }
        for (Map.Entry<String, PackageMapping> entry : mapping.all().entrySet()) {
            check(entry.getKey(), entry.getValue(), nodes, locations, problems);
        }
        return problems;
    }

    private void check(String code, PackageMapping p, List<PanelNode> nodes, List<Long> locations,
            List<MappingProblem> problems) {
        if (p.memory() <= 0 || p.disk() <= 0 || p.cpu() < 0) {
            problems.add(MappingProblem.of(code, Kind.INVALID_LIMITS, "memory, disk must be > 0 and cpu >= 0"));
        }
        for (Long location : p.locations()) {
            if (!locations.contains(location)) {
                problems.add(MappingProblem.of(code, Kind.LOCATION_MISSING,
                        "locations: location " + location + " does not exist"));
            }
        }
        for (Long node : p.preferredNodes()) {
            if (nodes.stream().noneMatch(n -> n.id() == node)) {
                problems.add(MappingProblem.of(code, Kind.NODE_MISSING,
                        "preferredNodes: node " + node + " does not exist"));
            }
        }
        Optional<PanelEgg> egg = eggs.egg(p.nest(), p.egg());
        if (egg.isEmpty()) {
            problems.add(MappingProblem.of(code, Kind.EGG_MISSING, p.nest() == 0
                    ? "egg: egg " + p.egg() + " does not exist in any nest"
                    : "egg: egg " + p.egg() + " does not exist in nest " + p.nest()));
        } else {
            for (PanelEgg.EggVariable v : egg.get().variables()) {
                String value = p.environment().getOrDefault(v.envVariable(), v.defaultValue());
                boolean portMapped = p.ports().containsKey(v.envVariable()); // filled with a port at create time
                if (v.required() && !portMapped && (value == null || value.isBlank())) {
                    problems.add(MappingProblem.of(code, Kind.VARIABLE_MISSING, "environment." + v.envVariable()
                            + ": required by egg " + p.egg() + " and has neither an override nor an egg default"));
                }
            }
            for (String variable : p.ports().keySet()) {
                if (egg.get().variables().stream().noneMatch(v -> v.envVariable().equals(variable))) {
                    problems.add(MappingProblem.of(code, Kind.PORT_VARIABLE_UNKNOWN, "ports." + variable
                            + ": egg " + p.egg() + " has no variable " + variable));
                }
            }
            if ((p.dockerImage() == null || p.dockerImage().isBlank()) && egg.get().dockerImage().isBlank()) {
                problems.add(MappingProblem.of(code, Kind.IMAGE_MISSING,
                        "dockerImage: not set and egg " + p.egg() + " has no image"));
            }
        }
        if (nodes.stream().noneMatch(n -> NodeFit.fits(n, p, 0, 0, List.of()))) {
            problems.add(MappingProblem.of(code, Kind.NO_CAPACITY, "memory/disk/portRanges: no node has room for "
                    + p.memory() + " MiB memory, " + p.disk() + " MiB disk and a free port right now"));
        }
    }
}
