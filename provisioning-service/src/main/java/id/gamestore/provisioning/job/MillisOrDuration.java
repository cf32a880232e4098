package id.gamestore.provisioning.job;

import java.time.Duration;

import org.eclipse.microprofile.config.spi.Converter;

import io.quarkus.runtime.configuration.DurationConverter;

/**
 * A duration as the product's settings are written: a plain number is milliseconds ({@code PROVISIONING_TIMEOUT=300000}
 * is five minutes, as the seed writes it), anything else a Quarkus or ISO-8601 duration ({@code 15M}, {@code 90S},
 * {@code PT2M}). Quarkus alone would read a plain number as seconds.
 */
public class MillisOrDuration implements Converter<Duration> {
    private static final long serialVersionUID = 1L;

    @Override
    public Duration convert(String value) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            return null;
        }
        Duration parsed;
        try {
            parsed = text.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(text))
                    : DurationConverter.parseDuration(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration: give milliseconds (300000) or a "
                    + "duration such as 15M, 90S or PT2M");
        }
        if (parsed == null || parsed.isZero() || parsed.isNegative()) {
            throw new IllegalArgumentException("\"" + text + "\" must be a positive duration");
        }
        return parsed;
    }
}
