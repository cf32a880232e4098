"""Whole-system benchmark: N orders created and confirmed through the REST API as the bot and admin would, followed
to COMPLETED, with the sandbox counting panel requests and WhatsApp messages. Prints one table. Standard library only."""
import argparse
import concurrent.futures as cf
import json
import os
import random
import statistics
import subprocess
import time
import urllib.request
from datetime import datetime

ORDER = os.environ.get("ORDER_URL", "http://127.0.0.1:8081")
PANEL = os.environ.get("PANEL_URL", "http://127.0.0.1:8090")
WA = os.environ.get("WA_URL", "http://127.0.0.1:8091")


def call(method, url, key=None, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("X-Api-Key", key)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    with urllib.request.urlopen(req, timeout=30) as r:
        raw = r.read()
        return json.loads(raw) if raw else None


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def pct(values, p):
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(p / 100 * len(v) + 0.5)) - 1))]


def rss_mb(pid_file):
    try:
        pid = open(pid_file).read().strip()
        out = subprocess.run(["ps", "-o", "rss=", "-p", pid], capture_output=True, text=True).stdout.strip()
        return int(out) / 1024 if out else float("nan")
    except OSError:
        return float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--secrets", required=True)
    ap.add_argument("--pids", required=True)
    ap.add_argument("--orders", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=8)
    a = ap.parse_args()
    env = dict(l.strip().split("=", 1) for l in open(a.secrets) if "=" in l and not l.startswith("#"))
    bot, admin = env["BOT_KEY"], env["ADMIN_KEY"]

    install_before = call("GET", PANEL + "/__sandbox/install")
    call("POST", PANEL + "/__sandbox/install", body={"millis": 0})
    call("POST", PANEL + "/__sandbox/rate-limit", body={"per_window": 240, "window_millis": 60000})
    call("DELETE", PANEL + "/__sandbox/requests")
    run = random.randint(1000, 9999)
    phones = ["+62813%03d%04d" % (run % 1000, i) for i in range(a.orders)]

    def create_and_confirm(phone):
        # The customer chats with the bot first, which opens WhatsApp's 24-hour window (free text allowed).
        call("POST", WA + "/__sandbox/inbound", body={"from": phone.lstrip("+"), "name": "Bench Customer",
                                                      "text": "!order mc-basic 1"})
        o = call("POST", ORDER + "/api/orders", bot,
                 {"phone": phone, "customerName": "Bench Customer", "packageCode": "mc-basic", "durationMonths": 1},
                 {"Idempotency-Key": "bench-%s" % phone})
        call("POST", ORDER + "/api/admin/orders/%s/confirm" % o["orderId"], admin, {"confirmedBy": "bench"})
        return o["orderId"], phone

    started = time.time()
    with cf.ThreadPoolExecutor(a.concurrency) as ex:
        orders = list(ex.map(create_and_confirm, phones))
    print("created and confirmed %d orders in %.1f s; waiting for provisioning..." % (len(orders), time.time() - started))

    pending = {oid: phone for oid, phone in orders}
    details = {}
    deadline = time.time() + max(600, a.orders * 6)
    while pending and time.time() < deadline:
        with cf.ThreadPoolExecutor(a.concurrency) as ex:
            for oid, d in zip(list(pending), ex.map(lambda o: call("GET", ORDER + "/api/admin/orders/" + o, admin),
                                                    list(pending))):
                if d["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
                    details[oid] = d
                    pending.pop(oid)
        if pending:
            time.sleep(2)
    finished = time.time()
    call("POST", PANEL + "/__sandbox/install", body={"millis": install_before.get("millis", 5000)})

    completed = {o: d for o, d in details.items() if d["status"] == "COMPLETED"}
    confirm_to_done, done_at = [], {}
    for oid, d in completed.items():
        done = [e for e in d["timeline"] if e.get("kind") == "STATUS" and e.get("status") == "COMPLETED"]
        if done:
            done_at[oid] = ts(done[-1].get("at") or done[-1]["occurredAt"])
            confirm_to_done.append(done_at[oid] - ts(d["confirmedAt"]))
    accepted = {}
    for _, phone in orders:
        for m in call("GET", WA + "/__sandbox/messages?to=" + phone.lstrip("+"))["messages"]:
            ready = (m.get("text") and "Server Siap" in m["text"]) or m.get("templateName") in ("server_siap_v1",
                                                                                                 "server_ready")
            if ready:
                accepted.setdefault(phone, ts(m["acceptedAt"]))
    to_whatsapp = [accepted[orders_phone] - done_at[oid] for oid, orders_phone in orders
                   if oid in done_at and orders_phone in accepted]

    reqs = call("GET", PANEL + "/__sandbox/requests")["requests"]
    api = [r for r in reqs if r["path"].startswith("/api/")]
    polls = [r for r in api if r["method"] == "GET" and r["path"].startswith("/api/application/servers/")]
    n429 = sum(1 for r in api if r["status"] == 429)
    per_prov = len(api) / max(1, len(completed))
    per_prov_no_poll = (len(api) - len(polls)) / max(1, len(completed))
    window_min = (max(done_at.values()) - started) / 60 if done_at else float("nan")
    rate = len(completed) / window_min if done_at else 0.0
    bound = 240 / per_prov if per_prov else float("nan")

    rows = [
        ("orders placed / completed / failed / unfinished",
         "%d / %d / %d / %d" % (len(orders), len(completed), len(details) - len(completed), len(pending))),
        ("orders/min completed", "%.1f" % rate),
        ("rate-limit bound (240 / requests per provision)", "%.1f orders/min" % bound),
        ("fraction of the bound", "%.0f%%" % (100 * rate / bound if bound else 0)),
        ("panel requests per provision (all / without GET server polls)", "%.2f / %.2f" % (per_prov, per_prov_no_poll)),
        ("429s received from the panel", str(n429)),
        ("confirm -> COMPLETED p50 / p99", "%.2f s / %.2f s" % (pct(confirm_to_done, 50), pct(confirm_to_done, 99))),
        ("provisioning.completed -> WhatsApp accepted p50 / p99 (%d msgs)" % len(to_whatsapp),
         "%.0f ms / %.0f ms" % (1000 * pct(to_whatsapp, 50), 1000 * pct(to_whatsapp, 99))),
    ]
    for svc in ("order-service", "provisioning-service", "notification-service", "sandbox"):
        rows.append(("RSS %s" % svc, "%.0f MiB" % rss_mb(os.path.join(a.pids, svc + ".pid"))))
    width = max(len(r[0]) for r in rows)
    print()
    for k, v in rows:
        print("%s  %s" % (k.ljust(width), v))
    print("(wall time %.1f s; COMPLETED time is when order-service recorded provisioning.completed)" % (finished - started))


if __name__ == "__main__":
    main()
