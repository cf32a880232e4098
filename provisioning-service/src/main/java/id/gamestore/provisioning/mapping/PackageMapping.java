package id.gamestore.provisioning.mapping;

import java.util.List;
import java.util.Map;

/**
 * How one package becomes a server: egg, limits, where it may go, and what it starts with. Null docker image or
 * startup means "the egg's". {@code ports}: egg variable -> n-th additional allocation (1-based) that variable gets;
 * {@code consecutivePorts}: keep the server's allocations on consecutive ports when the node has them;
 * {@code autoStart}: start the server for the customer (null: {@code AUTO_START_SERVERS}); {@code description}: the
 * server's description on the panel. Read by {@link MappingParser}, which refuses unknown keys (both spellings);
 * {@code nest} 0 means "the nest the egg is in" (looked up by {@link EggCatalog}).
 */
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
        Map<String, String> files,
        Map<String, Integer> ports,
        Boolean consecutivePorts,
        Boolean autoStart,
        String description) {

    public PackageMapping {
        ports = ports == null ? Map.of() : Map.copyOf(ports);
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
