package id.gamestore.sandbox.whatsapp.store;

import id.gamestore.sandbox.whatsapp.SentMessage;
import java.util.ArrayList;
import java.util.List;

/** Every message the sandbox accepted, in order of acceptance. */
public final class MessageStore {
    private final List<MessageRecord> records = new ArrayList<>();

    public synchronized void add(MessageRecord record) {
        records.add(record);
    }

    public synchronized List<SentMessage> all() {
        return records.stream().map(MessageRecord::snapshot).toList();
    }

    /** Messages whose recipient has the same digits as {@code phone} (any of +62..., 62..., 62...@c.us). */
    public synchronized List<SentMessage> to(String phone) {
        String digits = Phones.digits(phone);
        List<SentMessage> result = new ArrayList<>();
        for (MessageRecord r : records) {
            if (r.waId().equals(digits)) {
                result.add(r.snapshot());
            }
        }
        return result;
    }

    public synchronized void clear() {
        records.clear();
    }
}
