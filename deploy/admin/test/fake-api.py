#!/usr/bin/env python3
"""A stand-in for the admin APIs of the three services, for testing ptero-admin.

Listens on a free loopback port and writes the port to PORT_FILE. Every request is appended as one JSON line to
LOG_FILE (method, service prefix, path, query, the headers that matter, body). The three services share the port and
are told apart by a path prefix: /o (order), /p (provisioning), /n (notification); their management interfaces
(health) by /om, /pm and /nm, and the public prefixes answer 404 for /q/*, as the real services do. The report
endpoints (/api/admin/reports/...) follow the shared reports contract, with a fixed clock (today 2026-12-07).

Usage: fake-api.py PORT_FILE LOG_FILE
"""
import datetime as dt
import json
import os
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ORDER = {
    "orderId": "ORD-1", "status": "PENDING", "customerId": "CUS-1", "customerName": "Budi", "phone": "+6281234567890",
    "packageCode": "mc-basic", "packageName": "Minecraft Basic", "durationMonths": 1, "totalPrice": 50000,
    "createdAt": "2026-11-24T10:00:00Z", "confirmedAt": None, "server": None,
}
TIMELINE = [
    {"at": "2026-11-24T10:00:00Z", "kind": "STATUS", "status": "PENDING", "step": None, "message": "order created",
     "actor": "bot"},
    {"at": "2026-11-24T10:01:00Z", "kind": "STATUS", "status": "CONFIRMED", "step": None, "message": None,
     "actor": "alice"},
    {"at": "2026-11-24T10:01:02Z", "kind": "STEP", "status": None, "step": "ENSURE_USER", "message": "user ready",
     "actor": "provisioning"},
    {"at": "2026-11-24T10:01:09Z", "kind": "STATUS", "status": "COMPLETED", "step": None, "message": None,
     "actor": "provisioning"},
]
JOB = {
    "jobId": "6f1c", "orderId": "ORD-1", "state": "FAILED", "currentStep": "CREATE_SERVER", "attempts": 3,
    "steps": {"ENSURE_USER": "DONE", "CREATE_SERVER": "FAILED"}, "failureReason": "NO_CAPACITY",
    "failedStep": "CREATE_SERVER", "failureDetail": "no node has 4096 MiB free", "lastError": "NO_CAPACITY",
    "panelUsername": "budi_1", "serverIdentifier": None, "address": None, "maintenance": False,
    "updatedAt": "2026-11-24T10:02:00Z",
    "log": [{"at": "2026-11-24T10:01:02Z", "step": "ENSURE_USER", "outcome": "DONE", "detail": "created user 7",
             "durationMs": 120}],
}
NODES = [
    {"nodeId": 1, "name": "node-jkt-1", "locationId": 1, "maintenance": False, "freeMemory": 8192, "freeDisk": 51200,
     "freeAllocations": 17, "totalAllocations": 20},
    {"nodeId": 2, "name": "node-sg-1", "locationId": 2, "maintenance": True, "freeMemory": -1, "freeDisk": 0,
     "freeAllocations": 0, "totalAllocations": 10},
]
DELIVERIES = [
    {"deliveryId": "DLV-1", "template": "SERVER_READY", "channel": "WHATSAPP_CLOUD", "status": "DELIVERED",
     "attempts": 1, "updatedAt": "2026-11-24T10:01:12Z"},
    {"deliveryId": "DLV-2", "template": "PROVISIONING_STARTED", "channel": "WHATSAPP_CLOUD", "status": "FAILED",
     "attempts": 5, "updatedAt": "2026-11-24T10:01:05Z"},
]
TERM = {"state": "ACTIVE", "expiresAt": "2026-12-24T10:01:09Z", "suspendedAt": None, "terminatesAt": None,
        "terminatedAt": None, "trialDuration": None}
SERVER = {"orderId": "ORD-1", "customerName": "Budi Santoso", "customerPhone": "+6281234567890", "packageCode": "mc-basic",
          "packageName": "Minecraft Basic", "serverIdentifier": "a1b2c3d4", "serverName": "budi-mc",
          "serverAddress": "10.0.0.5:25565", "state": "ACTIVE", "expiresAt": "2026-12-24T10:01:09Z", "suspendedAt": None,
          "terminatesAt": None, "terminatedAt": None, "pendingActionId": None}
SERVERS = [
    SERVER,
    dict(SERVER, orderId="ORD-2", customerName="Sari", customerPhone="+6281300000002", serverIdentifier="b2c3d4e5",
         state="ACTIVE", expiresAt="2026-11-27T08:00:00Z"),
    dict(SERVER, orderId="ORD-3", customerName="Andi", customerPhone="+6281300000003", packageCode="mc-pro",
         serverIdentifier="c3d4e5f6", state="SUSPENDED", expiresAt="2026-11-20T08:00:00Z",
         suspendedAt="2026-11-23T08:00:00Z", terminatesAt="2026-11-30T08:00:00Z", pendingActionId="ACT-9F3K2M1Q"),
    dict(SERVER, orderId="ORD-4", customerName="Dewi", customerPhone="+6281300000004", serverIdentifier="d4e5f6a7",
         state="TERMINATED", expiresAt="2026-10-01T08:00:00Z", suspendedAt="2026-10-04T08:00:00Z",
         terminatesAt="2026-10-11T08:00:00Z", terminatedAt="2026-10-11T08:00:05Z"),
]
RENEWAL = {"changeId": "REN-4Q9ZK2MB", "orderId": "ORD-1", "kind": "RENEWAL", "durationMonths": 3, "newPackageCode": None,
           "newPackageName": None, "amount": 150000, "status": "PENDING", "requestedBy": "admin:alice",
           "confirmedBy": None, "detail": None, "newExpiresAt": None, "createdAt": "2026-11-24T11:00:00Z",
           "repeated": False}
PACKAGE_CHANGE = dict(RENEWAL, changeId="CHG-7M2KQ9XD", kind="PACKAGE_CHANGE", durationMonths=None,
                      newPackageCode="mc-pro", newPackageName="Minecraft Pro", amount=40000)
CHANGES = {
    "REN-4Q9ZK2MB": RENEWAL,
    "CHG-7M2KQ9XD": PACKAGE_CHANGE,
    "CHG-CREDIT01": dict(PACKAGE_CHANGE, changeId="CHG-CREDIT01", newPackageCode="mc-mini",
                         newPackageName="Minecraft Mini", amount=-25000, status="REFUSED", confirmedBy="admin:alice",
                         detail="node-jkt-1 has no room for the new limits"),
    "REN-APPLIED1": dict(RENEWAL, changeId="REN-APPLIED1", status="APPLIED", confirmedBy="admin:alice",
                         newExpiresAt="2027-03-24T10:01:09Z"),
    "REN-CANCELD1": dict(RENEWAL, changeId="REN-CANCELD1", status="CANCELLED", confirmedBy="admin:bob"),
}


def error(status, code, message, field=None):
    body = {"code": code, "message": message}
    if field:
        body["field"] = field
    return status, body


class State:
    lock = threading.Lock()
    watch_polls = {}


def route(service, method, path, query, body):
    """Returns (status, body); body None for an empty response, a str for a non-JSON one."""
    parts = [p for p in path.split("/") if p]
    if path.startswith("/q/") and service not in ("om", "pm", "nm"):
        return error(404, "NOT_FOUND", "no such endpoint")
    if path == "/q/health/ready":
        if service == "nm":
            return 503, {"status": "DOWN", "checks": [{"name": "WhatsApp channel", "status": "DOWN"},
                                                      {"name": "Database", "status": "UP"}]}
        return 200, {"status": "UP", "checks": []}
    if parts[:2] != ["api", "admin"]:
        return error(404, "NOT_FOUND", "no such endpoint")
    rest = parts[2:]
    order_id = urllib.parse.unquote(rest[1]) if len(rest) > 1 else None
    if order_id == "ORD-MISSING":
        return error(404, "ORDER_NOT_FOUND", "order ORD-MISSING does not exist", "orderId")
    if order_id == "ORD-BROKEN":
        return 502, "<html>Bad Gateway</html>"
    if service == "o" and rest[0] == "orders":
        if len(rest) == 1 and method == "GET":
            if query.get("status") == ["BOGUS"]:
                return error(400, "INVALID_STATUS", "status must be one of [PENDING, COMPLETED]", "status")
            return 200, {"page": int(query.get("page", ["0"])[0]), "size": int(query.get("size", ["20"])[0]),
                         "total": 42, "items": [ORDER, dict(ORDER, orderId="ORD-2", status="COMPLETED", phone="")]}
        if len(rest) == 2 and method == "GET":
            if order_id.startswith("ORD-WATCH"):
                with State.lock:
                    polls = State.watch_polls[order_id] = State.watch_polls.get(order_id, 0) + 1
                shown = TIMELINE[:2] if polls == 1 else TIMELINE[:3] if polls == 2 else TIMELINE
                status = {1: "CONFIRMED", 2: "PROVISIONING"}.get(polls, "COMPLETED")
                server = {"address": "10.0.0.5:25565", "identifier": "a1b2c3d4"} if status == "COMPLETED" else None
                return 200, dict(ORDER, orderId=order_id, status=status, server=server, timeline=shown)
            if order_id == "ORD-SUSPENDED":
                return 200, dict(ORDER, orderId=order_id, status="COMPLETED", timeline=TIMELINE,
                                 term=dict(TERM, state="SUSPENDED", expiresAt="2026-11-20T08:00:00Z",
                                           suspendedAt="2026-11-23T08:00:00Z", terminatesAt="2026-11-30T08:00:00Z"))
            if order_id == "ORD-TRIAL":
                return 200, dict(ORDER, orderId=order_id, status="COMPLETED", timeline=TIMELINE,
                                 term=dict(TERM, expiresAt="2026-11-25T10:01:09Z", trialDuration="PT24H"))
            if order_id == "ORD-STUCK":
                return 200, dict(ORDER, orderId=order_id, status="PROVISIONING", timeline=TIMELINE[:3])
            if order_id == "ORD-FAILED":
                return 200, dict(ORDER, orderId=order_id, status="FAILED", timeline=TIMELINE[:2],
                                 failure={"reason": "NO_CAPACITY", "failedStep": "PLACE",
                                          "adminDetail": "no node has room"})
            return 200, dict(ORDER, orderId=order_id, confirmedAt="2026-11-24T10:01:00Z", confirmedBy="alice",
                             timeline=TIMELINE)
        if len(rest) == 3 and method == "POST" and rest[2] == "confirm":
            return 200, dict(ORDER, orderId=order_id, status="CONFIRMED")
        if len(rest) == 3 and method == "POST" and rest[2] == "cancel":
            return 200, dict(ORDER, orderId=order_id, status="CANCELLED")
        if len(rest) == 3 and method == "POST" and rest[2] == "password-reset":
            if order_id == "ORD-PENDING":
                return error(409, "ORDER_NOT_COMPLETED",
                             "order ORD-PENDING is PENDING; a new login can be sent only for a COMPLETED order")
            by = "admin:" + ((body or {}).get("requestedBy") or "admin")
            reset = {"requestId": "RST-4Q9ZK2MB", "orderId": order_id, "status": "REQUESTED", "requestedBy": by,
                     "requestedAt": "2026-11-24T11:00:00Z", "updatedAt": "2026-11-24T11:00:00Z", "repeated": False}
            if order_id == "ORD-AGAIN":
                reset.update(requestId="RST-7M2KQ9XD", requestedBy="customer", repeated=True,
                             requestedAt="2026-11-24T10:59:30Z")
            return 202, reset
    if rest[0] == "reports" and len(rest) == 2 and method == "GET" and (service, rest[1]) in (
            ("o", "sales"), ("p", "provisioning"), ("p", "capacity"), ("n", "notifications")):
        return report(rest[1], query)
    if service == "o" and rest[0] == "servers":
        return route_servers(method, rest, query, body or {})
    if service == "o" and rest[0] == "changes":
        return route_changes(method, rest, body or {})
    if service == "p" and rest[0] == "jobs":
        if len(rest) == 1 and method == "GET":
            return 200, {"items": [JOB, dict(JOB, orderId="ORD-2", state="COMPLETED", failureReason=None)],
                         "page": 0, "size": 50, "total": 2}
        if len(rest) == 2 and method == "GET":
            return 200, dict(JOB, orderId=order_id)
        if len(rest) == 3 and method == "POST" and rest[2] in ("retry", "trigger", "cancel"):
            state = {"retry": "PENDING", "trigger": "RUNNING", "cancel": "COMPENSATING"}[rest[2]]
            return 200, dict(JOB, orderId=order_id, state=state)
    if service == "p" and rest == ["capacity"] and method == "GET":
        return 200, NODES
    if service == "n" and rest[0] == "deliveries":
        if rest == ["deliveries"] and method == "GET":
            return 200, [dict(d, orderId=query.get("orderId", [""])[0]) for d in DELIVERIES]
        if rest == ["deliveries", "stats"] and method == "GET":
            return 200, {"sent": 10, "delivered": 9, "failed": 1, "byChannel": {"WHATSAPP_CLOUD": 10}}
        if len(rest) == 3 and rest[2] == "resend" and method == "POST":
            return 202, {"deliveryId": urllib.parse.unquote(rest[1]), "status": "QUEUED"}
    return error(404, "NOT_FOUND", "no such endpoint")


def route_servers(method, rest, query, body):
    """GET /api/admin/servers and POST /api/admin/servers/{orderId}/<action>, as order-service answers them."""
    if rest == ["servers"] and method == "GET":
        within = query.get("withinDays", [None])[0]
        if within is not None and not 0 <= int(within) <= 366:
            return error(400, "INVALID_DAYS", "withinDays must be from 0 to 366", "withinDays")
        state = query.get("state", [None])[0]
        if state == "expiring":
            # active servers whose term ends within the days asked (the fake's "now" is 2026-11-20)
            rows = [s for s in SERVERS if s["state"] == "ACTIVE" and s["expiresAt"] < "2026-12-01"]
        else:
            rows = [s for s in SERVERS if state is None or s["state"].lower() == state]
        limit = query.get("limit", [None])[0]
        return 200, rows[:int(limit)] if limit is not None else rows
    if len(rest) != 3 or method != "POST":
        return error(404, "NOT_FOUND", "no such endpoint")
    order_id, action = urllib.parse.unquote(rest[1]), rest[2]
    if not body.get("by"):
        return error(400, "FIELD_REQUIRED", "by is required", "by")
    if order_id == "ORD-TERMINATED":
        return error(409, "SERVER_TERMINATED", f"the server of order {order_id} was deleted; place a new order")
    order = dict(ORDER, orderId=order_id, status="COMPLETED", server={"address": "10.0.0.5:25565",
                                                                       "identifier": "a1b2c3d4"})
    if action == "suspend":
        return 202, dict(order, term=dict(TERM, state="SUSPENDED", suspendedAt="2026-11-24T12:00:00Z",
                                          terminatesAt="2026-12-01T12:00:00Z"))
    if action == "unsuspend":
        return 202, dict(order, term=TERM)
    if action == "terminate":
        return 202, dict(order, term=dict(TERM, state="TERMINATED", suspendedAt="2026-11-24T12:00:00Z",
                                          terminatedAt="2026-11-24T12:00:03Z"))
    if action == "extend":
        return 200, dict(order, term=dict(TERM, expiresAt="2026-12-31T10:01:09Z"))
    if action == "renewals":
        if order_id == "ORD-AGAIN":
            return 202, dict(RENEWAL, orderId=order_id, requestedBy="customer", createdAt="2026-11-24T10:59:30Z",
                             repeated=True)
        return 202, dict(RENEWAL, orderId=order_id, durationMonths=body.get("durationMonths"),
                         amount=50000 * body.get("durationMonths", 0), requestedBy="admin:" + body["by"])
    if action == "package-changes":
        if body.get("packageCode") not in ("mc-pro", "mc-mini"):
            return error(400, "UNKNOWN_PACKAGE", "packageCode is not in the catalog (GET /api/packages)", "packageCode")
        if body["packageCode"] == "mc-mini":
            return 202, CHANGES["CHG-CREDIT01"] | {"orderId": order_id, "status": "PENDING", "detail": None,
                                                   "confirmedBy": None}
        return 202, dict(PACKAGE_CHANGE, orderId=order_id, requestedBy="admin:" + body["by"])
    return error(404, "NOT_FOUND", "no such endpoint")


def route_changes(method, rest, body):
    """GET /api/admin/changes/{changeId}, POST .../confirm and .../cancel."""
    change_id = urllib.parse.unquote(rest[1]) if len(rest) > 1 else None
    change = CHANGES.get(change_id)
    if change is None:
        return error(404, "CHANGE_NOT_FOUND", f"change {change_id} does not exist", "changeId")
    if len(rest) == 2 and method == "GET":
        return 200, change
    if len(rest) == 3 and method == "POST" and rest[2] in ("confirm", "cancel"):
        if not body.get("by"):
            return error(400, "FIELD_REQUIRED", "by is required", "by")
        if change["status"] != "PENDING":
            return error(409, "ILLEGAL_TRANSITION", f"change {change_id} is {change['status']} and cannot be confirmed; only a PENDING change can")
        if rest[2] == "cancel":
            return 200, dict(change, status="CANCELLED", confirmedBy="admin:" + body["by"])
        if change["kind"] == "RENEWAL":
            return 200, dict(change, status="APPLIED", confirmedBy="admin:" + body["by"],
                             newExpiresAt="2027-03-24T10:01:09Z")
        return 200, dict(change, status="CONFIRMED", confirmedBy="admin:" + body["by"])
    return error(404, "NOT_FOUND", "no such endpoint")


# ---- Reports (issue 15). The fake's clock: today is 2026-12-07 in the store time zone (Asia/Jakarta, UTC+7); the
# known history is the week 2026-12-01 .. 2026-12-07; any range without those days is empty.
TODAY = dt.date(2026, 12, 7)
WEEK = [TODAY - dt.timedelta(days=6 - i) for i in range(7)]
DAILY_ORDERS = dict(zip(WEEK, [(2, 2, 100000), (3, 2, 150000), (0, 0, 0), (1, 1, 50000), (4, 3, 200000),
                               (0, 0, 0), (2, 0, 0)]))
# date -> confirmed, completed, failed, successRate
DAILY_JOBS = dict(zip(WEEK, [(2, 2, 0, 1.0), (2, 1, 1, 0.5), (0, 0, 0, None), (1, 0, 1, 0.0), (3, 2, 1, 0.6667),
                             (1, 1, 0, 1.0), (1, 0, 0, None)]))
DAILY_MESSAGES = dict(zip(WEEK, [(3, 3, 0), (4, 3, 1), (0, 0, 0), (2, 2, 0), (5, 5, 0), (1, 1, 0), (5, 4, 0)]))
NONE_MS = {"count": 0, "p50Ms": None, "p95Ms": None, "maxMs": None}


def report_range(query):
    """(range dict, days) or (None, error) as the spec's validation answers it."""
    def day(name):
        raw = query.get(name, [None])[0]
        if raw is None:
            return None
        if len(raw) != 10:
            raise ValueError(name)
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise ValueError(name)
    try:
        to = day("to") or TODAY
        start = day("from") or to - dt.timedelta(days=6)
    except ValueError as bad:
        return None, error(400, "INVALID_DATE", f"{bad} must be a date like 2026-12-01", str(bad))
    if start > to:
        return None, error(400, "INVALID_RANGE", "from must not be after to", "from")
    if (to - start).days + 1 > 366:
        return None, error(400, "RANGE_TOO_LONG", "a report covers at most 366 days", "to")
    days = [start + dt.timedelta(days=i) for i in range((to - start).days + 1)]
    instant = lambda d: (dt.datetime.combine(d, dt.time()) - dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"from": start.isoformat(), "to": to.isoformat(), "timeZone": "Asia/Jakarta", "start": instant(start),
            "end": instant(to + dt.timedelta(days=1))}, days


def report(kind, query):
    rng, days = report_range(query)
    if rng is None:
        return days
    known = any(d in WEEK for d in days)
    if kind == "sales":
        body = {"totals": {"orders": 12, "confirmed": 11, "completed": 10, "failed": 1, "cancelled": 1, "pending": 0},
                "revenue": {"orders": 500000, "renewals": 90000, "packageChanges": 30000, "total": 620000},
                "byPackage": [{"packageCode": "mc-basic", "orders": 8, "completed": 7, "revenue": 350000},
                              {"packageCode": "mc-pro", "orders": 4, "completed": 3, "revenue": 150000}],
                "byDuration": [{"months": 1, "orders": 10, "completed": 8, "revenue": 400000},
                               {"months": 3, "orders": 2, "completed": 2, "revenue": 100000}],
                "customers": {"new": 8, "returning": 3}} if known else {
                "totals": {"orders": 0, "confirmed": 0, "completed": 0, "failed": 0, "cancelled": 0, "pending": 0},
                "revenue": {"orders": 0, "renewals": 0, "packageChanges": 0, "total": 0},
                "byPackage": [], "byDuration": [], "customers": {"new": 0, "returning": 0}}
        zero = (0, 0, 0)
        body["daily"] = [dict(zip(("date", "orders", "completed", "revenue"), (d.isoformat(),) + DAILY_ORDERS.get(d, zero)))
                         for d in days]
    elif kind == "provisioning":
        body = {"totals": {"confirmed": 10, "completed": 6, "failed": 3, "running": 1, "successRate": 0.6667},
                "failuresByReason": [{"name": "NO_CAPACITY", "count": 2}, {"name": "INSTALL_FAILED", "count": 1}],
                "failuresByStep": [{"name": "PLACE", "count": 2}, {"name": "WAIT_INSTALL", "count": 1}],
                "confirmToCompleted": {"count": 6, "p50Ms": 1200, "p95Ms": 3400, "maxMs": 3400},
                "steps": [{"step": "ENSURE_USER", "count": 10, "p50Ms": 120, "p95Ms": 300},
                          {"step": "CREATE_SERVER", "count": 7, "p50Ms": 450, "p95Ms": 900}],
                "compensations": {"run": 2, "failed": 1}, "retries": 3,
                "packages": [{"packageCode": "mc-basic", "confirmed": 6, "completed": 4, "failed": 1, "running": 1,
                              "successRate": 0.8},
                             {"packageCode": "mc-pro", "confirmed": 4, "completed": 2, "failed": 2, "running": 0,
                              "successRate": 0.5}],
                "failures": [{"orderId": "ORD-FAIL0003", "packageCode": "mc-pro", "reason": "NO_CAPACITY",
                              "step": "PLACE", "detail": "no node has 4096 MiB free", "failedAt": "2026-12-05T04:00:00Z"},
                             {"orderId": "ORD-FAIL0002", "packageCode": "mc-pro", "reason": "INSTALL_FAILED",
                              "step": "WAIT_INSTALL", "detail": "install script exited 1",
                              "failedAt": "2026-12-04T09:30:00Z"}],
                "failuresTotal": 3} if known else {
                "totals": {"confirmed": 0, "completed": 0, "failed": 0, "running": 0, "successRate": None},
                "failuresByReason": [], "failuresByStep": [], "confirmToCompleted": NONE_MS, "steps": [],
                "compensations": {"run": 0, "failed": 0}, "retries": 0, "packages": [], "failures": [],
                "failuresTotal": 0}
        zero = (0, 0, 0, None)
        body["daily"] = [dict(zip(("date", "confirmed", "completed", "failed", "successRate"),
                                  (d.isoformat(),) + DAILY_JOBS.get(d, zero))) for d in days]
    elif kind == "notifications":
        body = {"totals": {"messages": 20, "delivered": 18, "read": 10, "failed": 1, "pending": 1,
                           "deliveredRate": 0.9, "readRate": 0.5, "failedRate": 0.05},
                "byKind": [{"kind": "SERVER_READY", "messages": 10, "delivered": 9, "read": 5, "failed": 1,
                            "pending": 0},
                           {"kind": "PROVISIONING_STARTED", "messages": 10, "delivered": 9, "read": 5, "failed": 0,
                            "pending": 1}],
                "byChannel": [{"channel": "whatsapp-cloud", "messages": 19, "delivered": 18, "read": 10, "failed": 1,
                               "deliveredRate": 0.9474, "readRate": 0.5263, "failedRate": 0.0526},
                              {"channel": "email", "messages": 1, "delivered": 0, "read": 0, "failed": 0,
                               "deliveredRate": 0.0, "readRate": 0.0, "failedRate": 0.0}],
                "fallback": {"email": 1, "adminAlert": 1},
                "readyToDelivered": {"count": 9, "p50Ms": 800, "p95Ms": 2500, "maxMs": 2500},
                "undelivered": [{"orderId": "ORD-FAIL0002", "kind": "SERVER_READY", "channel": "whatsapp-cloud",
                                 "state": "FAILED", "reason": "the number is not on WhatsApp",
                                 "at": "2026-12-02T04:00:00Z"}],
                "undeliveredTotal": 1} if known else {
                "totals": {"messages": 0, "delivered": 0, "read": 0, "failed": 0, "pending": 0, "deliveredRate": None,
                           "readRate": None, "failedRate": None},
                "byKind": [], "byChannel": [], "fallback": {"email": 0, "adminAlert": 0},
                "readyToDelivered": NONE_MS, "undelivered": [], "undeliveredTotal": 0}
        body["daily"] = [dict(zip(("date", "messages", "delivered", "failed"),
                                  (d.isoformat(),) + DAILY_MESSAGES.get(d, (0, 0, 0)))) for d in days]
    else:  # capacity: "now" is always there; the history only inside the range
        history = [{"at": "2026-12-07T04:00:00Z", "memoryUsedMb": 14848, "diskUsedMb": 30720, "allocationsUsed": 3}]
        body = {"nodes": [
            {"nodeId": 1, "name": "node-jkt-1",
             "now": {"memoryUsedMb": 14848, "memoryTotalMb": 16384, "diskUsedMb": 30720, "diskTotalMb": 102400,
                     "allocationsUsed": 3, "allocationsTotal": 50, "at": "2026-12-07T05:00:00Z"},
             "history": history if known else [],
             "dailyGrowth": {"memoryMb": 292.57, "diskMb": 1462.86, "allocations": 0.14},
             "expectedFullOn": "2026-12-13", "limitedBy": "memory"},
            {"nodeId": 2, "name": "node-sg-1",
             "now": {"memoryUsedMb": 0, "memoryTotalMb": 8192, "diskUsedMb": 0, "diskTotalMb": -1,
                     "allocationsUsed": 0, "allocationsTotal": 10, "at": "2026-12-07T05:00:00Z"},
             "history": [], "dailyGrowth": {"memoryMb": 0, "diskMb": 0, "allocations": 0},
             "expectedFullOn": None, "limitedBy": None}],
            "serversByPackage": [{"name": "mc-basic", "count": 12}, {"name": "mc-pro", "count": 3}],
            "warnings": [{"nodeId": 1, "name": "node-jkt-1", "problem": "ALMOST_FULL", "detail": "memory 90.6% used"},
                         {"nodeId": 1, "name": "node-jkt-1", "problem": "FULL_SOON",
                          "detail": "expected full on 2026-12-13 (memory)"}]}
    return 200, {"range": rng, **body}


class Handler(BaseHTTPRequestHandler):
    log_file = None

    def handle_one(self, method):
        url = urllib.parse.urlsplit(self.path)
        segments = url.path.split("/", 2)
        service = segments[1] if len(segments) > 1 else ""
        path = "/" + (segments[2] if len(segments) > 2 else "")
        query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        record = {"method": method, "service": service, "path": path, "rawPath": url.path, "query": query,
                  "apiKey": self.headers.get("X-Api-Key"), "contentType": self.headers.get("Content-Type"),
                  "body": raw}
        with State.lock, open(self.log_file, "a") as log:
            log.write(json.dumps(record) + "\n")
        if self.headers.get("X-Api-Key") in ("wrong", None) and path != "/q/health/ready":
            status, body = error(401, "UNAUTHORIZED", "missing or unknown API key")
        else:
            status, body = route(service, method, path, query, json.loads(raw) if raw else None)
        payload = b"" if body is None else (body if isinstance(body, str) else json.dumps(body)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html" if isinstance(body, str) else "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self):
        self.handle_one("GET")

    def do_POST(self):
        self.handle_one("POST")

    def log_message(self, fmt, *args):
        pass


def main():
    port_file, log_file = sys.argv[1], sys.argv[2]
    Handler.log_file = log_file
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(port_file + ".tmp", port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
