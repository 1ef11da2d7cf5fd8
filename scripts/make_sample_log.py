#!/usr/bin/env python3
"""Write the small sample Postfix log used by the cookbook, the report docs and the report tests.

Three weeks of an outgoing mail server with two blocklist incidents (Microsoft's
Blocklist 1 and a receiver using Spamhaus ZEN), unknown Gmail users, full
mailboxes, a Yahoo volume deferral wave, a dead domain, an expired message, and
inbound NOQUEUE rejects of listed clients.  The reply texts follow the shapes
in ``/work/shared/reference/postfix-log-grammar.md``; every address, domain and
IP is a documentation one (example.com/.net/.org, 192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24) except the providers' MX host names.

Deterministic (fixed seed), so the file only changes when this script does::

    python scripts/make_sample_log.py            # writes docs/sample/mail.log.gz
    python scripts/make_sample_log.py -o - | head
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUR_IP = "198.51.100.23"
TZ = timezone(timedelta(hours=1))
START = datetime(2026, 2, 2, 0, 0, tzinfo=TZ)
DAYS = 21

OUTLOOK = ("example-com.mail.protection.outlook.com", "203.0.113.40")
GMAIL = ("gmail-smtp-in.l.google.com", "203.0.113.41")
YAHOO = ("mta5.am0.yahoodns.net", "203.0.113.42")
ZEN_MX = ("mx1.example.net", "203.0.113.43")
PLAIN_MX = ("mx.example.org", "203.0.113.44")

BL1 = (
    f"550 5.7.1 Service unavailable; Client host [{OUR_IP}] blocked using Blocklist 1; To request removal "
    "from this list please forward this message to delist@messaging.microsoft.com"
)
ZEN = (
    f"554 5.7.1 Service unavailable; Client host [{OUR_IP}] blocked using zen.spamhaus.org; "
    f"https://www.spamhaus.org/query/ip/{OUR_IP}"
)
NOSUCHUSER = (
    "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking "
    "the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to "
    "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser x12si345678wrb.{n} - gsmtp"
)
OVERQUOTA = (
    "452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to "
    "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp y3si998877wrb.{n} - gsmtp"
)
TSS04 = (
    f"421 4.7.0 [TSS04] Messages from {OUR_IP} temporarily deferred due to unexpected volume or user "
    "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
)
FULL = "552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full"


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.lines: list[tuple[datetime, str]] = []
        self.qn = 0x3A4F0

    def qid(self) -> str:
        self.qn += self.rng.randint(1, 400)
        return f"{self.qn:05X}{self.rng.randint(0x10000, 0xFFFFF):05X}"

    def log(self, t: datetime, prog: str, msg: str) -> None:
        self.lines.append((t, f"{t.isoformat(timespec='microseconds')} mx1 postfix/{prog}[{self._pid(prog)}]: {msg}"))

    def _pid(self, prog: str) -> int:
        return {"qmgr": 811, "pickup": 812, "cleanup": 2301, "bounce": 2350}.get(prog, 3000 + self.qn % 900)

    def message(self, t: datetime, rcpt: str, outcome: str, relay: tuple[str, str] | None, text: str) -> None:
        q = self.qid()
        sender = self.rng.choice(["news@example.com", "billing@example.com", "alerts@example.com"])
        self.log(t, "smtpd", f"{q}: client=app1.example.com[192.0.2.10]")
        self.log(t + timedelta(milliseconds=40), "cleanup", f"{q}: message-id=<{q.lower()}@example.com>")
        self.log(
            t + timedelta(milliseconds=60),
            "qmgr",
            f"{q}: from=<{sender}>, size={self.rng.randint(2000, 90000)}, nrcpt=1 (queue active)",
        )
        t2 = t + timedelta(seconds=self.rng.uniform(0.3, 3))
        relay_s = f"{relay[0]}[{relay[1]}]:25" if relay else "none"
        dsn = {"sent": "2.0.0", "deferred": "4.0.0", "bounced": "5.0.0"}[outcome]
        code = text.split(" ", 2)
        if len(code) > 1 and code[1][:1] in "245" and code[1].count(".") == 2:
            dsn = code[1].rstrip(";")
        elif "Host not found" in text:
            dsn = "5.4.4"
        elif "timed out" in text:
            dsn = "4.4.1"
        said = (
            f"host {relay[0]}[{relay[1]}] said: {text} (in reply to RCPT TO command)"
            if relay and outcome != "sent"
            else text
        )
        self.log(
            t2,
            "smtp",
            f"{q}: to=<{rcpt}>, relay={relay_s}, delay={(t2 - t).total_seconds():.1f}, "
            f"delays=0.06/0.01/0.2/{(t2 - t).total_seconds() - 0.27:.2f}, dsn={dsn}, status={outcome} ({said})",
        )
        if outcome == "bounced":
            self.log(t2 + timedelta(milliseconds=5), "bounce", f"{q}: sender non-delivery notification: {self.qid()}")
        if outcome != "deferred":
            self.log(t2 + timedelta(milliseconds=8), "qmgr", f"{q}: removed")

    def expired(self, t: datetime, rcpt: str) -> None:
        q = self.qid()
        self.log(t, "qmgr", f"{q}: from=<news@example.com>, status=expired, returned to sender")
        self.log(t + timedelta(milliseconds=3), "bounce", f"{q}: sender non-delivery notification: {self.qid()}")
        self.log(t + timedelta(milliseconds=9), "qmgr", f"{q}: removed")

    def inbound_reject(self, t: datetime, n: int) -> None:
        ip = f"203.0.113.{100 + n % 50}"
        self.log(
            t,
            "smtpd",
            f"NOQUEUE: reject: RCPT from unknown[{ip}]: 554 5.7.1 Service unavailable; Client host [{ip}] blocked "
            f"using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{ip}; from=<offers@example.net> "
            "to=<info@example.com> proto=ESMTP helo=<example.net>",
        )


def generate(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    w = Writer(rng)
    users = [f"user{i:03d}" for i in range(400)]
    for day in range(DAYS):
        base = START + timedelta(days=day)
        weekend = base.weekday() >= 5
        for _ in range(rng.randint(25, 35) if weekend else rng.randint(60, 80)):
            t = base + timedelta(seconds=rng.uniform(6 * 3600, 22 * 3600))
            u = rng.choice(users)
            dest = rng.random()
            if dest < 0.35:  # Microsoft-hosted example.com
                rcpt = f"{u}@example.com"
                if 8 <= day <= 10 and rng.random() < 0.7:
                    w.message(t, rcpt, "bounced", OUTLOOK, BL1)
                else:
                    w.message(t, rcpt, "sent", OUTLOOK, f"250 2.6.0 <{u}@example.com> [InternalId=1] Queued mail")
            elif dest < 0.65:  # Google-hosted example.org
                rcpt = f"{u}@example.org"
                r = rng.random()
                if r < 0.05:
                    w.message(t, rcpt, "bounced", GMAIL, NOSUCHUSER.format(n=rng.randint(10, 99)))
                elif r < 0.08:
                    w.message(t, rcpt, "deferred", GMAIL, OVERQUOTA.format(n=rng.randint(10, 99)))
                else:
                    w.message(t, rcpt, "sent", GMAIL, "250 2.0.0 OK  1770000000 x12si1.42 - gsmtp")
            elif dest < 0.80:  # Yahoo-hosted mail.example.net
                rcpt = f"{u}@mail.example.net"
                if 4 <= day <= 6 and rng.random() < 0.5:
                    w.message(t, rcpt, "deferred", YAHOO, TSS04)
                else:
                    w.message(t, rcpt, "sent", YAHOO, "250 ok dirdel")
            elif dest < 0.92:  # a site whose MX consults Spamhaus ZEN
                rcpt = f"{u}@example.net"
                if day == 15 and rng.random() < 0.9:
                    w.message(t, rcpt, "bounced", ZEN_MX, ZEN)
                else:
                    w.message(t, rcpt, "sent", ZEN_MX, "250 2.0.0 Ok: queued as 4F2B61C0A3")
            elif dest < 0.97:
                rcpt = f"{u}@shop.example.org"
                if rng.random() < 0.2:
                    w.message(t, rcpt, "bounced", PLAIN_MX, FULL.format(rcpt=rcpt))
                else:
                    w.message(t, rcpt, "sent", PLAIN_MX, "250 2.0.0 Ok: queued as 9A8B7C6D5E")
            else:  # a domain that no longer exists
                rcpt = f"{u}@gone.example"
                w.message(
                    t,
                    rcpt,
                    "bounced",
                    None,
                    "Host or domain name not found. Name service error for name=gone.example type=MX: Host not found",
                )
        for n in range(rng.randint(3, 12)):
            w.inbound_reject(base + timedelta(seconds=rng.uniform(0, 86000)), n + day)
    w.expired(START + timedelta(days=12, hours=9, minutes=30), "user001@example.org")
    w.lines.sort(key=lambda tl: tl[0])
    return [line for _t, line in w.lines]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parent.parent / "docs" / "sample" / "mail.log.gz"
    ap.add_argument("-o", "--output", default=str(default), help="file to write (.gz compressed; - for stdout)")
    args = ap.parse_args()
    text = "\n".join(generate()) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    elif args.output.endswith(".gz"):
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        # mtime=0: the same input gives the same bytes (no churn in git).
        with open(args.output, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(text.encode())
    else:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
