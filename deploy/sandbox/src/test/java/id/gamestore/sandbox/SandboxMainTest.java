package id.gamestore.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.support.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs SandboxMain as a separate JVM configured by environment, as a developer or the local run script would. */
class SandboxMainTest {

    /** Ports handed out in this run: the system may give a port it just freed to the next ServerSocket(0) again. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A port free now and not handed out before, so the panel and WhatsApp faces never get one port. */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket s = new ServerSocket(0)) {
                if (HANDED_OUT.add(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            }
        }
        throw new IllegalStateException("no fresh free port in 100 attempts");
    }

    @Test
    void standaloneMainStartsFromEnvServesPanelJsonAndStopsOnSigterm() throws Exception {
        int panelPort = freePort();
        int waPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SandboxMain.class.getName()).redirectErrorStream(true);
        pb.environment().put("SANDBOX_PANEL_PORT", Integer.toString(panelPort));
        pb.environment().put("SANDBOX_WA_PORT", Integer.toString(waPort));
        pb.environment().put("SANDBOX_INSTALL_SECONDS", "0.2");
        pb.environment().put("SANDBOX_WA_APP_SECRET", "very-secret-app-secret");
        Process process = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reader closed");
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(l -> l.contains("install takes")));
            assertThat(String.join("\n", lines)).contains("http://127.0.0.1:" + panelPort)
                    .contains("http://127.0.0.1:" + waPort).doesNotContain("very-secret-app-secret")
                    .doesNotContain(SandboxConfig.DEFAULT_APP_KEY).contains("ptla_sandboxadmn...");

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + panelPort + "/api/application/nodes"))
                    .header("Authorization", "Bearer " + SandboxConfig.DEFAULT_APP_KEY)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = Json.MAPPER.readTree(response.body());
            assertThat(body.path("object").asText()).isEqualTo("list");
            assertThat(body.path("data").get(0).path("object").asText()).isEqualTo("node");
            assertThat(body.path("meta").path("pagination").path("total").asInt()).isEqualTo(3);
        } finally {
            process.toHandle().destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        reader.join(5000);
        assertThat(lines).as("output after SIGTERM").anyMatch(l -> l.contains("stopping"));
    }
}
