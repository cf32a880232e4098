package id.gamestore.support.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

class HealthDetailsFilterTest {
    private final HealthDetailsFilter filter = new HealthDetailsFilter();

    @Test
    void builtInCheckTextBecomesUpOrDownAndCodesStay() {
        JsonObject filtered = filter.filter(json("""
                {"status":"DOWN","checks":[
                 {"name":"Database connections health check","status":"DOWN","data":{"<default>":
                   "Unable to execute the validation check: Connection to 127.0.0.1:5432 refused"}},
                 {"name":"SmallRye Reactive Messaging - readiness check","status":"DOWN","data":{
                   "provisioning-events":"[KO] - java.net.ConnectException: Connection refused: localhost/:5672",
                   "other":"[OK]"}},
                 {"name":"rabbitmq-outbox","status":"DOWN","data":
                   {"broker":"DOWN","reason":"UNREACHABLE","open":false,"n":2}},
                 {"name":"no-data","status":"UP"}]}"""));

        assertThat(filtered.toString()).doesNotContain("127.0.0.1", "localhost", "Exception", "refused", "5432");
        assertThat(filtered.getJsonArray("checks").getJsonObject(0).getJsonObject("data").getString("<default>"))
                .isEqualTo("DOWN");
        JsonObject messaging = filtered.getJsonArray("checks").getJsonObject(1).getJsonObject("data");
        assertThat(messaging.getString("provisioning-events")).isEqualTo("DOWN");
        assertThat(messaging.getString("other")).isEqualTo("UP");
        assertThat(filtered.getJsonArray("checks").getJsonObject(2).getJsonObject("data").toString())
                .isEqualTo("{\"broker\":\"DOWN\",\"reason\":\"UNREACHABLE\",\"open\":false,\"n\":2}");
        assertThat(filtered.getJsonArray("checks").getJsonObject(3))
                .isEqualTo(json("{\"name\":\"no-data\",\"status\":\"UP\"}"));
        assertThat(filtered.getString("status")).isEqualTo("DOWN");
    }

    @Test
    void warningCodeListsStayButHostAndPortDoNot() {
        JsonObject filtered = filter.filter(json("""
                {"status":"UP","checks":[{"name":"catalog-buildable","status":"UP","data":{
                 "warnings":"package:mc-pro:NOT_MAPPED,provisioning:UNREACHABLE","none":"",
                 "host":"db.internal:5432","url":"jdbc:postgresql://db:5432/orders"}}]}"""));

        JsonObject data = filtered.getJsonArray("checks").getJsonObject(0).getJsonObject("data");
        assertThat(data.getString("warnings")).isEqualTo("package:mc-pro:NOT_MAPPED,provisioning:UNREACHABLE");
        assertThat(data.getString("none")).isEmpty();
        assertThat(data.getString("host")).isEqualTo("DOWN");
        assertThat(data.getString("url")).isEqualTo("DOWN");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
