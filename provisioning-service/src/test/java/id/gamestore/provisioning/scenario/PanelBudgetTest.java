package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.pterodactyl.NewUser;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.support.LoginDeliveryStub;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.sandbox.faults.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The panel's application budget (240 requests a minute) bounds how many servers a store delivers, so a provision
 * spends only what the panel cannot do without: a new customer's user and server, a returning customer's server.
 * Lookups happen only where an outcome is unknown or refused: a lost answer, a dropped connection, an external id
 * the panel says is taken, a recorded user the panel no longer has.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class PanelBudgetTest extends ScenarioSupport {
    private static final String APPLICATION = "/api/application/";

    @Inject
    PterodactylClient client;

    @Test
    void aNewCustomerCostsTwoApplicationRequestsAndAReturningOneOne() throws Exception {
        nodeCache.nodes(); // placement reads the cache (refreshed in the background), not the panel per order
        Customer customer = Orders.newCustomer(true);
        Instant begin = Instant.now();
        OrderConfirmed first = Orders.confirmed(customer, "mc-basic");
        ProvisioningCompleted done = complete(first);

        assertThat(applicationRequestsSince(begin)).as("new customer")
                .containsExactly("POST /api/application/users 201", "POST /api/application/servers 201");
        assertThat(panel.requestsSince(begin, "GET", "/api/client/servers/" + done.server().identifier()))
                .as("install polled on the client API").isPositive();
        assertThat(done.panel().newUser()).isTrue();
        assertThat(panel.checkPassword(done.panel().username(), password(done))).isTrue();

        LoginDeliveryStub.current().answer(first.orderId(), null, "ARRIVED");
        Instant again = Instant.now();
        ProvisioningCompleted second = complete(Orders.confirmed(customer, "mc-basic"));
        assertThat(applicationRequestsSince(again)).as("returning customer")
                .containsExactly("POST /api/application/servers 201");
        assertThat(second.panel().password()).isNull();
        assertThat(second.panel().userId()).isEqualTo(done.panel().userId());
        assertThat(second.panel().username()).isEqualTo(done.panel().username());
        assertThat(panel.serverByExternalId(ProvisioningJob.serverExternalId(second.orderId())).orElseThrow().userId())
                .isEqualTo(done.panel().userId());
    }

    @Test
    void aUserCreateWhoseAnswerWasLostIsAdoptedByItsExternalIdWithThisJobsPassword() throws Exception {
        panel.fault(Fault.resetAfterResponse().on("POST", "/api/application/users").times(1));
        Customer customer = Orders.newCustomer(true);
        ProvisioningCompleted done = complete(Orders.confirmed(customer, "mc-basic"));

        String externalId = ProvisioningJob.userExternalId(customer.customerId());
        assertThat(panel.usersWithExternalId(externalId)).isEqualTo(1);
        assertThat(done.panel().newUser()).isTrue();
        assertThat(panel.checkPassword(done.panel().username(), password(done))).isTrue();
        assertThat(db.stepOutcomes(done.orderId())).contains("ENSURE_USER:RETRY");
    }

    @Test
    void aConnectionDroppedBeforeTheUserCreateIsRetriedWithoutALookup() throws Exception {
        panel.fault(Fault.connectionReset().on("POST", "/api/application/users").times(1));
        Instant begin = Instant.now();
        Customer customer = Orders.newCustomer(false);
        ProvisioningCompleted done = complete(Orders.confirmed(customer, "mc-basic"));

        assertThat(panel.requestsSince(begin, "GET", "/api/application/users/external/.*")).isZero();
        assertThat(panel.usersWithExternalId(ProvisioningJob.userExternalId(customer.customerId()))).isEqualTo(1);
        assertThat(panel.checkPassword(done.panel().username(), password(done))).isTrue();
    }

    @Test
    void aServerCreateWhoseAnswerWasLostIsLookedUpOnceAndAdoptedNotDuplicated() throws Exception {
        panel.resetAfterServerCreate(1);
        Instant begin = Instant.now();
        ProvisioningCompleted done = complete(Orders.confirmed(Orders.newCustomer(true), "mc-basic"));

        String externalId = ProvisioningJob.serverExternalId(done.orderId());
        assertThat(panel.serversWithExternalId(externalId)).isEqualTo(1);
        assertThat(panel.requestsSince(begin, "GET", "/api/application/servers/external/.*")).isEqualTo(1);
        assertThat(done.server().id()).isEqualTo(panel.serverByExternalId(externalId).orElseThrow().id());
    }

    @Test
    void aUserWeHaveNoRecordOfIsFoundByItsExternalIdOnlyAfterTheCreateIsRefused() throws Exception {
        Customer customer = Orders.newCustomer(true);
        String externalId = ProvisioningJob.userExternalId(customer.customerId());
        long existing = client.createUser(new NewUser(externalId, "made-by-hand@example.com", "byhand"
                + customer.customerId().substring(customer.customerId().length() - 6).toLowerCase(), "Made", "ByHand",
                "Some-Unknown-Passw0rd")).id();
        Instant begin = Instant.now();
        ProvisioningCompleted done = complete(Orders.confirmed(customer, "mc-basic"));

        assertThat(applicationRequestsSince(begin)).startsWith("POST /api/application/users 422",
                "GET /api/application/users/external/" + externalId + " 200");
        assertThat(done.panel().userId()).isEqualTo(existing);
        assertThat(done.panel().newUser()).as("the job did not create this user").isFalse();
        assertThat(panel.usersWithExternalId(externalId)).isEqualTo(1);
        assertThat(panel.checkPassword(done.panel().username(), password(done)))
                .as("the message carries the password the job set").isTrue();
        assertThat(panel.checkPassword(done.panel().username(), "Some-Unknown-Passw0rd")).isFalse();
    }

    @Test
    void aReturningCustomerWhoseUserWasDeletedByHandGetsANewUserAndAPasswordThatWorks() throws Exception {
        Customer customer = Orders.newCustomer(true);
        OrderConfirmed first = Orders.confirmed(customer, "mc-basic");
        ProvisioningCompleted done = complete(first);
        LoginDeliveryStub.current().answer(first.orderId(), null, "ARRIVED");
        client.forceDeleteServer(done.server().id());
        client.deleteUser(done.panel().userId());

        ProvisioningCompleted second = complete(Orders.confirmed(customer, "mc-basic"));
        assertThat(db.stepOutcomes(second.orderId())).contains("CREATE_SERVER:REDO");
        assertThat(second.panel().userId()).isNotEqualTo(done.panel().userId());
        assertThat(second.panel().password()).as("the old password died with the old user").isNotNull();
        assertThat(panel.checkPassword(second.panel().username(), password(second))).isTrue();
        assertThat(panel.usersWithExternalId(ProvisioningJob.userExternalId(customer.customerId()))).isEqualTo(1);
        assertThat(panel.serverByExternalId(ProvisioningJob.serverExternalId(second.orderId())).orElseThrow().userId())
                .isEqualTo(second.panel().userId());
    }

    private List<String> applicationRequestsSince(Instant since) {
        return panel.entriesSince(since).stream().filter(e -> e.path().startsWith(APPLICATION))
                .map(e -> e.method() + " " + e.path() + " " + e.status()).toList();
    }
}
