package id.gamestore.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CloudErrorsTest {

    @Test
    void errorCodesMapToWhatMetaAdvises() {
        assertThat(CloudErrors.classify(500, 131000)).isInstanceOf(SendOutcome.Retryable.class);
        assertThat(CloudErrors.classify(400, 130429)).isInstanceOf(SendOutcome.Retryable.class);
        assertThat(CloudErrors.classify(400, 131056)).isInstanceOfSatisfying(SendOutcome.Retryable.class,
                r -> assertThat(r.suggestedDelay()).isNotNull());
        assertThat(CloudErrors.classify(400, 131047)).isInstanceOf(SendOutcome.NeedsTemplate.class);
        assertThat(CloudErrors.classify(400, 131026)).isInstanceOf(SendOutcome.Undeliverable.class);
        assertThat(CloudErrors.classify(401, 190)).isInstanceOf(SendOutcome.Misconfigured.class);
        assertThat(CloudErrors.classify(404, 132001)).isInstanceOf(SendOutcome.Misconfigured.class);
        assertThat(CloudErrors.classify(400, 100)).isInstanceOf(SendOutcome.Rejected.class);
        assertThat(CloudErrors.classify(503, -1)).isInstanceOf(SendOutcome.Retryable.class);
    }
}
