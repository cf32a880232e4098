package id.gamestore.provisioning.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.provisioning.job.ProvisioningJob;

/**
 * The fault tests' one-line verdict. lost: orders without a terminal event; duplicated: orders with more than one
 * terminal event or server; orphaned: panel users or servers beyond one per completed order.
 */
public record FaultSummary(int lost, int duplicated, int orphaned, int recovered) {

    public static FaultSummary of(PanelProbe panel, TestBroker broker, List<String> orderIds, int recovered,
            PanelProbe.Inventory start) {
        int lost = 0;
        int duplicated = 0;
        int completed = 0;
        for (String orderId : orderIds) {
            int terminals = broker.events(orderId, EventTypes.PROVISIONING_COMPLETED).size()
                    + broker.events(orderId, EventTypes.PROVISIONING_FAILED).size();
            if (terminals == 0) {
                lost++;
            }
            int servers = panel.serversWithExternalId(ProvisioningJob.serverExternalId(orderId));
            if (terminals > 1 || servers > 1) {
                duplicated++;
            }
            completed += broker.events(orderId, EventTypes.PROVISIONING_COMPLETED).isEmpty() ? 0 : 1;
        }
        PanelProbe.Inventory now = panel.inventory();
        int extraServers = Math.max(0, now.servers() - start.servers() - completed);
        int extraUsers = Math.max(0, now.users() - start.users() - completed);
        return new FaultSummary(lost, duplicated, extraServers + extraUsers, recovered);
    }

    public FaultSummary print() {
        System.out.println("lost=" + lost + " duplicated=" + duplicated + " orphaned=" + orphaned + " recovered="
                + recovered);
        return this;
    }

    public void assertClean() {
        assertThat(lost).as("lost").isZero();
        assertThat(duplicated).as("duplicated").isZero();
        assertThat(orphaned).as("orphaned").isZero();
    }
}
