package id.gamestore.order.catalog;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One package the store sells. Prices are whole Indonesian rupiah (IDR) per month. */
@Schema(name = "Package", description = "A game server package of the catalog")
public record GamePackage(
        @Schema(example = "mc-basic") String code,
        @Schema(example = "Minecraft Basic") String name,
        @Schema(example = "minecraft") String game,
        String description,
        @Schema(description = "price per month in IDR", example = "50000") long pricePerMonth,
        @Schema(description = "the durations, in months, that may be ordered", example = "[1, 3, 6, 12]")
        List<Integer> durations,
        Resources resources,
        @Schema(description = "set for a trial package (ISO-8601, e.g. PT2H, P3D): each ordered 'month' is one such "
                + "term instead of a calendar month", example = "P3D", type = SchemaType.STRING, nullable = true)
        Duration trialDuration) {

    public GamePackage(String code, String name, String game, String description, long pricePerMonth,
            List<Integer> durations, Resources resources) {
        this(code, name, game, description, pricePerMonth, durations, resources, null);
    }

    public boolean isTrial() {
        return trialDuration != null;
    }

    public boolean offers(int months) {
        return durations.contains(months);
    }
}
