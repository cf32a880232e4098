package id.gamestore.provisioning.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PanelExceptionTest {

    @Test
    void transientMeansNoAnswerThrottledOrServerError() {
        assertThat(new PanelException(0, "Unreachable", "x", null, null, null).isTransient()).isTrue();
        assertThat(new PanelException(429, "ThrottleRequestsException", "x", null, null, null).isTransient()).isTrue();
        assertThat(new PanelException(504, "DaemonConnectionException", "x", null, null, null).isTransient()).isTrue();
        assertThat(new PanelException(422, "ValidationException", "x", "email", "unique", null).isTransient()).isFalse();
        assertThat(new PanelException(400, "DisplayException", "x", null, null, null).isTransient()).isFalse();
    }

    @Test
    void validationMatchesAnyReportedViolation() {
        PanelException e = new PanelException(422, "ValidationException", "x", "email", "unique", null,
                List.of("email|unique", "external_id|unique"));
        assertThat(e.isValidation("external_id", "unique")).isTrue();
        assertThat(e.isValidation("username", "unique")).isFalse();
    }

    @Test
    void pathTemplatesHideIds() {
        assertThat(PanelHttp.templateOf("/api/application/servers/12/force?x=1"))
                .isEqualTo("/api/application/servers/{id}/force");
    }
}
