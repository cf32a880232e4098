package id.gamestore.notification.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/** CHAT_COMMANDS=on, with order-service stood in by {@link OrderServiceStandIn}. */
public class ChatCommandsOn implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StandInResource.class));
    }

    /** Starts the stand-in and points the chat client at it; injects it into {@code @InjectSandbox} fields. */
    public static class StandInResource implements QuarkusTestResourceLifecycleManager {
        private OrderServiceStandIn standIn;

        @Override
        public Map<String, String> start() {
            try {
                standIn = new OrderServiceStandIn();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot start the order-service stand-in", e);
            }
            return Map.of("notification.chat.enabled", "on",
                    "notification.chat.order-url", standIn.url(),
                    "notification.chat.order-api-key", OrderServiceStandIn.API_KEY);
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(standIn,
                    new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, OrderServiceStandIn.class));
        }

        @Override
        public void stop() {
            if (standIn != null) {
                standIn.close();
            }
        }
    }
}
