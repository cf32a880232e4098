package id.gamestore.order.chat.admin;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the admin's chat commands show lists and times. */
@ConfigMapping(prefix = "order.admin-chat")
public interface AdminChatConfig {
    /** At most this many orders in {@code !pending} and {@code !failed} ({@code ADMIN_CHAT_LIST_SIZE}). */
    @WithDefault("10")
    int listSize();

    /** At most this many of the latest timeline lines in {@code !order}. */
    @WithDefault("8")
    int timelineSize();

    /** The time zone of the times in replies ({@code ADMIN_CHAT_TIME_ZONE}, e.g. Asia/Jakarta for WIB). */
    @WithDefault("Asia/Jakarta")
    ZoneId timeZone();
}
