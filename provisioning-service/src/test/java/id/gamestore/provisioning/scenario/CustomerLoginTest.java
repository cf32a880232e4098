package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.support.LoginDeliveryStub;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.sandbox.faults.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * One customer, one panel user of ours, and a password that works in the message that reaches them: never someone
 * else's account found by email, and never a "use your existing password" for a password that did not arrive.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class CustomerLoginTest extends ScenarioSupport {

    @Test
    void anOrderWithThePanelAdminsEmailGetsItsOwnUserNeverTheAdminsAccount() throws Exception {
        Customer attacker = withEmail(Orders.newCustomer(false), "admin@sandbox.test");
        ProvisioningCompleted done = complete(Orders.confirmed(attacker, "mc-basic"));

        assertThat(done.panel().userId()).isNotEqualTo(1L);
        assertThat(done.panel().email()).isNotEqualToIgnoringCase("admin@sandbox.test");
        assertThat(done.panel().password()).isNotNull();
        assertThat(panel.userExternalId(done.panel().userId()))
                .isEqualTo(ProvisioningJob.userExternalId(attacker.customerId()));
        assertThat(panel.checkPassword("admin", "sandbox-admin-password")).as("admin password untouched").isTrue();
        assertThat(panel.checkPassword(done.panel().username(), password(done))).isTrue();
    }

    @Test
    void anOrderWithAnotherCustomersEmailGetsItsOwnUserNeverTheirs() throws Exception {
        Customer attacker = withEmail(Orders.newCustomer(false), "STAFF@sandbox.test");
        ProvisioningCompleted done = complete(Orders.confirmed(attacker, "mc-basic"));

        assertThat(done.panel().userId()).isNotEqualTo(2L);
        assertThat(done.panel().newUser()).isTrue();
        assertThat(panel.checkPassword("staff", "sandbox-staff-password")).as("staff password untouched").isTrue();
        assertThat(panel.usersWithExternalId(ProvisioningJob.userExternalId(attacker.customerId()))).isEqualTo(1);
    }

    @Test
    void aReturningCustomerWhoseFirstLoginArrivedGetsNoNewPassword() throws Exception {
        Customer customer = Orders.newCustomer(true);
        OrderConfirmed first = Orders.confirmed(customer, "mc-basic");
        String firstPassword = password(complete(first));
        LoginDeliveryStub.current().answer(first.orderId(), null, "ARRIVED");

        ProvisioningCompleted second = complete(Orders.confirmed(customer, "mc-pro"));
        assertThat(second.panel().password()).isNull();
        assertThat(panel.checkPassword(second.panel().username(), firstPassword)).isTrue();
    }

    @Test
    void aSecondOrderSetsAndSendsANewPasswordWhenTheFirstLoginNeverArrived() throws Exception {
        Customer customer = Orders.newCustomer(true);
        OrderConfirmed first = Orders.confirmed(customer, "mc-basic");
        String firstPassword = password(complete(first));
        LoginDeliveryStub.current().answer(first.orderId(), null, "FAILED");

        ProvisioningCompleted second = complete(Orders.confirmed(customer, "mc-basic"));
        assertThat(second.panel().password()).as("the second message must carry a password").isNotNull();
        assertThat(second.panel().newUser()).isFalse();
        String secondPassword = password(second);
        assertThat(panel.checkPassword(second.panel().username(), secondPassword)).isTrue();
        assertThat(panel.checkPassword(second.panel().username(), firstPassword)).isFalse();
        assertThat(panel.usersWithExternalId(ProvisioningJob.userExternalId(customer.customerId()))).isEqualTo(1);
    }

    @Test
    void aSecondOrderWaitsForTheFirstLoginThatIsStillOnItsWay() throws Exception {
        Customer customer = Orders.newCustomer(true);
        OrderConfirmed first = Orders.confirmed(customer, "mc-basic");
        complete(first);
        LoginDeliveryStub.current().answer(first.orderId(), null, "PENDING");
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        later.schedule(() -> LoginDeliveryStub.current().answer(first.orderId(), null, "ARRIVED"), 1,
                TimeUnit.SECONDS);
        try {
            ProvisioningCompleted second = complete(Orders.confirmed(customer, "mc-basic"));
            assertThat(second.panel().password()).isNull();
        } finally {
            later.shutdownNow();
        }
    }

    /**
     * Six customers (what the test panel has room for) place three orders each at the same moment while 30% of the
     * panel's user creations and password updates answer 503.
     * Notification-service is played by the stub: a login is reported ARRIVED a moment after its event appears.
     */
    @Test
    void simultaneousOrdersOfOneCustomerUnderPanelErrorsGiveOneUserAndAWorkingPassword() throws Exception {
        panel.fault(Fault.serverError(503).on("POST", "/api/application/users").withRate(0.3));
        panel.fault(Fault.serverError(503).on("PATCH", "/api/application/users/*").withRate(0.3));
        List<Customer> customers = new ArrayList<>();
        List<OrderConfirmed> orders = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            Customer customer = Orders.newCustomer(c % 2 == 0);
            customers.add(customer);
            for (int o = 0; o < 3; o++) {
                orders.add(Orders.confirmed(customer, "mc-basic"));
            }
        }
        for (OrderConfirmed order : orders) {
            publish(order);
        }
        Map<String, ProvisioningCompleted> done = new HashMap<>();
        List<String> arrivalOrder = new ArrayList<>();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (OrderConfirmed order : orders) {
                if (!done.containsKey(order.orderId()) && !terminals(order.orderId()).isEmpty()) {
                    TestBroker.Received t = terminals(order.orderId()).get(0);
                    assertThat(t.type()).as(order.orderId()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
                    ProvisioningCompleted e = EventJson.read(t.json(), ProvisioningCompleted.class);
                    done.put(order.orderId(), e);
                    arrivalOrder.add(order.orderId());
                    if (e.panel().password() != null) {
                        LoginDeliveryStub.current().answer(order.orderId(), null, "ARRIVED");
                    }
                }
            }
            return done.size() == orders.size();
        });
        panel.clearFaults();

        int returning = 0;
        for (Customer customer : customers) {
            String externalId = ProvisioningJob.userExternalId(customer.customerId());
            assertThat(panel.usersWithExternalId(externalId)).as("users of " + customer.customerId()).isEqualTo(1);
            String username = panel.userByExternalId(externalId).orElseThrow().username();
            String lastPassword = null;
            boolean passwordSeen = false;
            for (String orderId : arrivalOrder) {
                ProvisioningCompleted e = done.get(orderId);
                if (!e.customer().customerId().equals(customer.customerId())) {
                    continue;
                }
                assertThat(e.panel().username()).isEqualTo(username);
                if (e.panel().password() != null) {
                    lastPassword = password(e);
                    passwordSeen = true;
                } else {
                    returning++;
                    assertThat(passwordSeen).as("order " + orderId + " promises a password that was never sent")
                            .isTrue();
                }
            }
            assertThat(lastPassword).as("customer " + customer.customerId() + " got a password").isNotNull();
            assertThat(panel.checkPassword(username, lastPassword))
                    .as("the last password sent to " + customer.customerId() + " logs in").isTrue();
        }
        System.out.printf("customer logins: customers=%d orders=%d returning=%d users=one each%n", customers.size(),
                orders.size(), returning);
    }

    private static Customer withEmail(Customer c, String email) {
        return new Customer(c.customerId(), c.phone(), c.name(), email, c.locale());
    }
}
