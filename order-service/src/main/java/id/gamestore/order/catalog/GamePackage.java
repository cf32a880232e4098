package id.gamestore.order.catalog;

import java.util.List;

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
        Resources resources) {

    public boolean offers(int months) {
        return durations.contains(months);
    }
}
