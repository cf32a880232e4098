package id.gamestore.support.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The {@code X-Api-Key} header of a request, on its way to {@link ApiKeyIdentityProvider}. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Never the key: this object may end up in a debug log. */
    @Override
    public String toString() {
        return "ApiKeyAuthenticationRequest[key=***]";
    }
}
