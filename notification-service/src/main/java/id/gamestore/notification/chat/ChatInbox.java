package id.gamestore.notification.chat;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import id.gamestore.notification.recipient.Phones;

/**
 * Where the webhooks hand inbound texts. With {@code CHAT_COMMANDS} on, a text that is a command is stored
 * (committed before the webhook answers, so it survives a crash) and the worker woken; anything else is ignored
 * (the store has no bot of its own in this mode). Logs the message id and the command word only, never the text.
 */
@ApplicationScoped
public class ChatInbox {
    private static final Logger LOG = Logger.getLogger(ChatInbox.class);

    private final ChatConfig config;
    private final ChatCommands commands;
    private final ChatWorker worker;
    private final ChatMetrics metrics;

    public ChatInbox(ChatConfig config, ChatCommands commands, ChatWorker worker, ChatMetrics metrics) {
        this.config = config;
        this.commands = commands;
        this.worker = worker;
        this.metrics = metrics;
    }

    /** Answers true when the text was stored as a new command. */
    public boolean received(InboundText in) {
        if (!config.enabled() || in.messageId() == null || in.messageId().isBlank() || in.messageId().length() > 200
                || Phones.digits(in.from()).isEmpty() || !CommandWords.isCommand(in.text())) {
            return false;
        }
        InboundText normalised = new InboundText(in.messageId(), Phones.digits(in.from()), in.text(), in.pushName(),
                in.channel());
        if (!commands.add(normalised)) {
            LOG.debugf("chat command %s seen before", in.messageId());
            return false;
        }
        metrics.received();
        LOG.infof("chat command %s (%s) from %s received on %s", in.messageId(), CommandWords.word(in.text()),
                Phones.mask(in.from()), in.channel());
        worker.wake();
        return true;
    }
}
