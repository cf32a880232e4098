package id.gamestore.contracts.events;

import java.util.List;

/**
 * The created server.
 *
 * @param id          panel numeric id
 * @param identifier  the 8-character short uuid used by the client API and shown in the panel
 * @param memory      MiB
 * @param cpu         percent of one core (100 = one core)
 * @param disk        MiB
 * @param description the package's description of the server (also the panel's); null when the package has none
 * @param ports       every port of the server, the primary first; empty when not reported
 * @param sftp        SFTP host and port; null when not known
 * @param started     true when the server was started for the customer, false when it waits for them to press
 *                    Start; null when not reported
 */
public record ServerInfo(long id, String uuid, String identifier, String name, String ip, int port, int memory,
        int cpu, int disk, String description, List<ServerPort> ports, Sftp sftp, Boolean started) {

    public ServerInfo {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /** Without the details added later (description, ports, SFTP, started). */
    public ServerInfo(long id, String uuid, String identifier, String name, String ip, int port, int memory, int cpu,
            int disk) {
        this(id, uuid, identifier, name, ip, port, memory, cpu, disk, null, List.of(), null, null);
    }
}
