package id.gamestore.sandbox.panel.model;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The panel's database. Every read and write happens while holding this object's monitor
 * ({@code synchronized (state)}), which is what makes allocation assignment safe under concurrent creates.
 */
public final class PanelState {
    public final TreeMap<Integer, User> users = new TreeMap<>();
    public final TreeMap<Integer, Location> locations = new TreeMap<>();
    public final TreeMap<Integer, Node> nodes = new TreeMap<>();
    public final TreeMap<Integer, Allocation> allocations = new TreeMap<>();
    public final TreeMap<Integer, Nest> nests = new TreeMap<>();
    public final TreeMap<Integer, Egg> eggs = new TreeMap<>();
    public final TreeMap<Integer, Server> servers = new TreeMap<>();
    private int nextUserId = 1;
    private int nextServerId = 1;
    private int nextAllocationId = 1;

    public synchronized void clear() {
        users.clear();
        locations.clear();
        nodes.clear();
        allocations.clear();
        nests.clear();
        eggs.clear();
        servers.clear();
        nextUserId = 1;
        nextServerId = 1;
        nextAllocationId = 1;
    }

    public synchronized int nextUserId() {
        int id = Math.max(nextUserId, users.isEmpty() ? 1 : users.lastKey() + 1);
        nextUserId = id + 1;
        return id;
    }

    public synchronized int nextServerId() {
        int id = Math.max(nextServerId, servers.isEmpty() ? 1 : servers.lastKey() + 1);
        nextServerId = id + 1;
        return id;
    }

    public synchronized int nextAllocationId() {
        int id = Math.max(nextAllocationId, allocations.isEmpty() ? 1 : allocations.lastKey() + 1);
        nextAllocationId = id + 1;
        return id;
    }

    public synchronized Optional<User> userByLogin(String usernameOrEmail) {
        return users.values().stream()
                .filter(u -> u.username.equalsIgnoreCase(usernameOrEmail) || u.email.equalsIgnoreCase(usernameOrEmail))
                .findFirst();
    }

    public synchronized List<Server> serversOfUser(int userId) {
        return servers.values().stream().filter(s -> s.userId == userId).collect(Collectors.toList());
    }

    public synchronized List<Server> serversOnNode(int nodeId) {
        return servers.values().stream().filter(s -> s.nodeId == nodeId).collect(Collectors.toList());
    }

    public synchronized List<Allocation> allocationsOfNode(int nodeId) {
        return allocations.values().stream().filter(a -> a.nodeId == nodeId).collect(Collectors.toList());
    }

    public synchronized List<Allocation> allocationsOfServer(int serverId) {
        return allocations.values().stream().filter(a -> a.serverId != null && a.serverId == serverId)
                .collect(Collectors.toList());
    }

    public synchronized long allocatedMemory(int nodeId) {
        return serversOnNode(nodeId).stream().mapToLong(s -> s.memory).sum();
    }

    public synchronized long allocatedDisk(int nodeId) {
        return serversOnNode(nodeId).stream().mapToLong(s -> s.disk).sum();
    }

    public synchronized Optional<Server> serverByIdentifier(String identifier) {
        return servers.values().stream()
                .filter(s -> s.identifier.equals(identifier) || s.uuid.equals(identifier)).findFirst();
    }
}
