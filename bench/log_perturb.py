"""Metamorphic test of the Postfix line parser: changes to a line's form that must not change its facts.

    python bench/log_perturb.py             # per perturbation: lines it applies to, records changed, fields
    python bench/log_perturb.py --show      # also every changed record (line as perturbed, fields before/after)
    python bench/log_perturb.py --only pid-none --show

Material: the TUNING part (`split.part_of` of the source) of ``corpus/postfix/real/lines.jsonl``, as
`accuracy.log_cases` gives it. The test part is never read.

Each line is read with `bouncelib.parse_log_line` as it is, then once per perturbation that applies to it.
The perturbations are forms a log from another machine shows for the same event: another syslog header
(RFC 3339 stamps with or without fractions and zone, classic syslog stamps, journalctl's ``short-iso``
and ``short-precise`` shapes, another host name, no header at all), a multi-instance or master.cf service
name in the tag (``postfix-out/smtp``, ``postfix/submission/smtpd``, ``postfix/smtps/smtpd``), no pid or
another pid, trailing blanks or a CR, a long queue id (enable_long_queue_ids), an IPv6 relay address,
``relay=none`` for an outcome with no server's reply, the delivery fields of other Postfix versions
(without ``delays=``, with ``conn_use=`` or ``orig_to=``), and ``(in reply to X command)`` with a command
of the same meaning (LABELING.md: "end of DATA" is DATA; EHLO, HELO and LMTP's LHLO greet). None of them
changes the record's facts: kind, queue id, recipient, relay host and IP, status, dsn, reply text,
reason, hard_bounce (a perturbation that rewrites a fact, as the IPv6 relay or the long queue id, says
what the fact becomes). ``command-other`` (the command swapped for one of another meaning) is listed
apart: LABELING.md's conventions read the command, so its moves are to be read, not counted.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from accuracy import log_cases  # noqa: E402 - found through the sys.path entry above
from split import part_of  # noqa: E402

FIELDS = ("kind", "queue_id", "recipient", "relay_host", "relay_ip", "status", "dsn", "text", "reason", "hard_bounce")
Facts = dict[str, Any]
# A perturbation: (line, its record's facts) -> (new line, the facts that change with it) or None.
Change = Callable[[str, Any, Facts], "tuple[str, Facts] | None"]

_STAMPS = {
    "syslog": "Jul 17 00:47:20",
    "syslog-day1": "Jul  7 00:47:20",
    "rfc3339": "2025-07-17T00:47:20.613392+02:00",
    "rfc3339-nofrac": "2025-07-17T00:47:20+02:00",
    "rfc3339-utc": "2025-07-17T00:47:20Z",
    "rfc3339-nozone": "2025-07-17T00:47:20.613",
    "short-iso": "2025-07-17T00:47:20+0200",
    "short-iso-precise": "2025-07-17T00:47:20.613392+0200",
    "short-precise": "Jul 17 00:47:20.613392",
}
_HOSTS = ("mx-01.mail.example.org", "ip-10-0-0-5", "MAIL2", "localhost")


def _facts(rec: Any) -> Facts:
    out = {name: getattr(rec, name) for name in FIELDS[:-2]}
    record = rec.to_record()
    out["reason"] = record.get("reason")
    out["hard_bounce"] = record.get("hard_bounce")
    return out


def _split(line: str, rec: Any) -> tuple[str, str, str] | None:
    """(header before the tag, the tag with its pid and colon, the message) of a tagged line, else None."""
    m = re.search(re.escape(rec.program) + r"(?:\[\d+\])?: ", line)
    return (line[: m.start()], m.group(), line[m.end() :]) if m else None


def _header(make: Callable[[str], str]) -> Change:
    def change(line: str, rec: Any, facts: Facts) -> tuple[str, Facts] | None:
        parts = _split(line, rec)
        if parts is None:
            return None
        new = make(parts[1]) + parts[2]
        return (new, {}) if new != line else None

    return change


def _program(old: str, new: str, daemons: tuple[str, ...] | None = None) -> Change:
    def change(line: str, rec: Any, facts: Facts) -> tuple[str, Facts] | None:
        parts = _split(line, rec)
        daemon = rec.program.rpartition("/")[2]
        if parts is None or not rec.program.startswith(old + "/") or (daemons and daemon not in daemons):
            return None
        if rec.program.count("/") > 1 and "/" in new:
            return None  # already a service name
        return parts[0] + new + parts[1][len(old) :] + parts[2], {}

    return change


def _pid(pid: str | None) -> Change:
    def change(line: str, rec: Any, facts: Facts) -> tuple[str, Facts] | None:
        parts = _split(line, rec)
        if parts is None:
            return None
        tag = rec.program + (f"[{pid}]" if pid is not None else "") + ": "
        return (parts[0] + tag + parts[2], {}) if tag != parts[1] else None

    return change


def _tail(text: str) -> Change:
    return lambda line, rec, facts: (line + text, {})


_LONG = "4Xq9LkTbYW2zJq5x"


def _long_qid(line: str, rec: Any, facts: Facts) -> tuple[str, Facts] | None:
    qid = rec.queue_id
    if not qid or qid == "NOQUEUE" or not re.fullmatch(r"[0-9A-F]+", qid) or (qid + ": ") not in line:
        return None
    return line.replace(qid + ": ", _LONG + ": ", 1), {"queue_id": _LONG}


_V6 = "2001:db8:4:5::1a"


def _ipv6_relay(line: str, rec: Any, facts: Facts) -> tuple[str, Facts] | None:
    ip = rec.relay_ip
    if not ip or ":" in ip or f"[{ip}]" not in line:
        return None
    new = line.replace(f"[{ip}]", f"[{_V6}]")
    text = facts["text"].replace(f"[{ip}]", f"[{_V6}]") if facts["text"] else facts["text"]
    return new, {"relay_ip": _V6, "text": text}


def _relay_none(line: str, rec: Any, facts: Facts) -> tuple[str, Facts] | None:
    # relay=none: no server took part (DNS failure, every address refused the connection); so only for outcomes
    # whose text quotes no server's reply.
    if rec.kind != "delivery" or not rec.relay or rec.relay == "none" or " said:" in (rec.text or ""):
        return None
    if rec.relay in {"local", "virtual"} or ", relay=" + rec.relay + "," not in line:
        return None
    return line.replace(", relay=" + rec.relay + ",", ", relay=none,", 1), {"relay_host": None, "relay_ip": None}


def _field(pattern: str, repl: str, skip: str | None = None) -> Change:
    def change(line: str, rec: Any, facts: Facts) -> tuple[str, Facts] | None:
        if rec.kind != "delivery" or (skip and skip in line):
            return None
        new = re.sub(pattern, repl, line, count=1)
        return (new, {}) if new != line else None

    return change


_SAME = {"end of DATA": "DATA", "DATA": "end of DATA", "EHLO": "HELO", "HELO": "EHLO"}
_OTHER = {"RCPT TO": "MAIL FROM", "MAIL FROM": "RCPT TO", "DATA": "RCPT TO", "end of DATA": "RCPT TO"}
_COMMAND = re.compile(r"\(in reply to (end of DATA|[A-Z]+(?: [A-Z]+)?) command\)")


def _command(table: dict[str, str]) -> Change:
    def change(line: str, rec: Any, facts: Facts) -> tuple[str, Facts] | None:
        found = list(_COMMAND.finditer(line))
        m = found[-1] if found else None
        if m is None or m[1] not in table:
            return None
        new = line[: m.start(1)] + table[m[1]] + line[m.end(1) :]
        text = facts["text"]
        if text and m.group() in text:
            i = text.rfind(m.group())
            text = text[:i] + f"(in reply to {table[m[1]]} command)" + text[i + len(m.group()) :]
        return new, {"text": text}

    return change


PERTURBATIONS: dict[str, Change] = {
    **{f"stamp-{name}": _header(lambda tag, s=stamp: f"{s} mail {tag}") for name, stamp in _STAMPS.items()},
    **{f"host-{h}": _header(lambda tag, h=h: f"Jul 17 00:47:20 {h} {tag}") for h in _HOSTS},
    "no-header": _header(lambda tag: tag),
    "instance-postfix-out": _program("postfix", "postfix-out"),
    "service-submission": _program("postfix", "postfix/submission", ("smtpd",)),
    "service-smtps": _program("postfix", "postfix/smtps", ("smtpd",)),
    "service-relay": _program("postfix", "postfix/relay", ("smtp",)),
    "pid-none": _pid(None),
    "pid-other": _pid("4194304"),
    "trailing-blanks": _tail("  \t"),
    "trailing-cr": _tail("\r"),
    "long-qid": _long_qid,
    "ipv6-relay": _ipv6_relay,
    "relay-none": _relay_none,
    "no-delays": _field(r", delays=[^,]*", ""),
    "conn-use": _field(r"(, relay=[^,]*)(?=, delay=)", r"\1, conn_use=2", "conn_use="),
    "orig-to": _field(r"(to=<[^>]*>)(?=, relay=)", r"\1, orig_to=<alias@example.org>", "orig_to="),
    "command-same": _command(_SAME),
    "command-other": _command(_OTHER),
}
INFORMATIONAL = {"command-other"}


def tuning_lines() -> Iterator[tuple[str, str, Any]]:
    """(id, line, record) of every tuning line that parses to a record."""
    from bouncelib import parse_log_line

    for case in log_cases(ROOT):
        if part_of(case.source) != "tune":
            continue
        rec = parse_log_line(case.text, year=2025, tz="UTC")
        if rec is not None and rec.kind != "unrecognised":
            yield case.ident, case.text, rec


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="every changed record")
    ap.add_argument("--only", help="one perturbation")
    args = ap.parse_args(argv)
    from bouncelib import parse_log_line

    names = [args.only] if args.only else list(PERTURBATIONS)
    tried: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    which: dict[str, Counter[str]] = {n: Counter() for n in names}
    shown = []
    lines = 0
    for ident, line, rec in tuning_lines():
        lines += 1
        facts = _facts(rec)
        for name in names:
            out = PERTURBATIONS[name](line, rec, facts)
            if out is None:
                continue
            new, moved = out
            tried[name] += 1
            want = {**facts, **moved}
            got = parse_log_line(new, year=2025, tz="UTC")
            now = _facts(got) if got is not None else dict.fromkeys(FIELDS)
            diff = [f for f in FIELDS if now[f] != want[f]]
            if diff:
                changed[name] += 1
                which[name].update(diff)
                shown.append((name, ident, new, {f: (want[f], now[f]) for f in diff}))
    print(f"tuning Postfix lines read to a record: {lines}")
    print("| perturbation | tried | changed | fields |\n|---|---|---|---|")
    for name in names:
        fields = ", ".join(f"{f} {n}" for f, n in which[name].most_common())
        mark = " (informational)" if name in INFORMATIONAL else ""
        print(f"| {name}{mark} | {tried[name]} | {changed[name]} | {fields} |")
    if args.show:
        for name, ident, new, diff in shown:
            print(f"[{name}] [{ident}] {new[:220]!r}")
            for f, (was, now) in diff.items():
                print(f"    {f}: {str(was)[:90]!r} -> {str(now)[:90]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
