package id.gamestore.support.auth;

import java.util.Optional;

/**
 * An optional check on the client's address that {@link ApiKeyAuthenticationMechanism} runs before it looks at the
 * key, for exactly the endpoints that need a role. A service that limits its protected API to some networks provides
 * one bean of this type; without one every client may present a key.
 */
public interface ClientGate {
    /**
     * @param clientHost the client's address as the HTTP layer sees it (honouring {@code quarkus.http.proxy.*}), or
     *        null when unknown
     * @return empty to go on and read the key, or the failure to answer instead (mapped by the service)
     */
    Optional<RuntimeException> refuse(String clientHost);
}
