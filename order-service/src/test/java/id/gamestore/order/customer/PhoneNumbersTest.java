package id.gamestore.order.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {
    final PhoneNumbers phones = new PhoneNumbers("ID");

    @ParameterizedTest
    @ValueSource(strings = { "0812-3456-7890", "+62 812 3456 7890", "6281234567890", "+6281234567890",
        "(0812) 3456.7890" })
    void everyFormOfTheNumberIsOneE164(String raw) {
        assertThat(phones.normalise(raw)).contains("+6281234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12", "abc", "0812<script>", "+62 000 0000 0000", "08123456789012345678901234567890123" })
    void invalidNumbersAreEmpty(String raw) {
        assertThat(phones.normalise(raw)).isEmpty();
    }

    @Test
    void numbersOfOtherCountriesKeepTheirCountryCode() {
        assertThat(phones.normalise("+60 12-345 6789")).contains("+60123456789");
    }

    @Test
    void customerIdIsStablePerNumber() {
        assertThat(CustomerService.customerId("+6281234567890")).isEqualTo(
                CustomerService.customerId("+6281234567890")).matches("CUS-[0-9A-Z]{10}");
        assertThat(CustomerService.customerId("+6281234567891")).isNotEqualTo(
                CustomerService.customerId("+6281234567890"));
    }
}
