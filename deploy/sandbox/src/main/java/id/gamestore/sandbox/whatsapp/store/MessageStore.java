package id.gamestore.sandbox.whatsapp.store;

import java.util.ArrayList;
import java.util.List;

/** Every message the sandbox accepted, in order of acceptance. */
public final class MessageStore {
    private final List<MessageRecord> records = new ArrayList<>();

    public synchronized void add(MessageRecord record) {
        records.add(record);
    }

    public synchronized List<MessageRecord> all() {
        return List.copyOf(records);
    }

    /** Messages whose recipient has the same digits as {@code phone} (any of +62..., 62..., 62...@c.us). */
    public synchronized List<MessageRecord> to(String phone) {
        String digits = Phones.digits(phone);
        List<MessageRecord> result = new ArrayList<>();
        for (MessageRecord r : records) {
            if (r.waId().equals(digits)) {
                result.add(r);
            }
        }
        return result;
    }

    public synchronized void clear() {
        records.clear();
    }
}
