package id.gamestore.order.chat.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.ServiceState;
import id.gamestore.order.servers.ServerLookup;
import id.gamestore.order.servers.ServerStatus;
import id.gamestore.order.servers.Servers;

/**
 * {@code !server-status [identifier]} / {@code !status}: the live state of the sender's servers (all of them, or the
 * one named) from provisioning-service. When provisioning or the panel cannot say, the server is listed as "status
 * unavailable right now" and the reply still comes. Once provisioning-service is unreachable for one server, the
 * others are not asked (each would wait the whole timeout).
 */
@ApplicationScoped
public class ServerStatusCommand implements ChatCommand {
    /** At most this many servers are asked for in one reply. */
    static final int MAX_SERVERS = 5;

    private final CustomerServers customerServers;
    private final Servers servers;
    private final ChatTexts texts;

    private final TermCommands term;

    ServerStatusCommand(CustomerServers customerServers, Servers servers, ChatTexts texts, TermCommands term) {
        this.term = term;
        this.customerServers = customerServers;
        this.servers = servers;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "server-status";
    }

    @Override
    public List<String> words() {
        return List.of("server-status", "status");
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        List<Order> mine;
        if (call.arg(0) != null) {
            Optional<Order> one = customerServers.find(call.sender(), call.arg(0));
            if (one.isEmpty()) {
                return ServerReplies.unknownServer(texts, name(), call);
            }
            mine = List.of(one.get());
        } else {
            mine = customerServers.of(call.sender());
            if (mine.isEmpty()) {
                return ServerReplies.noServers(texts, name(), call);
            }
        }
        List<Map<String, Object>> shown = new ArrayList<>();
        List<ServerStatus> data = new ArrayList<>();
        boolean reachable = true;
        for (Order order : mine.subList(0, Math.min(MAX_SERVERS, mine.size()))) {
            ServerStatus status = reachable ? status(order.serverIdentifier)
                    : ServerStatus.unavailable(order.serverIdentifier, ServerStatus.PROVISIONING_UNREACHABLE);
            reachable = !ServerStatus.PROVISIONING_UNREACHABLE.equals(status.reason());
            shown.add(shown(order, status, call.locale()));
            data.add(status);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("servers", shown);
        model.put("more", mine.size() - shown.size());
        return ChatAnswer.of(name(), texts.render("server-status", call.locale(), model),
                Map.of("servers", data));
    }

    private ServerStatus status(String identifier) {
        ServerLookup lookup = servers.status(identifier);
        // provisioning-service not knowing a server our order names is its trouble, not the customer's.
        return lookup.notFound() ? ServerStatus.unavailable(identifier, "SERVER_NOT_FOUND") : lookup.status();
    }

    private Map<String, Object> shown(Order order, ServerStatus s, String locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("identifier", order.serverIdentifier);
        out.put("expires", term.when(order.expiresAt, locale));
        out.put("suspendedForExpiry", order.serviceState == ServiceState.SUSPENDED);
        out.put("terminates", term.when(order.terminatesAt, locale));
        out.put("orderId", order.id);
        out.put("packageName", order.packageName);
        out.put("available", s.available());
        out.put("address", s.address() != null ? s.address() : order.serverAddress == null ? "" : order.serverAddress);
        if (!s.available()) {
            return out;
        }
        out.put("state", s.state() == null ? "unknown" : s.state());
        out.put("cpu", s.cpuPercent() == null ? "-" : Formats.decimal(s.cpuPercent(), locale) + "%");
        out.put("memory", usage(s.memoryBytes(), s.memoryLimitBytes(), locale));
        out.put("disk", usage(s.diskBytes(), s.diskLimitBytes(), locale));
        long up = s.uptimeSeconds() == null ? 0 : s.uptimeSeconds();
        out.put("up", up > 0);
        out.put("days", up / 86_400);
        out.put("hours", up % 86_400 / 3_600);
        out.put("minutes", up % 3_600 / 60);
        return out;
    }

    private static String usage(Long used, Long limit, String locale) {
        String u = used == null ? "-" : Formats.bytes(used, locale);
        return limit == null || limit <= 0 ? u : u + " / " + Formats.bytes(limit, locale);
    }
}
