package id.gamestore.contracts.events;

/**
 * The created server.
 *
 * @param id         panel numeric id
 * @param identifier the 8-character short uuid used by the client API and shown in the panel
 * @param memory     MiB
 * @param cpu        percent of one core (100 = one core)
 * @param disk       MiB
 */
public record ServerInfo(long id, String uuid, String identifier, String name, String ip, int port, int memory,
        int cpu, int disk) {
}
