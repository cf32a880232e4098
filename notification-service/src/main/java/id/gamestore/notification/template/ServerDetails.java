package id.gamestore.notification.template;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.events.ServerPort;
import id.gamestore.contracts.events.Sftp;
import id.gamestore.notification.recipient.StoreConfig;

/**
 * The server-ready message's facts that older producers do not send: confirmation time, total paid, description,
 * ports, SFTP access, whether the server runs, the game's connection lines, documentation links. Each is put as an
 * optional value (null when the event lacks it), so the template leaves its line out: nothing is shown that the
 * event did not say.
 */
@ApplicationScoped
public class ServerDetails {
    /** Every value this class may put, for models that are built without it (a body stored before it existed). */
    static final List<String> OPTIONAL = List.of("confirmedAt", "totalPaid", "description", "ports",
            "serverStarted", "serverStopped", "extended", "sftpHost", "sftpPort", "sftpUsername", "game", "docsUrls");

    private final StoreConfig store;
    private final DocsLinks docs;

    public ServerDetails(StoreConfig store, DocsLinks docs) {
        this.store = store;
        this.docs = docs;
    }

    /**
     * Puts {@code confirmedAt}, {@code totalPaid}, {@code description}, {@code ports}, the SFTP values,
     * {@code serverStarted}/{@code serverStopped}, {@code extended} (true when the event carries any of these facts),
     * and, only when extended, {@code game} ({@link GameKind#key()}) and {@code docsUrls}. An event without any of
     * the facts (an older producer's) so renders exactly the text it rendered before they existed.
     */
    void addTo(MessageModel model, Instant confirmedAt, PackageRef pkg, ServerInfo server, String username,
            String locale) {
        Long price = pkg.totalPrice() != null && pkg.totalPrice() >= 0 ? pkg.totalPrice() : null;
        List<Map<String, Object>> ports = ports(server.ports(), locale);
        String description = blankToNull(server.description());
        boolean extended = confirmedAt != null || price != null || description != null || !ports.isEmpty()
                || server.sftp() != null || server.started() != null;
        model.putOptional("confirmedAt", confirmedAt == null ? null : when(confirmedAt, locale))
                .putOptional("totalPaid", price == null ? null : rupiah(price))
                .putOptional("description", description)
                .putOptional("ports", ports.isEmpty() ? null : ports)
                .putOptional("serverStarted", Boolean.TRUE.equals(server.started()) ? true : null)
                .putOptional("serverStopped", Boolean.FALSE.equals(server.started()) ? true : null)
                .putOptional("extended", extended ? true : null);
        addSftp(model, server, username);
        // an event of a producer that predates these facts renders the plan's text line for line: the lines drawn
        // from the game and the configuration come with the rest of the new facts
        GameKind game = extended ? GameKind.of(pkg.game()) : null;
        List<String> links = extended ? docs.forGame(pkg.game()) : List.of();
        model.putOptional("game", game == null ? null : game.key())
                .putOptional("docsUrls", links.isEmpty() ? null : links);
    }

    /** Puts {@code sftpHost}, {@code sftpPort} and {@code sftpUsername} ({@code <panel username>.<identifier>}). */
    void addSftp(MessageModel model, ServerInfo server, String username) {
        Sftp sftp = server.sftp();
        boolean known = sftp != null && sftp.host() != null && !sftp.host().isBlank() && sftp.port() > 0
                && username != null && !username.isBlank() && server.identifier() != null;
        model.putOptional("sftpHost", known ? sftp.host() : null)
                .putOptional("sftpPort", known ? sftp.port() : null)
                .putOptional("sftpUsername", known ? username + "." + server.identifier() : null);
    }

    /** IDR as Indonesians write it, in every locale: {@code Rp150.000}. */
    public static String rupiah(long amount) {
        return "Rp" + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    /** E.g. {@code 7 Desember 2026 14:05 WIB} in the store's time zone. */
    String when(Instant instant, String locale) {
        return when(instant, locale, store.timeZone());
    }

    /** The one way this service shows a time: {@code 7 Desember 2026 14:05 WIB}, in {@code zone}. */
    static String when(Instant instant, String locale, ZoneId zone) {
        Locale language = "en".equals(locale) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z", language).format(instant.atZone(zone));
    }

    /** Each port as {@code label} (its purpose in words), {@code address} (ip:port) and the raw {@code purpose}. */
    static List<Map<String, Object>> ports(List<ServerPort> ports, String locale) {
        return ports.stream().filter(p -> p != null && p.port() > 0 && p.ip() != null && !p.ip().isBlank())
                .map(p -> {
                    Map<String, Object> port = new LinkedHashMap<>();
                    port.put("label", label(p.purpose(), locale));
                    port.put("address", p.ip() + ":" + p.port());
                    port.put("purpose", p.purpose() == null ? ServerPort.EXTRA : p.purpose());
                    return port;
                }).toList();
    }

    /** A port's purpose in words; a variable name the message has no words for is shown as it is. */
    static String label(String purpose, String locale) {
        boolean en = "en".equals(locale);
        String p = purpose == null || purpose.isBlank() ? ServerPort.EXTRA : purpose.trim();
        return switch (p.toUpperCase(Locale.ROOT)) {
            case "GAME" -> en ? "Game port" : "Port game";
            case "QUERY_PORT" -> en ? "Query port" : "Port query";
            case "RCON_PORT" -> en ? "RCON port" : "Port RCON";
            case "EXTRA" -> en ? "Extra port" : "Port tambahan";
            default -> p;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
