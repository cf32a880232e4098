package id.gamestore.order.chat.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.servers.Servers;

/** The three power commands, {@code !restart}, {@code !start} and {@code !stop}: one {@link PowerAction} each. */
@ApplicationScoped
class PowerCommands {
    private final CustomerServers customerServers;
    private final Servers servers;
    private final ChatTexts texts;

    PowerCommands(CustomerServers customerServers, Servers servers, ChatTexts texts) {
        this.customerServers = customerServers;
        this.servers = servers;
        this.texts = texts;
    }

    @Produces
    @Singleton
    ChatCommand restart() {
        return new PowerAction(customerServers, servers, texts, Servers.Signal.RESTART);
    }

    @Produces
    @Singleton
    ChatCommand start() {
        return new PowerAction(customerServers, servers, texts, Servers.Signal.START);
    }

    @Produces
    @Singleton
    ChatCommand stop() {
        return new PowerAction(customerServers, servers, texts, Servers.Signal.STOP);
    }
}
