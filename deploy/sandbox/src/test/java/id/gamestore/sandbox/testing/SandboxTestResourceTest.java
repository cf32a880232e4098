package id.gamestore.sandbox.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.gamestore.sandbox.Sandbox;
import id.gamestore.sandbox.SandboxConfig;
import id.gamestore.sandbox.panel.PanelSandbox;
import id.gamestore.sandbox.whatsapp.WhatsAppSandbox;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxTestResourceTest {

    /** What a service writes: its own property names. */
    static final class ServiceSandboxResource extends SandboxTestResource {
        @Override
        protected SandboxConfig config() {
            return SandboxConfig.defaults().withInstallMillis(50);
        }

        @Override
        protected Map<String, String> configOverrides(Sandbox sandbox) {
            return Map.of("pterodactyl.url", sandbox.panelUrl(), "pterodactyl.api-key", sandbox.config().panelAppKey(),
                    "whatsapp.url", sandbox.whatsappUrl());
        }
    }

    /** Stands in for a @QuarkusTest instance. */
    static final class FakeTest {
        @InjectSandbox
        Sandbox sandbox;
        @InjectSandbox
        PanelSandbox panel;
        @InjectSandbox
        WhatsAppSandbox whatsapp;
        Sandbox notAnnotated;
    }

    @Test
    void startsSandboxReturnsOverridesInjectsFieldsAndStops() {
        ServiceSandboxResource resource = new ServiceSandboxResource();
        Map<String, String> overrides = resource.start();
        try {
            Sandbox current = SandboxTestResource.current();
            assertThat(current).isNotNull();
            assertThat(overrides).containsEntry("pterodactyl.url", current.panelUrl())
                    .containsEntry("pterodactyl.api-key", SandboxConfig.DEFAULT_APP_KEY)
                    .containsEntry("whatsapp.url", current.whatsappUrl());
            assertThat(current.config().installMillis()).isEqualTo(50);

            FakeTest test = new FakeTest();
            resource.inject((target, predicate) -> {
                for (Field f : FakeTest.class.getDeclaredFields()) {
                    if (predicate.test(f)) {
                        try {
                            f.setAccessible(true);
                            f.set(test, target);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            });
            assertThat(test.sandbox).isSameAs(current);
            assertThat(test.panel).isSameAs(current.panel());
            assertThat(test.whatsapp).isSameAs(current.whatsapp());
            assertThat(test.notAnnotated).isNull();
            given().baseUri(current.panelUrl()).header("Authorization", "Bearer " + SandboxConfig.DEFAULT_APP_KEY)
                    .accept("application/json").get("/api/application/nests").then().statusCode(200);
        } finally {
            resource.stop();
        }
        assertThat(SandboxTestResource.current()).isNull();
    }
}
