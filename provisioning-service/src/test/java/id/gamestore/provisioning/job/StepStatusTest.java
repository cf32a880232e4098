package id.gamestore.provisioning.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepStatusTest {

    @Test
    void setsOneStepAndKeepsTheOthers() {
        String status = StepStatus.set(StepStatus.initial(), JobStep.PLACE, "DONE");
        assertThat(StepStatus.parse(status)).containsEntry("PLACE", "DONE").containsEntry("ENSURE_USER", "PENDING")
                .doesNotContainKey("DONE");
    }
}
