package id.gamestore.notification.channel;

/**
 * Something missing or wrong in a channel's configuration: the environment variable it concerns (a stable name that
 * readiness may show) and a sentence for the log.
 */
public record ConfigurationProblem(String variable, String detail) {
    @Override
    public String toString() {
        return variable + " " + detail;
    }
}
