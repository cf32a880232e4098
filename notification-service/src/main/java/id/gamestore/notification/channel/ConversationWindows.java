package id.gamestore.notification.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.gamestore.notification.recipient.Phones;

/** Tracks the 24-hour customer-service windows from inbound messages. */
@ApplicationScoped
public class ConversationWindows {
    static final Duration WINDOW = Duration.ofHours(24);

    @Transactional
    public void customerWrote(String phone, Instant at) {
        String key = Phones.digits(phone);
        ConversationWindow window = ConversationWindow.findById(key);
        if (window == null) {
            window = new ConversationWindow();
            window.phone = key;
            window.lastInboundAt = at;
            window.persist();
        } else if (at.isAfter(window.lastInboundAt)) {
            window.lastInboundAt = at;
        }
    }

    /** The phones (as digits) among {@code phones} whose window is open at {@code now}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> openAmong(List<String> phones, Instant now) {
        List<String> digits = phones.stream().map(Phones::digits).toList();
        return ConversationWindow.<ConversationWindow>list("phone in ?1 and lastInboundAt > ?2", digits,
                now.minus(WINDOW).plus(Duration.ofMinutes(1))).stream().map(w -> w.phone).toList();
    }

    /** Open with a minute to spare, so a message does not race the window's end. */
    @Transactional
    public boolean isOpen(String phone, Instant now) {
        ConversationWindow window = ConversationWindow.findById(Phones.digits(phone));
        return window != null && window.lastInboundAt.plus(WINDOW).minus(Duration.ofMinutes(1)).isAfter(now);
    }
}
