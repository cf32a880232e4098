package id.gamestore.sandbox.panel;

import static org.assertj.core.api.Assertions.assertThat;

import id.gamestore.sandbox.support.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends PanelTestSupport {
    private final HttpClient http = HttpClient.newHttpClient();

    private CompletableFuture<HttpResponse<String>> post(Map<String, Object> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.panelUrl() + "/api/application/servers"))
                .header("Authorization", "Bearer " + APP_KEY).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body))).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void concurrentDeploysNeverShareAnAllocation() throws Exception {
        int user = createUser("concurrent");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> body = paperServer(user, "conc-" + i);
            body.put("limits", Map.of("memory", 128, "swap", 0, "disk", 512, "io", 500, "cpu", 50));
            calls.add(post(body));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            statuses.add(call.get().statusCode());
        }
        assertThat(statuses).containsOnly(201);
        List<Integer> primaries = panel().inventory().servers().stream().map(PanelServer::allocationId)
                .collect(Collectors.toList());
        assertThat(primaries).hasSize(60).doesNotHaveDuplicates();
        assertThat(panel().inventory().allocationsInUse()).hasSize(60);
    }

    @Test
    void concurrentCreatesOnTheSameAllocationLetExactlyOneWin() throws Exception {
        int user = createUser("samealloc");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = paperServer(user, "same-" + i);
            body.remove("deploy");
            body.put("allocation", Map.of("default", 42));
            calls.add(post(body));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            statuses.add(call.get().statusCode());
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(11);
    }

    @Test
    void concurrentCreatesWithTheSameExternalIdCreateOneServer() throws Exception {
        int user = createUser("sameext");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(post(paperServer(user, "same-order")));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            call.get();
        }
        assertThat(panel().inventory().servers()).hasSize(1);
    }
}
