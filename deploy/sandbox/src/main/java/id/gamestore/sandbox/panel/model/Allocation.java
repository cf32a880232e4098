package id.gamestore.sandbox.panel.model;

/** An IP:port on a node, assigned to at most one server. */
public final class Allocation {
    public int id;
    public int nodeId;
    public String ip;
    public String alias;
    public int port;
    public String notes;
    public Integer serverId;

    public boolean assigned() {
        return serverId != null;
    }
}
