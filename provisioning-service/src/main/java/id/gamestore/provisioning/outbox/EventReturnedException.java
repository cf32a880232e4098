package id.gamestore.provisioning.outbox;

import java.io.IOException;

/** The broker returned a mandatory publish: no queue is bound for its routing key, so nobody would have got it. */
public class EventReturnedException extends IOException {
    public EventReturnedException(String type, String reply) {
        super("the broker returned " + type + " as unroutable (" + reply + "): no queue is bound for it");
    }
}
