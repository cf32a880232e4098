package id.gamestore.notification.recipient;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The store this service sends for. */
@ConfigMapping(prefix = "notification.store")
public interface StoreConfig {
    /** The store admin's WhatsApp number (E.164 or digits): support contact in messages and target of alerts. */
    Optional<String> adminPhone();

    /**
     * The language of the lifecycle notices to the admin ({@code ADMIN_LOCALE}): {@code id} (default) or {@code en}.
     */
    @WithDefault("id")
    String adminLocale();

    /**
     * The store's time zone ({@code STORE_TIME_ZONE}): the confirmation time in the server-ready message is shown in
     * it (Asia/Jakarta: WIB). An unknown zone stops start-up.
     */
    @WithDefault("Asia/Jakarta")
    ZoneId timeZone();

    /**
     * Documentation links for the server-ready message ({@code SERVER_DOCS_URLS}), comma-separated: {@code url}
     * for every game, {@code game=url} for one game. Read by {@code template.DocsLinks}.
     */
    Optional<List<String>> docsUrls();
}
