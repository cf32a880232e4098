package id.gamestore.notification.chat;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Prometheus metrics of the chat path: commands by how they ended ({@code notification_chat_commands_total{state}}),
 * tries order-service did not answer ({@code notification_chat_retries_total{code}}), and replies refused because
 * they were addressed to someone other than the sender ({@code notification_chat_replies_refused_total}).
 */
@ApplicationScoped
public class ChatMetrics {
    private final MeterRegistry registry;

    public ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received() {
        registry.counter("notification.chat.commands.received").increment();
    }

    void settled(ChatCommand.State state) {
        registry.counter("notification.chat.commands", "state", state.name()).increment();
    }

    void retried(String code) {
        registry.counter("notification.chat.retries", "code", code).increment();
    }

    void repliesRefused(int count) {
        if (count > 0) {
            registry.counter("notification.chat.replies.refused").increment(count);
        }
    }
}
