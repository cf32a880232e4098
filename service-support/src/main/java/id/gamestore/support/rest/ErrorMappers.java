package id.gamestore.support.rest;

import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure of a request into an {@link ApiError} body, the same way in every service: never a stack trace,
 * a class name or a request body. The words of 401, 403 and 404 are the service's ({@link ErrorTexts}); a service adds
 * mappers only for its own exception types.
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final String MALFORMED_JSON = "MALFORMED_JSON";

    private final ErrorTexts texts;

    public ErrorMappers(ErrorTexts texts) {
        this.texts = texts;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return respond(e.status(), e.error());
    }

    /** No {@code X-Api-Key} on an endpoint that needs one. Whether there was a key is logged, never the key. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        LOG.infof("request to %s refused: no API key", uri.getPath());
        return respond(401, texts.unauthorized());
    }

    /** An {@code X-Api-Key} that is not configured: the same answer as none, so keys cannot be probed. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        LOG.infof("request to %s refused: unknown API key", uri.getPath());
        return respond(401, texts.unauthorized());
    }

    /** A valid key without the endpoint's role. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, texts.forbidden());
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e) {
        return respond(400, ApiError.of(MALFORMED_JSON, "request body is not valid JSON"));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonMapping(e);
    }

    /** A JSON value of the wrong type: names the field by its path ({@code items.[0].qty}). */
    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return respond(400, ApiError.of(MALFORMED_JSON, "request body must be a JSON object"));
        }
        return respond(400, new ApiError("INVALID_FIELD_TYPE", field + " has the wrong type", field));
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e) {
        return respond(400, ApiError.of(MALFORMED_JSON, "request body is not valid JSON"));
    }

    /** Bean Validation on a resource's parameters: every violation in the message, the first field by name. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        String field = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString())).sorted().findFirst().orElse(null);
        return respond(400, new ApiError("BAD_REQUEST", message, field));
    }

    /** What the HTTP layer refused before a resource ran (no such path, wrong method or media type, too large). */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ApiError error = switch (status) {
            case 400 -> causedByJson(e) ? ApiError.of(MALFORMED_JSON, "request body is not valid JSON")
                    : ApiError.of("BAD_REQUEST", "the request could not be read");
            case 404 -> texts.notFound();
            case 405 -> ApiError.of("METHOD_NOT_ALLOWED", "this endpoint does not support that HTTP method");
            case 406 -> ApiError.of("NOT_ACCEPTABLE", "this endpoint answers application/json only");
            case 413 -> ApiError.of("PAYLOAD_TOO_LARGE", "request body is too large");
            case 415 -> ApiError.of("UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json");
            default -> status >= 500 ? internal(e) : ApiError.of("HTTP_" + status, "the request was refused");
        };
        return respond(status >= 500 ? 500 : status, error);
    }

    /**
     * Anything else: 500 with a reference the operator finds in the log. The log line names the exception's cause chain
     * by class and where it was thrown, not its messages (which may quote a request or a secret); the full exception
     * is logged at DEBUG only.
     */
    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        return respond(500, internal(e));
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static final int WHERE_FRAMES = 8;

    private static ApiError internal(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf("unexpected %s while serving a request, reference %s; where: %s", e.getClass().getName(),
                reference, where(e));
        LOG.debugf(e, "unexpected error, reference %s", reference);
        return ApiError.of("INTERNAL_ERROR", "unexpected error; reference " + reference);
    }

    /**
     * The exception's cause chain by class and the innermost cause's first frames, without any message: enough for an
     * operator to find the line, nothing a message could quote.
     */
    static String where(Throwable e) {
        StringBuilder out = new StringBuilder();
        Throwable innermost = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            innermost = t;
        }
        StackTraceElement[] frames = innermost.getStackTrace();
        for (int i = 0; i < Math.min(WHERE_FRAMES, frames.length); i++) {
            out.append("\n\tat ").append(frames[i]);
        }
        return out.toString();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** A JSON response with the given status and error body. */
    public static Response respond(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
