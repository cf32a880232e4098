package id.gamestore.provisioning.mapping;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The resource mapping cannot be used as written; the message names the package and the key
 * ({@code packages.bronze: unknown key "preffered_nodes"}). Thrown while the mapping is read at start-up, so the
 * service does not start with a package that would build something else than it says.
 */
public class MappingException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }
}
