package id.gamestore.notification.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryOutbox;
import id.gamestore.notification.delivery.NewDelivery;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.RenderedMessage;
import id.gamestore.support.retry.Backoff;

/**
 * What order-service's answer does to a command, each in one transaction with the command locked: the replies
 * become {@link MessageKind#CHAT_REPLY} deliveries to the sender, in order (each follows the one before); a reply
 * addressed to anyone else is refused (a login goes only to the person it belongs to). A command is settled once:
 * a late second answer (after a lease ran out) changes nothing.
 */
@ApplicationScoped
public class ChatOutcomes {
    private static final Logger LOG = Logger.getLogger(ChatOutcomes.class);
    /** The delivery's order id column is required; chat replies belong to no single order. */
    static final String NO_ORDER = "CHAT";

    private final ChatCommands commands;
    private final DeliveryOutbox outbox;
    private final ChatConfig config;
    private final ChatMetrics metrics;

    public ChatOutcomes(ChatCommands commands, DeliveryOutbox outbox, ChatConfig config, ChatMetrics metrics) {
        this.commands = commands;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
    }

    /** Queues the replies and settles the command; answers how many replies were queued. */
    @Transactional
    public int answered(UUID id, OrderAnswer.Answered answer) {
        ChatCommand c = commands.lockPending(id);
        if (c == null) {
            return 0;
        }
        Instant now = Instant.now();
        int queued = 0;
        int refused = 0;
        Delivery previous = null;
        List<OrderAnswer.Reply> replies = answer.replies();
        for (int i = 0; i < replies.size(); i++) {
            OrderAnswer.Reply reply = replies.get(i);
            if (!Phones.digits(c.sender).equals(Phones.digits(reply.to()))) {
                refused++;
                LOG.warnf("chat command %s (%s): reply %d is addressed to another number than the sender; "
                        + "not sent", c.messageId, c.command, i + 1);
                continue;
            }
            if (reply.text() == null || reply.text().isBlank()) {
                refused++;
                LOG.warnf("chat command %s (%s): reply %d has no text; not sent", c.messageId, c.command, i + 1);
                continue;
            }
            Delivery d = outbox.enqueue(new NewDelivery("chat/" + c.messageId + "/" + (i + 1), NO_ORDER,
                    c.messageId, c.id, MessageKind.CHAT_REPLY, "id", Phones.e164(c.sender), null, c.receivedAt,
                    null), new RenderedMessage(null, reply.text(), List.of()), now);
            if (previous != null) {
                d.followsDeliveryId = previous.id;
            }
            previous = d;
            queued++;
        }
        c.handledAs = answer.handled() ? answer.command() : null;
        c.replies = queued;
        c.refusedReplies = refused;
        c.answeredAt = now;
        c.attempts++;
        c.settle(ChatCommand.State.ANSWERED, now);
        metrics.settled(c.state);
        metrics.repliesRefused(refused);
        LOG.infof("chat command %s (%s) answered: %s, %d replies queued", c.messageId, c.command,
                answer.handled() ? "handled as " + answer.command() : "not a command", queued);
        return queued;
    }

    /** Schedules another try with backoff, or gives up once the command is older than {@code CHAT_GIVE_UP_AFTER}. */
    @Transactional
    public void tryAgain(UUID id, OrderAnswer.TryAgain again) {
        ChatCommand c = commands.lockPending(id);
        if (c == null) {
            return;
        }
        Instant now = Instant.now();
        c.attempts++;
        c.failureCode = again.code();
        Duration wait = Backoff.delay(c.attempts, config.backoffBase(), config.backoffMax(), again.retryAfter());
        if (now.plus(wait).isAfter(c.receivedAt.plus(config.giveUpAfter()))) {
            c.settle(ChatCommand.State.GAVE_UP, now);
            metrics.settled(c.state);
            LOG.errorf("chat command %s (%s) given up after %d tries (%s): order-service did not answer within %s; "
                    + "the sender got no reply", c.messageId, c.command, c.attempts, again.code(),
                    config.giveUpAfter());
            return;
        }
        c.nextAttemptAt = now.plus(wait);
        c.updatedAt = now;
        metrics.retried(again.code());
        LOG.infof("chat command %s (%s): order-service did not answer (%s), try %d again in %d ms", c.messageId,
                c.command, again.code(), c.attempts, wait.toMillis());
    }

    /** order-service refused the command for good (or its text could not be read): no reply. */
    @Transactional
    public void refused(UUID id, String code) {
        ChatCommand c = commands.lockPending(id);
        if (c == null) {
            return;
        }
        Instant now = Instant.now();
        c.attempts++;
        c.failureCode = code;
        c.settle(ChatCommand.State.REFUSED, now);
        metrics.settled(c.state);
        LOG.errorf("chat command %s (%s) refused (%s): no reply sent", c.messageId, c.command, code);
    }
}
