package id.gamestore.provisioning.mapping;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How one package becomes a server: egg, limits, where it may go, and what it starts with. Null docker image or
 * startup means "the egg's".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PackageMapping(
        String name,
        long nest,
        long egg,
        String dockerImage,
        String startup,
        int memory,
        int swap,
        int cpu,
        int disk,
        Integer io,
        Integer databases,
        Integer allocations,
        Integer backups,
        List<Long> preferredNodes,
        List<Long> locations,
        List<String> portRanges,
        Map<String, String> environment,
        Map<String, String> files) {

    public PackageMapping {
        preferredNodes = preferredNodes == null ? List.of() : List.copyOf(preferredNodes);
        locations = locations == null ? List.of() : List.copyOf(locations);
        portRanges = portRanges == null ? List.of() : List.copyOf(portRanges);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    public int ioOrDefault() {
        return io == null ? 500 : io;
    }

    /** True when the port is inside one of the package's ranges ({@code "25565"} or {@code "25565-25600"}). */
    public boolean acceptsPort(int port) {
        if (portRanges.isEmpty()) {
            return true;
        }
        for (String range : portRanges) {
            String[] parts = range.trim().split("-");
            int low = Integer.parseInt(parts[0].trim());
            int high = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : low;
            if (port >= low && port <= high) {
                return true;
            }
        }
        return false;
    }
}
