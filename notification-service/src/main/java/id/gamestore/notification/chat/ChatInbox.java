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

    /** Message ids longer than this are not WhatsApp's (they also key the replies and the log context). */
    static final int MAX_MESSAGE_ID = 100;
    /** E.164 numbers have at most 15 digits; anything much longer is not a person's chat. */
    static final int MAX_SENDER_DIGITS = 20;

    /** Answers true when the text was stored as a new command. */
    public boolean received(InboundText in) {
        if (!config.enabled() || !CommandWords.isCommand(in.text())) {
            return false;
        }
        String sender = Phones.digits(in.from());
        if (in.messageId() == null || in.messageId().isBlank() || in.messageId().length() > MAX_MESSAGE_ID
                || sender.isEmpty() || sender.length() > MAX_SENDER_DIGITS) {
            LOG.warnf("chat command on %s ignored: no usable message id or sender", in.channel());
            return false;
        }
        InboundText normalised = new InboundText(in.messageId(), sender, in.text(), in.pushName(), in.channel());
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
