package id.gamestore.order.error;

import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into an {@link ApiError} body: never a stack trace or a class name, whatever went wrong.
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return respond(e.status(), e.toError());
    }

    /** No {@code X-Api-Key} on an endpoint that needs one. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    /** An {@code X-Api-Key} that is not configured: the same answer as none, so keys cannot be probed. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    /** A valid key without the endpoint's role: a bot key on an admin endpoint. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, ApiError.of(ErrorCodes.FORBIDDEN, "this endpoint needs an admin API key"));
    }

    private static Response unauthorized() {
        return respond(401, ApiError.of(ErrorCodes.UNAUTHORIZED, "missing or unknown API key in header X-Api-Key"));
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e) {
        return respond(400, ApiError.of(ErrorCodes.MALFORMED_JSON, "request body is not valid JSON"));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return respond(400, ApiError.of(ErrorCodes.MALFORMED_JSON, "request body must be a JSON object"));
        }
        return respond(400, new ApiError(ErrorCodes.INVALID_FIELD_TYPE, field + " has the wrong type", field));
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e) {
        return respond(400, ApiError.of(ErrorCodes.MALFORMED_JSON, "request body is not valid JSON"));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        String field = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString())).sorted().findFirst().orElse(null);
        return respond(400, new ApiError(ErrorCodes.BAD_REQUEST, message, field));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ApiError error = switch (status) {
            case 400 -> causedByJson(e) ? ApiError.of(ErrorCodes.MALFORMED_JSON, "request body is not valid JSON")
                    : ApiError.of(ErrorCodes.BAD_REQUEST, "the request could not be read");
            case 404 -> ApiError.of(ErrorCodes.NOT_FOUND, "no such endpoint");
            case 405 -> ApiError.of(ErrorCodes.METHOD_NOT_ALLOWED, "this endpoint does not support that HTTP method");
            case 406 -> ApiError.of(ErrorCodes.NOT_ACCEPTABLE, "this endpoint answers application/json only");
            case 413 -> ApiError.of(ErrorCodes.PAYLOAD_TOO_LARGE, "request body is too large");
            case 415 -> ApiError.of(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
            default -> status >= 500 ? internal(e) : ApiError.of("HTTP_" + status, "the request was refused");
        };
        return respond(status >= 500 ? 500 : status, error);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
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

    private static ApiError internal(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s", reference);
        return ApiError.of(ErrorCodes.INTERNAL_ERROR, "unexpected error; reference " + reference);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static Response respond(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
