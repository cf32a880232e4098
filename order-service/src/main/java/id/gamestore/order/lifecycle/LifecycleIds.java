package id.gamestore.order.lifecycle;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

import id.gamestore.order.ids.Crockford;

/** Ids of lifecycle actions ({@code LCA-}), renewals ({@code REN-}) and package changes ({@code CHG-}): 8 Crockford characters. */
public final class LifecycleIds {
    public static final String ACTION = "LCA-";
    public static final String RENEWAL = "REN-";
    public static final String CHANGE = "CHG-";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CHANGE_ID = Pattern.compile("(REN|CHG)-[" + Crockford.ALPHABET + "]{8}");

    private LifecycleIds() {
    }

    public static String next(String prefix) {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return prefix + Crockford.encode(bytes, 8);
    }

    public static String canonical(String id) {
        return id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
    }

    /** A renewal's or package change's id, as the admin types it back ({@code !confirm REN-...}). */
    public static boolean isChangeId(String id) {
        return CHANGE_ID.matcher(canonical(id)).matches();
    }
}
