package id.gamestore.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real outages of the machine's own PostgreSQL cluster and RabbitMQ node, for the fault run. Both are shared by the
 * whole machine, which is why only the e2e module (run last, alone) uses this; unit suites cut their own connections
 * with a proxy instead. Needs root, as {@code deploy/local/infra.sh} does.
 */
final class Outages {
    /** {@code <version> <name>} of the cluster the run uses, as {@code pg_lsclusters} lists it. */
    private static final String CLUSTER = System.getProperty("e2e.pg.cluster", "15 main");
    /** The RabbitMQ node the run uses ({@code rabbitmqctl -n}); empty: the machine's default node. */
    private static final String NODE = System.getProperty("e2e.rabbitmq.node", "");

    private Outages() {
    }

    /** {@code pg_ctlcluster stop -m fast}: every session is disconnected, as in a crash or a failover. */
    static void stopPostgres() {
        run(pgctl("stop", "-m", "fast"));
    }

    static void startPostgres() {
        run(pgctl("start"));
    }

    static void stopBroker() {
        run(rabbitmqctl("stop_app"));
    }

    static void startBroker() {
        run(rabbitmqctl("start_app"));
        run(rabbitmqctl("await_startup"));
    }

    private static List<String> rabbitmqctl(String action) {
        List<String> cmd = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        if (!NODE.isBlank()) {
            cmd.addAll(List.of("-n", NODE));
        }
        cmd.add(action);
        return cmd;
    }

    private static List<String> pgctl(String... action) {
        List<String> cmd = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect"));
        cmd.addAll(List.of(CLUSTER.split(" ")));
        cmd.addAll(List.of(action));
        return cmd;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue() + ": "
                        + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + String.join(" ", command), e);
        }
    }
}
