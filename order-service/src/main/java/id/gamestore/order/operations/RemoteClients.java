package id.gamestore.order.operations;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** Builds a REST client for another service's admin API, or none when its URL or key is not configured. */
public final class RemoteClients {
    private RemoteClients() {
    }

    public static <T> T build(Class<T> api, Optional<String> url, Optional<String> key, Duration timeout) {
        if (url.filter(u -> !u.isBlank()).isEmpty() || key.filter(k -> !k.isBlank()).isEmpty()) {
            return null;
        }
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url.get().strip()))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(api);
    }
}
