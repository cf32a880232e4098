"""Whole-system benchmark (issue 14): phases of orders placed and confirmed through the REST API as the bot and admin
would, followed to COMPLETED, with the sandbox counting panel requests and WhatsApp messages.

Phases, in one run:
  returning seed  about 90 customers get a first order (not measured), so that they are returning customers later
  mixed           N orders, 70 % new phone numbers and 30 % seeded customers, interleaved (measured)
  single          K orders one at a time on the idle system: confirm -> COMPLETED latency
  lookup-first    provisioning-service restarted with PROVISIONING_BENCH_LOOKUP_BEFORE_CREATE=true, M mixed orders,
                  then restarted normally: the throughput of the old way next to ours
Peak RSS of the services is sampled every 0.5 s through all phases. Standard library only."""
import argparse
import concurrent.futures as cf
import json
import os
import random
import re
import subprocess
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime

ORDER = os.environ.get("ORDER_URL", "http://127.0.0.1:8081")
PANEL = os.environ.get("PANEL_URL", "http://127.0.0.1:8090")
WA = os.environ.get("WA_URL", "http://127.0.0.1:8091")
SERVICES = ("order-service", "provisioning-service", "notification-service")
RATE_LIMIT = 240
RETURNING_SLOTS = (2, 5, 8)  # of every 10 orders of a mixed phase: 30 % returning, spread evenly
TERMINAL = ("COMPLETED", "FAILED", "CANCELLED")


# ---------------------------------------------------------------------------------------------------------- helpers

def call(method, url, key=None, body=None, headers=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("X-Api-Key", key)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        raw = r.read()
        return json.loads(raw) if raw else None


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def pct(values, p):
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(p / 100 * len(v) + 0.5)) - 1))]


def per(count, n):
    return count / n if n else float("nan")


# ------------------------------------------------------------------------------------------------------------- RSS

class RssSampler(threading.Thread):
    """Max resident memory per component, from `ps -o rss=` every 0.5 s; reads the pid files each time, so a
    component restarted between phases is followed."""

    def __init__(self, pid_dir):
        super().__init__(daemon=True)
        self.pid_dir = pid_dir
        self.max_kib = {c: 0 for c in SERVICES + ("sandbox",)}
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.is_set():
            for c in self.max_kib:
                self.max_kib[c] = max(self.max_kib[c], self.rss_kib(c))
            self.stopping.wait(0.5)

    def rss_kib(self, component):
        try:
            pid = open(os.path.join(self.pid_dir, component + ".pid")).read().strip()
            out = subprocess.run(["ps", "-o", "rss=", "-p", pid], capture_output=True, text=True).stdout.strip()
            return int(out) if out else 0
        except (OSError, ValueError):
            return 0

    def max_mib(self, component):
        return self.max_kib[component] / 1024


# --------------------------------------------------------------------------------------------------------- sandbox

def prepare_sandbox():
    """Install time 0, the real panel's 240 requests/minute, an empty request log; returns what to restore."""
    before = {"install": call("GET", PANEL + "/__sandbox/install").get("millis", 5000)}
    call("POST", PANEL + "/__sandbox/install", body={"millis": 0})
    call("POST", PANEL + "/__sandbox/rate-limit", body={"per_window": RATE_LIMIT, "window_millis": 60000})
    call("DELETE", PANEL + "/__sandbox/requests")
    return before


def restore_sandbox(before):
    call("POST", PANEL + "/__sandbox/install", body={"millis": before["install"]})


# ---------------------------------------------------------------------------------------------------------- orders

class Client:
    """The bot and the admin: create and confirm orders, follow them."""

    def __init__(self, bot_key, admin_key, concurrency):
        self.bot, self.admin, self.concurrency = bot_key, admin_key, concurrency

    def place(self, phone):
        # The customer chats first, which opens WhatsApp's 24-hour window (free text allowed). Not a "!" command:
        # the bot would answer it, and that reply would hold the customer's per-recipient slot (6 s) when the
        # server-ready message comes.
        call("POST", WA + "/__sandbox/inbound", body={"from": phone.lstrip("+"), "name": "Bench Customer",
                                                      "text": "halo, saya mau pesan server mc-basic"})
        o = call("POST", ORDER + "/api/orders", self.bot,
                 {"phone": phone, "customerName": "Bench Customer", "packageCode": "mc-basic", "durationMonths": 1},
                 {"Idempotency-Key": "bench-%s-%d" % (phone, time.time_ns())})
        call("POST", ORDER + "/api/admin/orders/%s/confirm" % o["orderId"], self.admin, {"confirmedBy": "bench"})
        return o["orderId"]

    def place_all(self, phones):
        with cf.ThreadPoolExecutor(self.concurrency) as ex:
            return list(ex.map(self.place, phones))

    def view(self, order_id):
        return call("GET", ORDER + "/api/admin/orders/" + order_id, self.admin)

    def follow(self, order_ids, timeout_s, poll_s=2.0):
        """Admin views of the orders once each is terminal (or the last view at the deadline)."""
        pending, views = set(order_ids), {}
        deadline = time.time() + timeout_s
        while pending and time.time() < deadline:
            with cf.ThreadPoolExecutor(self.concurrency) as ex:
                for oid, d in zip(list(pending), ex.map(self.view, list(pending))):
                    views[oid] = d
                    if d["status"] in TERMINAL:
                        pending.discard(oid)
            if pending:
                time.sleep(poll_s)
        return views


def completed_at(view):
    done = [e for e in view.get("timeline", []) if e.get("kind") == "STATUS" and e.get("status") == "COMPLETED"]
    return ts(done[-1].get("at") or done[-1]["occurredAt"]) if done else None


def ready_to_accepted(views, wait_s=30):
    """Seconds from COMPLETED in order-service's timeline to the sandbox accepting that order's server-ready message.
    An order completed a moment ago may not have its message yet: those are asked again for up to wait_s."""
    out, pending = [], {oid: v for oid, v in views.items() if completed_at(v) is not None}
    give_up = time.time() + wait_s
    while pending:
        for oid, v in list(pending.items()):
            for m in call("GET", WA + "/__sandbox/messages?to=" + v["phone"].lstrip("+"))["messages"]:
                text = m.get("text") or ""
                if ("Server Siap" in text and oid in text) or (
                        m.get("templateName") in ("server_siap_v1", "server_ready") and oid in json.dumps(m)):
                    out.append(ts(m["acceptedAt"]) - completed_at(v))
                    pending.pop(oid)
                    break
        if not pending or time.time() > give_up:
            break
        time.sleep(1)
    return out


# ----------------------------------------------------------------------------------------------------- attribution

APP, CLIENT = "/api/application/", "/api/client/"
SHARED = ("nodes", "locations", "nests", "eggs")


def attribute(requests, inventory, orders):
    """Counts panel requests per order and category. `orders` maps order id -> (customer id, "new"|"returning").
    Customer-level requests (users ...) go to that customer's orders of the phase, split evenly."""
    users = {u["id"]: u.get("externalId") for u in inventory["users"]}
    servers = {s["id"]: s.get("externalId") for s in inventory["servers"]}
    identifiers = {s["identifier"]: s.get("externalId") for s in inventory["servers"]}
    order_of_server_ext = {"gs-order-" + oid: oid for oid in orders}
    orders_of_user_ext = {}
    for oid, (cid, _) in orders.items():
        orders_of_user_ext.setdefault("gs-customer-" + cid, []).append(oid)

    c = {"app": {oid: 0.0 for oid in orders}, "client": {oid: 0.0 for oid in orders}, "shared_app": 0,
         "shared_client": 0, "other_app": 0, "other_client": 0, "app_total": 0, "client_total": 0, "http_429": 0,
         "by_path": {}}

    def add(kind, ext_user=None, ext_server=None):
        targets = []
        if ext_server is not None and ext_server in order_of_server_ext:
            targets = [order_of_server_ext[ext_server]]
        elif ext_user is not None:
            targets = orders_of_user_ext.get(ext_user, [])
        for oid in targets:
            c[kind][oid] += 1 / len(targets)
        return bool(targets)

    for r in requests:
        path, status = r["path"], r["status"]
        c["http_429"] += status == 429
        shape = re.sub(r"/[^/]*\d[^/]*", "/{id}", re.sub(r"/external/[^/?]+", "/external/{ext}", path.split("?")[0]))
        c["by_path"][r["method"] + " " + shape] = c["by_path"].get(r["method"] + " " + shape, 0) + 1
        if path.startswith(APP):
            c["app_total"] += 1
            rest = path[len(APP):].split("/")
            if rest[0] in SHARED:
                c["shared_app"] += 1
                continue
            ok = False
            if rest[0] == "users":
                if r["method"] == "POST" and len(rest) == 1:
                    ok = add("app", ext_user=r.get("subject"))
                elif len(rest) > 2 and rest[1] == "external":
                    ok = add("app", ext_user=urllib.request.unquote(rest[2]))
                elif len(rest) > 1 and rest[1].isdigit():
                    ok = add("app", ext_user=users.get(int(rest[1])))
            elif rest[0] == "servers":
                if r["method"] == "POST" and len(rest) == 1:
                    ok = add("app", ext_server=r.get("subject"))
                elif len(rest) > 2 and rest[1] == "external":
                    ok = add("app", ext_server=urllib.request.unquote(rest[2]))
                elif len(rest) > 1 and rest[1].isdigit():
                    ok = add("app", ext_server=servers.get(int(rest[1])))
                elif len(rest) == 1 and r["method"] == "GET":  # one batched list for many servers
                    c["shared_app"] += 1
                    continue
            c["other_app"] += not ok
        elif path.startswith(CLIENT):
            c["client_total"] += 1
            rest = path[len(CLIENT):].split("/")
            if rest[0] == "servers" and len(rest) > 1:
                c["other_client"] += not add("client", ext_server=identifiers.get(rest[1]))
            else:
                c["shared_client"] += 1
    return c


# ---------------------------------------------------------------------------------------------------------- phases

class Bench:
    def __init__(self, args, client, run_tag):
        self.args, self.client, self.run_tag = args, client, run_tag
        self.phone_no = 0
        self.seeded = []  # phones of customers that already have a completed order

    def new_phone(self):
        self.phone_no += 1
        return "+62813%03d%04d" % (self.run_tag % 1000, self.phone_no)

    def mixed_phones(self, n):
        """n phones, 30 % of them seeded customers (each used once while they last), the rest new, interleaved."""
        returning = list(self.seeded)
        random.Random(self.run_tag).shuffle(returning)
        out = []
        for i in range(n):
            if i % 10 in RETURNING_SLOTS and returning:
                out.append((returning.pop(), "returning"))
            else:
                out.append((self.new_phone(), "new"))
        return out

    def timeout_for(self, n):
        return max(300, n * 3)

    def seed_returning(self, n):
        call("DELETE", PANEL + "/__sandbox/requests")
        phones = [self.new_phone() for _ in range(n)]
        t0 = time.time()
        views = self.client.follow(self.client.place_all(phones), self.timeout_for(n))
        self.seeded = [v["phone"] for v in views.values() if v["status"] == "COMPLETED"]
        print("returning seed: %d of %d customers have a completed order (%.0f s)" % (len(self.seeded), n,
                                                                                    time.time() - t0))

    def mixed(self, name, n):
        """One measured mixed phase: figures of throughput, requests per provision and WhatsApp latency."""
        call("DELETE", PANEL + "/__sandbox/requests")
        plan = self.mixed_phones(n)
        t0 = time.time()
        ids = self.client.place_all([p for p, _ in plan])
        kind_of_order = {oid: kind for oid, (_, kind) in zip(ids, plan)}
        print("%s: %d orders created and confirmed in %.1f s; following them..." % (name, len(ids), time.time() - t0))
        views = self.client.follow(ids, self.timeout_for(n))
        requests = call("GET", PANEL + "/__sandbox/requests")["requests"]
        inventory = call("GET", PANEL + "/__sandbox/inventory")
        orders = {oid: (v["customerId"], kind_of_order[oid]) for oid, v in views.items()}
        done = {oid: v for oid, v in views.items() if v["status"] == "COMPLETED"}
        counts = attribute(requests, inventory, orders)

        first_confirm = min(ts(v["confirmedAt"]) for v in views.values() if v.get("confirmedAt"))
        done_at = [completed_at(v) for v in done.values()]
        window_min = (max(done_at) - first_confirm) / 60 if done_at else float("nan")
        throughput = len(done) / window_min if done_at else 0.0

        def own(kind, api):
            ids_ = [oid for oid in done if orders[oid][1] == kind]
            return per(sum(counts[api][oid] for oid in ids_), len(ids_)), len(ids_)

        shared = per(counts["shared_app"], len(views))
        new, n_new = own("new", "app")
        ret, n_ret = own("returning", "app")
        req_all = per(counts["app_total"], len(done))
        return {
            "name": name, "orders": len(ids), "completed": len(done), "n_new": n_new, "n_returning": n_ret,
            "failed": sum(1 for v in views.values() if v["status"] in ("FAILED", "CANCELLED")),
            "unfinished": sum(1 for v in views.values() if v["status"] not in TERMINAL),
            "req_new": new + shared, "req_returning": ret + shared, "req_new_own": new, "req_returning_own": ret,
            "shared_app": counts["shared_app"], "shared_per_order": shared, "other_app": counts["other_app"],
            "req_all": req_all, "bound": RATE_LIMIT / req_all if req_all else float("nan"),
            "throughput": throughput, "window_s": window_min * 60, "http_429": counts["http_429"],
            "client_per_order": per(sum(counts["client"][o] for o in done), len(done)),
            "client_total": counts["client_total"], "shared_client": counts["shared_client"],
            "to_whatsapp": ready_to_accepted(done), "by_path": counts["by_path"],
        }

    def single(self, k):
        """k orders one at a time on an idle system: confirm -> COMPLETED in ms, from order-service's timeline."""
        latencies = []
        for _ in range(k):
            oid = self.client.place(self.new_phone())
            v = self.client.follow([oid], 120, poll_s=0.05)[oid]
            if v["status"] == "COMPLETED":
                latencies.append(1000 * (completed_at(v) - ts(v["confirmedAt"])))
        return latencies

    def restart_provisioning(self, lookup_first):
        env = dict(os.environ)
        env.pop("PROVISIONING_BENCH_LOOKUP_BEFORE_CREATE", None)
        if lookup_first:
            env["PROVISIONING_BENCH_LOOKUP_BEFORE_CREATE"] = "true"
        subprocess.run([self.args.run_sh, "restart-service", "provisioning-service"], env=env, check=True,
                       stdout=subprocess.DEVNULL)


# ---------------------------------------------------------------------------------------------------------- report

def print_report(mixed, single_ms, lookup, rss):
    p99_wa = 1000 * pct(mixed["to_whatsapp"], 99)
    rows = [
        ("mixed phase: orders placed / completed / failed / unfinished",
         "%d / %d / %d / %d" % (mixed["orders"], mixed["completed"], mixed["failed"], mixed["unfinished"])),
        ("  new / returning customers (completed)", "%d / %d" % (mixed["n_new"], mixed["n_returning"])),
        ("  application requests per provision, new customer", "%.2f (own %.2f + shared %.2f)" % (
            mixed["req_new"], mixed["req_new_own"], mixed["shared_per_order"])),
        ("  application requests per provision, returning customer", "%.2f (own %.2f + shared %.2f)" % (
            mixed["req_returning"], mixed["req_returning_own"], mixed["shared_per_order"])),
        ("  application requests per provision, all (weighted)", "%.2f" % mixed["req_all"]),
        ("  shared application requests (nodes, locations, nests, lists)", str(mixed["shared_app"])),
        ("  application requests not attributed to an order", str(mixed["other_app"])),
        ("  client API requests per provision (install wait)", "%.2f (%d in all, %d not per server)" % (
            mixed["client_per_order"], mixed["client_total"], mixed["shared_client"])),
        ("  throughput (first confirm -> last COMPLETED)", "%.1f orders/min over %.0f s" % (
            mixed["throughput"], mixed["window_s"])),
        ("  bound (240 / requests per provision)", "%.1f orders/min" % mixed["bound"]),
        ("  fraction of the bound", "%.0f %%" % (100 * mixed["throughput"] / mixed["bound"])),
        ("  429s received (all APIs)", str(mixed["http_429"])),
        ("  provisioning.completed -> WhatsApp accepted p50 / p99 (%d msgs)" % len(mixed["to_whatsapp"]),
         "%.0f ms / %.0f ms" % (1000 * pct(mixed["to_whatsapp"], 50), p99_wa)),
        ("single orders on the idle system: confirm -> COMPLETED p50 / p99 (%d)" % len(single_ms),
         "%.0f ms / %.0f ms" % (pct(single_ms, 50), pct(single_ms, 99))),
        ("lookup-first phase: orders placed / completed", "%d / %d" % (lookup["orders"], lookup["completed"])),
        ("  application requests per provision new / returning / all", "%.2f / %.2f / %.2f" % (
            lookup["req_new"], lookup["req_returning"], lookup["req_all"])),
        ("  throughput / bound", "%.1f / %.1f orders/min (429s: %d)" % (
            lookup["throughput"], lookup["bound"], lookup["http_429"])),
        ("gain (mixed throughput / lookup-first throughput)", "%.2f" % (mixed["throughput"] / lookup["throughput"])),
    ]
    for c in SERVICES + ("sandbox",):
        rows.append(("peak RSS %s" % c, "%.0f MiB" % rss.max_mib(c)))
    width = max(len(r[0]) for r in rows)
    print()
    for k, v in rows:
        print("%s  %s" % (k.ljust(width), v))
    print("\npanel requests of the mixed phase by shape:")
    for shape, n in sorted(mixed["by_path"].items(), key=lambda kv: -kv[1]):
        print("  %6d  %s" % (n, shape))
    print()
    rss_max = max(rss.max_mib(c) for c in SERVICES)
    print("bench: orders=%d completed=%d req_per_provision_new=%.2f req_per_provision_returning=%.2f "
          "throughput_per_min=%.1f bound_per_min=%.1f ratio=%.2f http_429=%d ready_to_accepted_p99_ms=%.0f "
          "single_order_p99_ms=%.0f rss_max_mib=%.0f lookup_first_throughput_per_min=%.1f gain=%.2f" % (
              mixed["orders"], mixed["completed"], mixed["req_new"], mixed["req_returning"], mixed["throughput"],
              mixed["bound"], mixed["throughput"] / mixed["bound"], mixed["http_429"], p99_wa, pct(single_ms, 99),
              rss_max, lookup["throughput"], mixed["throughput"] / lookup["throughput"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--secrets", required=True)
    ap.add_argument("--pids", required=True)
    ap.add_argument("--run-sh", required=True, help="deploy/local/run.sh, for restart-service")
    ap.add_argument("--orders", type=int, default=300, help="orders of the mixed phase")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--seed-customers", type=int, default=90)
    ap.add_argument("--single", type=int, default=20)
    ap.add_argument("--lookup-orders", type=int, default=120)
    a = ap.parse_args()
    env = dict(l.strip().split("=", 1) for l in open(a.secrets) if "=" in l and not l.startswith("#"))
    bench = Bench(a, Client(env["BOT_KEY"], env["ADMIN_KEY"], a.concurrency), random.randint(1000, 9999))
    rss = RssSampler(a.pids)
    rss.start()
    before = prepare_sandbox()
    started = time.time()
    try:
        bench.seed_returning(a.seed_customers)
        mixed = bench.mixed("mixed", a.orders)
        prepare_sandbox()
        single_ms = bench.single(a.single)
        print("single: %d orders one at a time" % len(single_ms))
        bench.restart_provisioning(lookup_first=True)
        try:
            prepare_sandbox()
            lookup = bench.mixed("lookup-first", a.lookup_orders)
        finally:
            bench.restart_provisioning(lookup_first=False)
    finally:
        restore_sandbox(before)
        rss.stopping.set()
    print("(wall time %.0f s)" % (time.time() - started))
    print_report(mixed, single_ms, lookup, rss)


if __name__ == "__main__":
    main()
