package id.gamestore.notification.template;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import id.gamestore.notification.recipient.StoreConfig;

/**
 * The documentation links of the server-ready message, from {@code SERVER_DOCS_URLS}: an entry {@code url} is for
 * every game, {@code game=url} for one (compared with the package's game, or its {@link GameKind} key, ignoring
 * case). No entry: the message has no documentation line. A malformed entry stops start-up, naming it.
 */
@Startup
@Singleton
public class DocsLinks {
    static final String VARIABLE = "SERVER_DOCS_URLS";

    private record Link(String game, String url) {
    }

    private final List<Link> links;

    @Inject
    DocsLinks(StoreConfig store) {
        this(store.docsUrls().orElse(List.of()));
    }

    DocsLinks(List<String> entries) {
        this.links = parse(entries);
    }

    /** The links for a package's game, in the configured order. */
    public List<String> forGame(String game) {
        String name = game == null ? "" : game.trim().toLowerCase(Locale.ROOT);
        GameKind kind = GameKind.of(game);
        return links.stream()
                .filter(l -> l.game() == null || l.game().equals(name) || kind != null && l.game().equals(kind.key()))
                .map(Link::url).toList();
    }

    private static List<Link> parse(List<String> entries) {
        List<Link> parsed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).trim();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            boolean keyed = eq > 0 && !entry.substring(0, eq).contains(":");
            String game = keyed ? entry.substring(0, eq).trim().toLowerCase(Locale.ROOT) : null;
            String url = keyed ? entry.substring(eq + 1).trim() : entry;
            if (!isWebLink(url)) {
                throw new IllegalStateException(VARIABLE + " entry " + (i + 1) + " ('" + entry
                        + "'): the link must be an http or https URL (entries are url or game=url)");
            }
            parsed.add(new Link(game, url));
        }
        return List.copyOf(parsed);
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
