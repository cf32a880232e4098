package id.gamestore.sandbox.panel.client;

import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.Server;
import java.util.List;
import java.util.Optional;

/**
 * The test switch behind {@code POST /__sandbox/servers/{server}/state}: puts a server straight into one of the states
 * a customer can see. A power state ({@code running}, {@code starting}, {@code stopping}, {@code offline}) also makes
 * the server installed and not suspended; {@code suspended} and {@code installing} leave it {@code offline}, as Wings
 * stops a server that is suspended or (re)installing. The switch wins over an install still running: that install no
 * longer finishes by itself, and an {@code installing} set here stays until {@code POST /__sandbox/servers/{id}/install}
 * completes it.
 */
public final class ServerStates {
    /** The states the switch accepts. */
    public static final List<String> ALL = List.of("running", "starting", "stopping", "offline", "suspended",
            "installing");
    static final List<String> POWER = List.of("running", "starting", "stopping", "offline");

    private ServerStates() {
    }

    /**
     * @param server the numeric id, the 8-character identifier or the uuid
     * @return the server's identifier, empty when there is no such server
     * @throws IllegalArgumentException for a state not in {@link #ALL}
     */
    public static Optional<String> set(PanelState state, String server, String target) {
        if (target == null || !ALL.contains(target)) {
            throw new IllegalArgumentException("state must be one of " + String.join(", ", ALL));
        }
        synchronized (state) {
            // an identifier is 8 hex characters, so one in about 40 is all digits: it is looked up as such first
            Optional<Server> found = state.serverByIdentifier(server);
            if (found.isEmpty() && server.matches("\\d{1,9}")) {
                found = Optional.ofNullable(state.servers.get(Integer.parseInt(server)));
            }
            found.ifPresent(s -> {
                s.installGeneration = -1; // an install still scheduled no longer finishes by itself
                if (POWER.contains(target)) {
                    s.status = null;
                    s.powerState = target;
                } else {
                    s.status = target;
                    s.powerState = "offline";
                }
            });
            return found.map(s -> s.identifier);
        }
    }
}
