package id.gamestore.order.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {
    final PhoneNumbers phones = new PhoneNumbers("ID");

    @ParameterizedTest
    @ValueSource(strings = { "0812-3456-7890", "+62 812 3456 7890", "6281234567890", "+6281234567890",
        "(0812) 3456.7890", "62 812-3456-7890", " 6281234567890 " })
    void everyFormOfTheIndonesianNumberIsOneE164(String raw) {
        assertThat(phones.normalise(raw)).contains("+6281234567890");
    }

    /** The bot forwards the sender's WhatsApp id: the country code and the number, no plus sign. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Korea,     821012345678,  +821012345678",
        "Singapore, 6591234567,    +6591234567",
        "Malaysia,  60123456789,   +60123456789",
        "US,        12015550123,   +12015550123",
        "UK,        447400123456,  +447400123456",
        "Japan,     81234567890,   +81234567890" })
    void digitsOnlyAreAlwaysCountryCodeAndNumber(String country, String whatsAppId, String e164) {
        assertThat(phones.normalise(whatsAppId)).contains(e164);
    }

    @ParameterizedTest
    @CsvSource({ "+82 10-1234-5678, +821012345678", "+65 9123 4567, +6591234567", "+60 12-345 6789, +60123456789",
        "+1 (201) 555-0123, +12015550123", "+44 7400 123456, +447400123456" })
    void plusNumbersOfOtherCountriesKeepTheirCountryCode(String raw, String e164) {
        assertThat(phones.normalise(raw)).contains(e164);
    }

    /** Valid in Indonesia only when read as a national number missing its 0 (0812-3456-789); +81 23456789 is not. */
    @Test
    void nationalNumberWithoutItsZeroIsNotReadAsIndonesian() {
        assertThat(phones.normalise("8123456789")).isEmpty();
        assertThat(phones.normalise("0812-3456-789")).contains("+628123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = { "6281234567890@s.whatsapp.net", "6281234567890@c.us", "6281234567890:12@s.whatsapp.net" })
    void whatsAppJidsAreTheirNumber(String jid) {
        assertThat(phones.normalise(jid)).contains("+6281234567890");
        assertThat(phones.normalise(jid.replace("6281234567890", "821012345678"))).contains("+821012345678");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                   | required",
        "12                                   | not a valid phone number",
        "abc                                  | may contain only",
        "0812<script>                         | may contain only",
        "+62 000 0000 0000                    | not a valid phone number",
        "08123456789012345678901234567890123  | at most 32 characters",
        "62812345678901234                    | not a valid phone number",
        "+                                    | not a valid phone number",
        "++6281234567890                      | may contain only",
        "62+81234567890                       | may contain only",
        "0812@s.whatsapp.net                  | not a valid phone number",
        "6281234567890@g.us                   | group",
        "123456789012345@lid                  | linked-device id",
        "6281234567890@example.com            | may contain only" })
    void invalidNumbersAreRefusedWithTheProblem(String raw, String problem) {
        assertThat(phones.normalise(raw)).isEmpty();
        assertThat(phones.parse(raw).problem()).contains(problem);
    }

    @Test
    void customerIdIsStablePerNumber() {
        assertThat(CustomerService.customerId("+6281234567890")).isEqualTo(
                CustomerService.customerId("+6281234567890")).matches("CUS-[0-9A-Z]{10}");
        assertThat(CustomerService.customerId("+6281234567891")).isNotEqualTo(
                CustomerService.customerId("+6281234567890"));
    }
}
