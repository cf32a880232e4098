package id.gamestore.sandbox.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The panel's fault switches, changeable at run time from Java or the admin path. Thread-safe. */
public final class Faults {
    private final List<Active> active = new ArrayList<>();
    private final AtomicInteger failingInstalls = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();

    /** Adds a fault and returns its id. An {@link FaultKind#INSTALL_FAILED} fault adds {@code times} (default 1). */
    public synchronized String add(Fault fault) {
        if (fault.kind() == FaultKind.INSTALL_FAILED) {
            failingInstalls.addAndGet(fault.times() == null ? 1 : fault.times());
            return "install_failed";
        }
        String id = "f" + ids.incrementAndGet();
        active.add(new Active(id, fault, fault.times() == null ? -1 : fault.times()));
        return id;
    }

    public Faults latency(java.time.Duration delay) {
        add(Fault.latency(delay));
        return this;
    }

    /** The next {@code count} installs (create or reinstall) end failed. */
    public Faults failNextInstalls(int count) {
        failingInstalls.addAndGet(count);
        return this;
    }

    public int pendingInstallFailures() {
        return failingInstalls.get();
    }

    /** Consumes one pending install failure, if any. */
    public boolean takeInstallFailure() {
        return failingInstalls.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    public synchronized boolean remove(String id) {
        return active.removeIf(a -> a.id.equals(id));
    }

    public synchronized void clear() {
        active.clear();
        failingInstalls.set(0);
    }

    /** Takes one hit of the first matching fault of {@code kind} (respecting its rate), if any. */
    public synchronized Optional<Fault> take(FaultKind kind, String method, String path) {
        for (Active a : active) {
            if (a.fault.kind() == kind && a.fault.matches(method, path)
                    && ThreadLocalRandom.current().nextDouble() < a.fault.rate()) {
                if (a.remaining > 0) {
                    a.remaining--;
                    if (a.remaining == 0) {
                        active.remove(a);
                    }
                }
                return Optional.of(a.fault);
            }
        }
        return Optional.empty();
    }

    public synchronized List<Map<String, Object>> describe() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Active a : active) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", a.id);
            m.put("kind", a.fault.kind().jsonName());
            m.put("method", a.fault.method());
            m.put("path", a.fault.path());
            m.put("remaining", a.remaining < 0 ? null : a.remaining);
            m.put("rate", a.fault.rate());
            m.put("millis", a.fault.millis());
            m.put("status", a.fault.status());
            out.add(m);
        }
        if (failingInstalls.get() > 0) {
            out.add(Map.of("id", "install_failed", "kind", "install_failed", "remaining", failingInstalls.get()));
        }
        return out;
    }

    private static final class Active {
        final String id;
        final Fault fault;
        int remaining;

        Active(String id, Fault fault, int remaining) {
            this.id = id;
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
