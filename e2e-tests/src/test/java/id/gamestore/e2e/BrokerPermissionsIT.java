package id.gamestore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import id.gamestore.contracts.messaging.Topology;

/**
 * Each service's broker user (the one {@link Product} runs it as) may publish only where that service publishes and
 * read only its own queue: whoever holds notification-service's login cannot, for example, publish
 * {@code credentials.reset-requested} on the {@code orders} exchange. Needs the users {@code deploy/local/infra.sh}
 * creates on the {@code e2e} vhost.
 */
class BrokerPermissionsIT {
    private static final String PROBE_KEY = "permission.probe";

    @BeforeAll
    static void exchangesExist() throws Exception {
        ConnectionFactory f = factory("guest", "guest");
        try (Connection c = f.newConnection("e2e-permissions-setup"); Channel ch = c.createChannel()) {
            ch.exchangeDeclare(Topology.ORDERS_EXCHANGE, BuiltinExchangeType.TOPIC, true);
            ch.exchangeDeclare(Topology.PROVISIONING_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        }
    }

    @Test
    void onlyOrderServiceMayPublishOnTheOrdersExchange() throws Exception {
        assertThat(publish("order-service", Topology.ORDERS_EXCHANGE)).isEqualTo("confirmed");
        assertThat(publish("notification-service", Topology.ORDERS_EXCHANGE)).contains("ACCESS_REFUSED");
        assertThat(publish("provisioning-service", Topology.ORDERS_EXCHANGE)).contains("ACCESS_REFUSED");
    }

    @Test
    void onlyProvisioningServiceMayPublishOnTheProvisioningExchange() throws Exception {
        assertThat(publish("provisioning-service", Topology.PROVISIONING_EXCHANGE)).isEqualTo("confirmed");
        assertThat(publish("notification-service", Topology.PROVISIONING_EXCHANGE)).contains("ACCESS_REFUSED");
        assertThat(publish("order-service", Topology.PROVISIONING_EXCHANGE)).contains("ACCESS_REFUSED");
    }

    @Test
    void notificationServiceCannotReadAnotherServicesQueue() throws Exception {
        assertThat(get("notification-service", Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE))
                .contains("ACCESS_REFUSED");
        assertThat(get("notification-service", Topology.ORDER_PROVISIONING_EVENTS_QUEUE)).contains("ACCESS_REFUSED");
    }

    /** @return "confirmed", or the broker's reason for closing the channel */
    private static String publish(String service, String exchange) throws Exception {
        Product.BrokerLogin login = Product.brokerLogin(service);
        try (Connection c = factory(login.user(), login.password()).newConnection("e2e-permissions-" + service)) {
            Channel ch = c.createChannel();
            ch.confirmSelect();
            ch.basicPublish(exchange, PROBE_KEY, null, "{}".getBytes(StandardCharsets.UTF_8));
            ch.waitForConfirmsOrDie(5_000);
            ch.close();
            return "confirmed";
        } catch (com.rabbitmq.client.ShutdownSignalException | java.io.IOException e) {
            return String.valueOf(reason(e));
        }
    }

    private static String get(String service, String queue) throws Exception {
        Product.BrokerLogin login = Product.brokerLogin(service);
        try (Connection c = factory(login.user(), login.password()).newConnection("e2e-permissions-" + service)) {
            Channel ch = c.createChannel();
            ch.basicGet(queue, false);
            ch.close();
            return "read";
        } catch (com.rabbitmq.client.ShutdownSignalException | java.io.IOException e) {
            return String.valueOf(reason(e));
        }
    }

    private static Object reason(Exception e) {
        Throwable t = e;
        while (t != null && !(t instanceof com.rabbitmq.client.ShutdownSignalException)) {
            t = t.getCause();
        }
        return t == null ? e.getMessage() : ((com.rabbitmq.client.ShutdownSignalException) t).getReason();
    }

    private static ConnectionFactory factory(String user, String password) {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        f.setVirtualHost(Product.VHOST);
        f.setUsername(user);
        f.setPassword(password);
        return f;
    }
}
