#!/usr/bin/env python3
"""Checks that every PromQL expression of a Grafana dashboard uses only metric names that the services export.

Usage: check-dashboard.py DASHBOARD_JSON SOURCE...
A SOURCE is a /q/metrics dump (a file) or a URL to scrape (http://127.0.0.1:9081/q/metrics). The exported names are
the sample names of the Prometheus text format (orders_by_status, pterodactyl_requests_total, ..._sum, ..._count,
..._max). Prints one line per unknown name and exits 1 when there is any (2 when a source cannot be read).
"""
import json
import re
import sys
import urllib.request

# What PromQL writes that is not a metric name.
KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset", "and", "or", "unless",
            "inf", "nan"}
IDENT = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*")


def exported(source):
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=10) as answer:
            text = answer.read().decode()
    else:
        with open(source) as f:
            text = f.read()
    names = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            names.add(IDENT.match(line).group(0))
    return names


def metric_names(expr):
    """The metric names an expression reads: identifiers outside label matchers, ranges, strings and grouping
    clauses, not called as a function, not a keyword."""
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # strings
    expr = re.sub(r"\{[^}]*\}", "", expr)  # label matchers
    expr = re.sub(r"\[[^\]]*\]", "", expr)  # range and subquery windows
    expr = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", expr)  # label lists
    names = []
    for m in IDENT.finditer(expr):
        rest = expr[m.end():].lstrip()
        before = expr[:m.start()]
        if rest.startswith("(") or m.group(0).lower() in KEYWORDS or re.search(r"[0-9.]$", before):
            continue
        names.append(m.group(0))
    return names


def expressions(panels):
    for panel in panels:
        yield from expressions(panel.get("panels", []))
        for target in panel.get("targets", []):
            if target.get("expr"):
                yield panel.get("title", "?"), target["expr"]


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1]) as f:
        dashboard = json.load(f)
    known = set()
    for source in sys.argv[2:]:
        try:
            known |= exported(source)
        except OSError as e:
            print(f"cannot read {source}: {e}", file=sys.stderr)
            return 2
    unknown = checked = 0
    for title, expr in expressions(dashboard.get("panels", [])):
        names = metric_names(expr)
        if not names:
            print(f"{title}: no metric in {expr!r}")
            unknown += 1
        for name in names:
            checked += 1
            if name not in known:
                print(f"{title}: {name} is not exported ({expr})")
                unknown += 1
    print(f"{checked} metric names checked, {unknown} unknown")
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main())
