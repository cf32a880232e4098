package id.gamestore.order.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import id.gamestore.order.catalog.GamePackage;

/** A create-order request after validation and normalisation. */
public record NewOrder(String phone, String name, String email, GamePackage pkg, int months, String locale) {

    /** Identifies the request for Idempotency-Key: two bodies that normalise alike are the same request. */
    public String fingerprint() {
        String canonical = String.join("\n", phone, name, email == null ? "" : email, pkg.code(),
                Integer.toString(months), locale);
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
