package id.gamestore.provisioning.server;

import java.util.Locale;
import java.util.Optional;

/** The power actions a customer may send to their server; {@code kill} is left out on purpose. */
public enum PowerSignal {
    START, STOP, RESTART;

    /** The signal as the panel spells it. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code start}, {@code stop} or {@code restart} (any case, surrounding spaces forgiven); empty otherwise. */
    public static Optional<PowerSignal> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        for (PowerSignal s : values()) {
            if (s.wire().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
