package id.gamestore.sandbox.panel;

import id.gamestore.sandbox.panel.model.PanelState;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** State inspection for tests: snapshots of users, servers and allocations, taken under the state lock. */
public final class PanelInventory {
    private final PanelState state;

    PanelInventory(PanelState state) {
        this.state = state;
    }

    public List<PanelUser> users() {
        synchronized (state) {
            return state.users.values().stream().map(PanelUser::of).collect(Collectors.toList());
        }
    }

    public Optional<PanelUser> user(int id) {
        return users().stream().filter(u -> u.id() == id).findFirst();
    }

    public Optional<PanelUser> userByExternalId(String externalId) {
        return users().stream().filter(u -> externalId.equals(u.externalId())).findFirst();
    }

    public Optional<PanelUser> userByLogin(String usernameOrEmail) {
        return users().stream().filter(u -> u.username().equalsIgnoreCase(usernameOrEmail)
                || u.email().equalsIgnoreCase(usernameOrEmail)).findFirst();
    }

    public List<PanelServer> servers() {
        synchronized (state) {
            return state.servers.values().stream()
                    .map(s -> PanelServer.of(s, state.allocationsOfServer(s.id).stream().map(a -> a.id).toList()))
                    .collect(Collectors.toList());
        }
    }

    public Optional<PanelServer> server(int id) {
        return servers().stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<PanelServer> serverByExternalId(String externalId) {
        return servers().stream().filter(s -> externalId.equals(s.externalId())).findFirst();
    }

    public List<PanelAllocation> allocations() {
        synchronized (state) {
            return state.allocations.values().stream().map(PanelAllocation::of).collect(Collectors.toList());
        }
    }

    public List<PanelAllocation> allocationsInUse() {
        return allocations().stream().filter(a -> a.serverId() != null).collect(Collectors.toList());
    }

    public int userCount() {
        synchronized (state) {
            return state.users.size();
        }
    }

    public int serverCount() {
        synchronized (state) {
            return state.servers.size();
        }
    }

    /** Memory (MiB) of the servers on a node. */
    public long allocatedMemory(int nodeId) {
        synchronized (state) {
            return state.allocatedMemory(nodeId);
        }
    }

    public long allocatedDisk(int nodeId) {
        synchronized (state) {
            return state.allocatedDisk(nodeId);
        }
    }
}
