package id.gamestore.provisioning.mapping;

/**
 * One reason the resource mapping cannot be used right now. {@link #kind()} and {@link #packageCode()} are stable
 * and may be shown to monitoring; {@link #detail()} is the sentence for the log (it may carry panel error text).
 *
 * @param packageCode the package concerned, or null when the panel itself cannot be used
 */
public record MappingProblem(String packageCode, Kind kind, String detail) {
    /** What is wrong, as a code. */
    public enum Kind {
        PANEL_UNREACHABLE, PANEL_KEY_REJECTED, INVALID_LIMITS, LOCATION_MISSING, NODE_MISSING, EGG_MISSING,
        VARIABLE_MISSING, PORT_VARIABLE_UNKNOWN, IMAGE_MISSING, NO_CAPACITY, CLIENT_KEY_UNUSABLE;

        public boolean concernsPanel() {
            return this == PANEL_UNREACHABLE || this == PANEL_KEY_REJECTED;
        }

        public boolean concernsClientKey() {
            return this == CLIENT_KEY_UNUSABLE;
        }
    }

    public static MappingProblem panel(Kind kind, String detail) {
        return new MappingProblem(null, kind, detail);
    }

    /** The package needs the client API (initial files) and the client key is missing or refused. */
    public static MappingProblem clientKey(String packageCode, String detail) {
        return of(packageCode, Kind.CLIENT_KEY_UNUSABLE, detail);
    }

    public static MappingProblem of(String packageCode, Kind kind, String detail) {
        return new MappingProblem(packageCode, kind, "package " + packageCode + ": " + detail);
    }

    @Override
    public String toString() {
        return detail;
    }
}
