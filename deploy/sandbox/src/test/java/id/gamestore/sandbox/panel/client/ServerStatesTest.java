package id.gamestore.sandbox.panel.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.Server;

class ServerStatesTest {
    static Server server(int id, String identifier) {
        Server s = new Server();
        s.id = id;
        s.identifier = identifier;
        s.uuid = identifier + "-0000-4000-8000-000000000000";
        return s;
    }

    /** One identifier in about 40 is all digits (8 hex characters); it must not be read as another server's id. */
    @Test
    void anIdentifierOfDigitsOnlyIsTheServerWithThatIdentifierNotTheOneWithThatId() {
        PanelState state = new PanelState();
        state.servers.put(1, server(1, "12345678"));
        state.servers.put(12345678, server(12345678, "abcdef01"));
        assertThat(ServerStates.set(state, "12345678", "running")).contains("12345678");
        assertThat(state.servers.get(1).powerState).isEqualTo("running");
        assertThat(ServerStates.set(state, "1", "offline")).contains("12345678"); // a numeric id still works
        assertThat(ServerStates.set(state, "99", "offline")).isEmpty();
    }
}
