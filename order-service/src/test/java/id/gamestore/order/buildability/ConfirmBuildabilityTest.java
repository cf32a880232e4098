package id.gamestore.order.buildability;

import static id.gamestore.order.support.Api.admin;
import static id.gamestore.order.support.Api.bot;
import static id.gamestore.order.support.Api.orderBody;
import static id.gamestore.order.support.Api.randomPhone;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.gamestore.order.support.ProvisioningStub;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A package provisioning-service cannot build is never confirmable: the confirm answers 409 PACKAGE_NOT_BUILDABLE
 * naming the package and why, and the order stays PENDING. What the catalog sells and provisioning cannot build is a
 * readiness warning, not DOWN. (provisioning-service is a stub of its REST API here; its answer is not cached, so
 * each confirm sees what the test set.)
 */
@QuarkusTest
@TestProfile(ConfirmBuildabilityTest.WithProvisioning.class)
class ConfirmBuildabilityTest {
    private static final String CHECK = "checks.find { it.name == 'catalog-buildable' }";

    /** order-service pointed at the provisioning stub. */
    public static class WithProvisioning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("order.provisioning.url", ProvisioningStub.current().url(),
                    "order.provisioning.admin-api-key", ProvisioningStub.KEY,
                    "order.provisioning.cache", "1ms");
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @AfterEach
    void everythingBuildable() {
        ProvisioningStub.current().failing(false);
        ProvisioningStub.current().answer(ProvisioningStub.packages("mc-basic", true, null, "mc-pro", true, null));
    }

    @Test
    void confirmOfAPackageProvisioningCannotBuildIsRefusedAndTheOrderStaysPending() {
        ProvisioningStub.current().answer(ProvisioningStub.packages("mc-basic", true, null, "mc-pro", false,
                "NO_CAPACITY"));
        String id = place("mc-pro");

        confirm(id).statusCode(409).body("code", equalTo("PACKAGE_NOT_BUILDABLE")).body("field", equalTo("packageCode"))
                .body("message", containsString("mc-pro")).body("message", containsString("NO_CAPACITY"))
                .body("message", containsString("no node has room"));
        admin().get("/api/admin/orders/" + id).then().statusCode(200).body("status", equalTo("PENDING"));

        ProvisioningStub.current().answer(ProvisioningStub.packages("mc-basic", true, null));
        confirm(id).statusCode(409).body("code", equalTo("PACKAGE_NOT_BUILDABLE"))
                .body("message", containsString("NOT_MAPPED"))
                .body("message", containsString("not in provisioning-service's resource mapping"));

        String buildable = place("mc-basic");
        confirm(buildable).statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void catalogPackagesProvisioningCannotBuildAreANamedReadinessWarningNotDown() {
        ProvisioningStub.current().answer(ProvisioningStub.packages("mc-basic", true, null));
        given().port(management.getPort()).get("/q/health/ready").then().statusCode(200)
                .body(CHECK + ".status", equalTo("UP")).body(CHECK + ".data.provisioning", equalTo("UP"))
                .body(CHECK + ".data.warnings", equalTo("package:mc-pro:NOT_MAPPED"))
                .body(CHECK + ".data.warnings", not(containsString("mc-basic")));
    }

    @Test
    void whenProvisioningCannotBeAskedItsLastAnswerIsUsed() {
        ProvisioningStub.current().answer(ProvisioningStub.packages("mc-basic", true, null, "mc-pro", false,
                "EGG_MISSING"));
        given().port(management.getPort()).get("/q/health/ready").then().statusCode(200)
                .body(CHECK + ".data.warnings", equalTo("package:mc-pro:EGG_MISSING"));
        ProvisioningStub.current().failing(true);

        confirm(place("mc-pro")).statusCode(409).body("message", containsString("EGG_MISSING"));
        given().port(management.getPort()).get("/q/health/ready").then().statusCode(200)
                .body(CHECK + ".data.provisioning", equalTo("UNREACHABLE"))
                .body(CHECK + ".data.warnings", containsString("provisioning:UNREACHABLE"))
                .body(CHECK + ".data.warnings", containsString("package:mc-pro:EGG_MISSING"));
    }

    private static String place(String pkg) {
        return bot().body(orderBody(randomPhone(), "Budi Santoso", pkg, 1)).post("/api/orders").then().statusCode(201)
                .extract().path("orderId");
    }

    private static io.restassured.response.ValidatableResponse confirm(String id) {
        return admin().body("{\"confirmedBy\":\"admin test\"}").post("/api/admin/orders/" + id + "/confirm").then();
    }
}
