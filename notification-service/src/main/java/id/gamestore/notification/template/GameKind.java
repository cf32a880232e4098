package id.gamestore.notification.template;

import java.util.Locale;
import java.util.Set;

/**
 * The games the server-ready message has connection instructions for, found from the package's game
 * ({@code pkg.game}, free text in the catalog). A game that is none of them gets only the address.
 */
public enum GameKind {
    /** Multiplayer, Add Server, the address with its port. */
    MINECRAFT_JAVA("minecraft-java"),
    /** Address and port are typed in separate fields. */
    MINECRAFT_BEDROCK("minecraft-bedrock"),
    /** Multiplayer, Join via IP. */
    TERRARIA("terraria"),
    /** CS2 and other Source games: {@code connect ip:port} in the console. */
    SOURCE("source");

    private static final Set<String> SOURCE_GAMES = Set.of("cs2", "csgo", "css", "counterstrike",
            "counterstrike2", "counterstrikesource", "counterstrikeglobaloffensive", "tf2", "teamfortress2", "gmod",
            "garrysmod", "l4d", "l4d2", "left4dead", "left4dead2", "hl2dm", "source", "srcds");

    private final String key;

    GameKind(String key) {
        this.key = key;
    }

    /** The value templates compare with, e.g. {@code {#is 'minecraft-java'}}. */
    public String key() {
        return key;
    }

    /** The kind of {@code game}, or null when the message has no instructions for it (or there is no game). */
    public static GameKind of(String game) {
        if (game == null) {
            return null;
        }
        String g = game.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (g.contains("bedrock") || g.equals("mcpe") || g.equals("pocketmine")) {
            return MINECRAFT_BEDROCK;
        }
        if (g.startsWith("minecraft") || g.equals("mc") || g.equals("paper") || g.equals("spigot")
                || g.equals("forge") || g.equals("fabric")) {
            return MINECRAFT_JAVA;
        }
        if (g.startsWith("terraria") || g.equals("tmodloader")) {
            return TERRARIA;
        }
        return SOURCE_GAMES.contains(g) ? SOURCE : null;
    }
}
