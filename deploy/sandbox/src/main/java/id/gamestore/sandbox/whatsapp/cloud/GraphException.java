package id.gamestore.sandbox.whatsapp.cloud;

/** Thrown by request validation; carries the error the API answers with. */
public final class GraphException extends RuntimeException {
    private final GraphError error;

    public GraphException(GraphError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public GraphError error() {
        return error;
    }
}
