package id.gamestore.order.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.order.customer.CustomerConfig;
import id.gamestore.order.customer.CustomerService;
import id.gamestore.order.customer.PhoneNumbers;
import id.gamestore.order.time.Clock;

/**
 * The transaction boundary of one chat message: parse it, claim its message id, count it against the sender's rate
 * limit, run the command (or answer "unknown"), store the answer. Everything happens in one transaction, so a
 * command's own database effects (a password reset's row and event) and the stored answer commit together: a
 * redelivered message is answered from the record and repeats nothing. What the sender typed is never logged: only
 * the message id and the command's canonical name.
 */
@ApplicationScoped
public class ChatService {
    private static final Logger LOG = Logger.getLogger(ChatService.class);
    public static final String UNKNOWN = "unknown";
    public static final String RATE_LIMITED = "rate-limited";
    /**
     * Words that show the sender writes English; everyone else without a customer record gets the store's language.
     * Not {@code help}, {@code status} or {@code login}: the Indonesian messages advertise them too.
     */
    static final Set<String> ENGLISH_WORDS = Set.of("packages", "orders");

    private final ChatConfig config;
    private final ChatCommands commands;
    private final ChatAdmins admins;
    private final ChatMessages messages;
    private final ChatRateLimit rateLimit;
    private final ChatTexts texts;
    private final CustomerService customers;
    private final PhoneNumbers phones;
    private final String defaultLocale;

    ChatService(ChatConfig config, ChatCommands commands, ChatAdmins admins, ChatMessages messages,
            ChatRateLimit rateLimit, ChatTexts texts, CustomerService customers, CustomerConfig customerConfig) {
        this.config = config;
        this.commands = commands;
        this.admins = admins;
        this.messages = messages;
        this.rateLimit = rateLimit;
        this.texts = texts;
        this.customers = customers;
        this.phones = new PhoneNumbers(customerConfig.defaultRegion());
        this.defaultLocale = customerConfig.defaultLocale();
    }

    /** Checks the message's fields (400 naming the first bad one) and answers it. */
    @Transactional
    public ChatResult handle(String messageId, String from, String text, String pushName) {
        ChatInput in = ChatInput.of(messageId, from, text, pushName, phones);
        ChatParsing.Parsed parsed = ChatParsing.parse(in.text());
        if (parsed == null) {
            return ChatResult.notHandled();
        }
        Instant now = Clock.now();
        if (!messages.claim(in.messageId(), in.sender(), now, config.duplicateWait())) {
            ChatResult stored = messages.stored(in.messageId(), in.sender());
            LOG.infof("chat message %s answered again from its record (%s)", in.messageId(), stored.command());
            return stored;
        }
        ChatResult result = answer(in, parsed, now);
        messages.record(in.messageId(), result);
        LOG.infof("chat message %s: %s", in.messageId(), result.command());
        return result;
    }

    private ChatResult answer(ChatInput in, ChatParsing.Parsed parsed, Instant now) {
        String locale = locale(in.sender(), parsed.word());
        ChatRateLimit.Counted counted = rateLimit.count(in.sender(), now);
        if (counted.verdict() != ChatRateLimit.Verdict.ALLOWED) {
            long seconds = counted.secondsLeft(now);
            Map<String, Object> data = Map.of("retryAfterSeconds", seconds);
            return counted.verdict() == ChatRateLimit.Verdict.FIRST_OVER
                    ? ChatResult.of(in.sender(), ChatAnswer.of(RATE_LIMITED,
                            texts.render("slow-down", locale, Map.of("seconds", seconds)), data))
                    : new ChatResult(true, RATE_LIMITED, List.of(), data);
        }
        boolean admin = admins.isAdmin(in.sender());
        Optional<ChatCommand> command = commands.find(parsed.word()).filter(c -> admin || !c.adminOnly());
        if (command.isEmpty()) {
            // An admin command from anyone else lands here too: the same answer, so it does not reveal it exists.
            return ChatResult.of(in.sender(), ChatAnswer.of(UNKNOWN, texts.render(UNKNOWN, locale, Map.of()), Map.of()));
        }
        ChatCall call = new ChatCall(in.messageId(), in.sender(), in.pushName(), admin, locale, parsed.word(),
                parsed.args(), parsed.argumentText(), now);
        return ChatResult.of(in.sender(), command.get().run(call));
    }

    /** The customer's stored language; without a customer record Indonesian, or English when they typed an alias. */
    private String locale(String sender, String word) {
        return customers.byPhone(sender).map(c -> c.locale)
                .orElse(ENGLISH_WORDS.contains(word) ? "en" : defaultLocale);
    }
}
