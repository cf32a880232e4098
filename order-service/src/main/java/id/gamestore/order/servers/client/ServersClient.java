package id.gamestore.order.servers.client;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import id.gamestore.order.servers.PowerResult;
import id.gamestore.order.servers.ServerLookup;
import id.gamestore.order.servers.ServerStatus;
import id.gamestore.order.servers.ServersConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Calls provisioning-service's server endpoints and turns every HTTP outcome into an answer: 404 is "unknown server",
 * 409 says why the server is not ready, anything else (timeout, refused connection, 5xx, 401) is "unavailable".
 * No retry: a chat reply does not wait, the customer can ask again.
 */
@ApplicationScoped
public class ServersClient {
    private static final Logger LOG = Logger.getLogger(ServersClient.class);

    private final ServersApi api;
    private final String key;

    ServersClient(ServersConfig config) {
        long timeout = config.serverTimeout().toMillis();
        this.api = config.url().filter(u -> !u.isBlank())
                .map(url -> QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                        .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                        .build(ServersApi.class))
                .orElse(null);
        this.key = config.serviceApiKey().orElse("");
    }

    public boolean configured() {
        return api != null;
    }

    public ServerLookup status(String identifier) {
        try {
            ServerStatus status = api.status(key, identifier);
            return status == null ? unreachable(identifier, "an empty answer")
                    : ServerLookup.found(status);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return ServerLookup.unknown();
            }
            return unreachable(identifier, "HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException | IllegalStateException e) {
            return unreachable(identifier, e.getClass().getSimpleName());
        }
    }

    public PowerResult power(String identifier, String signal) {
        try {
            api.power(key, identifier, new ServersApi.PowerRequest(signal));
            return PowerResult.ACCEPTED;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return PowerResult.NOT_FOUND;
            }
            if (status == 409) {
                return notReady(e);
            }
            LOG.warnf("provisioning-service refused power %s of server %s: HTTP %d", signal, identifier, status);
            return PowerResult.UNAVAILABLE;
        } catch (ProcessingException | IllegalStateException e) {
            LOG.warnf("cannot reach provisioning-service for power %s of server %s (%s)", signal, identifier,
                    e.getClass().getSimpleName());
            return PowerResult.UNAVAILABLE;
        }
    }

    /** 409 SERVER_NOT_READY: its message says whether the server is installing or suspended. */
    private static PowerResult notReady(WebApplicationException e) {
        String body;
        try {
            body = e.getResponse().readEntity(String.class);
        } catch (RuntimeException unreadable) {
            return PowerResult.NOT_READY;
        }
        String text = body == null ? "" : body.toLowerCase(Locale.ROOT);
        return text.contains("suspend") ? PowerResult.SUSPENDED
                : text.contains("install") ? PowerResult.INSTALLING : PowerResult.NOT_READY;
    }

    private static ServerLookup unreachable(String identifier, String why) {
        LOG.warnf("cannot get the status of server %s from provisioning-service (%s)", identifier, why);
        return ServerLookup.found(ServerStatus.unavailable(identifier, ServerStatus.PROVISIONING_UNREACHABLE));
    }
}
