package id.gamestore.provisioning.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

    @Test
    void passwordsHaveTheLengthAndNoWhatsAppMarkup() {
        PasswordGenerator generator = new PasswordGenerator(TestConfigs.passwordLength(20));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String password = generator.generate();
            assertThat(password).hasSize(20).doesNotContain("*", "_", "~", "`");
            seen.add(password);
        }
        assertThat(seen).hasSize(500);
    }

    @Test
    void tooShortConfigurationIsRaisedToTheMinimum() {
        assertThat(new PasswordGenerator(TestConfigs.passwordLength(3)).generate()).hasSize(8);
    }
}
