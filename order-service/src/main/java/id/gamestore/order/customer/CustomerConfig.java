package id.gamestore.order.customer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "order.customer")
public interface CustomerConfig {
    /** Region for numbers written without a country code (env {@code DEFAULT_PHONE_REGION}). */
    @WithDefault("ID")
    String defaultRegion();

    /** Message language when the bot sends none. */
    @WithDefault("id")
    String defaultLocale();
}
