package id.gamestore.support.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;

import io.quarkus.security.ForbiddenException;

/** The generic mappers on their own; the services' API tests check them through HTTP. */
class ErrorMappersTest {
    private final ErrorMappers mappers = new ErrorMappers(new ErrorTexts() {
        @Override
        public ApiError unauthorized() {
            return new ApiError("UNAUTHORIZED", "key please", "X-Api-Key");
        }

        @Override
        public ApiError forbidden() {
            return ApiError.of("FORBIDDEN", "not yours");
        }

        @Override
        public ApiError notFound() {
            return ApiError.of("NOT_FOUND", "nothing here");
        }
    });

    @Test
    void anApiExceptionAnswersItsOwnStatusAndBody() {
        Response r = mappers.apiException(ApiException.required("phone"));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getEntity()).isEqualTo(new ApiError("FIELD_REQUIRED", "phone is required", "phone"));
        assertThat(mappers.apiException(ApiException.conflict("ILLEGAL_TRANSITION", "no")).getStatus()).isEqualTo(409);
        assertThat(mappers.apiException(ApiException.notFound("ORDER_NOT_FOUND", "no")).getStatus()).isEqualTo(404);
    }

    @Test
    void theServiceSaysItsOwnWordsForRefusalsAndUnknownPaths() {
        assertThat(mappers.forbidden(new ForbiddenException()).getEntity()).isEqualTo(ApiError.of("FORBIDDEN", "not yours"));
        Response notFound = mappers.webApplication(new NotFoundException());
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getEntity()).isEqualTo(ApiError.of("NOT_FOUND", "nothing here"));
    }

    @Test
    void httpRefusalsGetStableCodes() {
        Response wrongMethod = mappers.webApplication(new NotAllowedException("GET"));
        assertThat(wrongMethod.getStatus()).isEqualTo(405);
        assertThat(((ApiError) wrongMethod.getEntity()).code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(((ApiError) mappers.webApplication(new WebApplicationException(415)).getEntity()).code())
                .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(((ApiError) mappers.webApplication(new WebApplicationException(418)).getEntity()).code())
                .isEqualTo("HTTP_418");
    }

    @Test
    void aWrongJsonTypeNamesTheFieldByItsPath() {
        JsonMappingException e = new JsonMappingException(null, "Cannot deserialize");
        e.prependPath(new JsonMappingException.Reference(null, 0));
        e.prependPath(new JsonMappingException.Reference(null, "items"));
        Response r = mappers.jsonMapping(e);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getEntity()).isEqualTo(new ApiError("INVALID_FIELD_TYPE", "items.[0] has the wrong type", "items.[0]"));
    }

    @Test
    void aConstraintViolationWithoutViolationsIsStillABadRequest() {
        Response r = mappers.constraintViolation(new ConstraintViolationException(Set.of()));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(((ApiError) r.getEntity()).code()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void anUnexpectedErrorAnswersAReferenceAndNothingOfTheException() {
        Response r = mappers.unexpected(new IllegalStateException("password=hunter2 at db-host:5432"));
        assertThat(r.getStatus()).isEqualTo(500);
        ApiError body = (ApiError) r.getEntity();
        assertThat(body.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(body.message()).startsWith("unexpected error; reference ")
                .doesNotContain("hunter2", "db-host", "IllegalStateException");
        assertThat(mappers.webApplication(new WebApplicationException(503)).getStatus()).isEqualTo(500);
    }

    @Test
    void theLogLineOfAnUnexpectedErrorSaysWhereButQuotesNoMessage() {
        Exception e = new IllegalStateException("outer password=hunter2",
                new java.io.IOException("inner token=s3cr3t at db-host:5432"));
        String where = ErrorMappers.where(e);
        assertThat(where).startsWith("java.lang.IllegalStateException <- java.io.IOException")
                .contains("\tat " + getClass().getName() + ".theLogLineOfAnUnexpectedErrorSaysWhereButQuotesNoMessage")
                .doesNotContain("hunter2", "s3cr3t", "db-host");
    }
}
