# ruff: noqa: E501 - the provider replies are kept verbatim on one line each, as Postfix logs them
"""Generate a realistic, busy Postfix mail.log for benchmarks (deterministic for a given seed).

The mix follows a busy inbound+outbound MX: postscreen in front of smtpd, RBL and
policy rejects, TLS, cleanup/qmgr/smtp/lmtp/local deliveries with sent, deferred
and bounced outcomes in many providers' real wording (documentation addresses
only), bounce notices, qmgr removals and expiries, and lines of other daemons
(dovecot, opendkim, amavis, policyd-spf) interleaved. Stamps are RFC 3164 in
Europe/Berlin local time, and the time line passes through the repeated DST hour
(2025-10-26 02:00-03:00 twice) and, after a quiet gap, the 2025 -> 2026 year boundary.

    python bench/gen_maillog.py --lines 1000000 --out /tmp/mail-1m.log
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Berlin")
HOST = "mx1"
# (status, dsn, relay host, relay ip prefix, reply text); {ip} and {rcpt} are filled in. Wording from the providers'
# public replies (Gmail, Microsoft, Yahoo, GMX, T-Online, Orange, Apple, Free), addresses replaced by documentation ones.
FAILURES: tuple[tuple[str, str, str, str, str], ...] = (
    ("bounced", "5.1.1", "gmail-smtp-in.l.google.com", "192.0.2.", "host gmail-smtp-in.l.google.com[{ip}] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser {tok} - gsmtp (in reply to RCPT TO command)"),
    ("deferred", "4.7.28", "gmail-smtp-in.l.google.com", "192.0.2.", "host gmail-smtp-in.l.google.com[{ip}] said: 421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating 421-4.7.28 from your IP address. To protect our users from spam, mail sent from your 421 4.7.28 IP address has been temporarily rate limited. {tok} - gsmtp (in reply to end of DATA command)"),
    ("deferred", "4.2.2", "gmail-smtp-in.l.google.com", "192.0.2.", "host gmail-smtp-in.l.google.com[{ip}] said: 452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp {tok} - gsmtp (in reply to RCPT TO command)"),
    ("bounced", "5.7.1", "example-com.mail.protection.outlook.com", "198.51.100.", "host example-com.mail.protection.outlook.com[{ip}] said: 550 5.7.1 Service unavailable, Client host [203.0.113.9] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.9 AS(1450) [AM0PR01MB1234.eurprd01.prod.exchangelabs.com] (in reply to MAIL FROM command)"),
    ("bounced", "5.5.0", "outlook-com.olc.protection.outlook.com", "198.51.100.", "host outlook-com.olc.protection.outlook.com[{ip}] said: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com] (in reply to RCPT TO command)"),
    ("bounced", "5.7.1", "hotmail-com.olc.protection.outlook.com", "198.51.100.", "host hotmail-com.olc.protection.outlook.com[{ip}] said: 550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [VI1EUR04FT030.eop-eur04.prod.protection.outlook.com] (in reply to MAIL FROM command)"),
    ("deferred", "4.7.0", "mta7.am0.yahoodns.net", "203.0.113.", "host mta7.am0.yahoodns.net[{ip}] said: 421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)"),
    ("bounced", "5.0.0", "mta6.am0.yahoodns.net", "203.0.113.", "host mta6.am0.yahoodns.net[{ip}] said: 552 1 Requested mail action aborted, mailbox not found (in reply to end of DATA command)"),
    ("bounced", "5.0.0", "mx00.emig.gmx.net", "198.51.100.", "host mx00.emig.gmx.net[{ip}] said: 550 Requested action not taken: mailbox unavailable (in reply to RCPT TO command)"),
    ("bounced", "5.0.0", "mx00.emig.gmx.net", "198.51.100.", "host mx00.emig.gmx.net[{ip}] refused to talk to me: 554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=IB&i=ip&v=203.0.113.9&r=1MxEWQ-1234"),
    ("bounced", "5.0.0", "mx00.t-online.de", "192.0.2.", "host mx00.t-online.de[{ip}] said: 554 IP=203.0.113.9 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL) (in reply to MAIL FROM command)"),
    ("deferred", "4.0.0", "smtp-in.orange.fr", "192.0.2.", "host smtp-in.orange.fr[{ip}] refused to talk to me: 550 mwinf5c14 ME Adresse IP source bloquee pour incident de spam. Please visit http://csi.cloudmark.com/reset-request/?ip=203.0.113.9 [102]"),
    ("bounced", "5.7.1", "mx01.mail.icloud.com", "198.51.100.", "host mx01.mail.icloud.com[{ip}] said: 550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)"),
    ("deferred", "4.0.0", "mx1.free.fr", "203.0.113.", "host mx1.free.fr[{ip}] said: 421 Refused. Your reverse DNS entry does not resolve to an IP. (in reply to MAIL FROM command)"),
    ("bounced", "5.2.2", "mail.example.net", "203.0.113.", "host mail.example.net[{ip}] said: 552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full (in reply to RCPT TO command)"),
    ("deferred", "4.4.1", "mail.example.org", "192.0.2.", "connect to mail.example.org[{ip}]:25: Connection timed out"),
    ("deferred", "4.4.2", "mx.example.net", "198.51.100.", "conversation with mx.example.net[{ip}] timed out while receiving the initial server greeting"),
    ("deferred", "4.4.3", "", "", "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found, try again"),
    ("bounced", "5.4.4", "", "", "Host or domain name not found. Name service error for name=nowhere.example type=A: Host found but no data record of requested type"),
    ("deferred", "4.7.5", "mx.example.com", "192.0.2.", "TLS is required, but was not offered by host mx.example.com[{ip}]"),
)
SENT: tuple[tuple[str, str, str], ...] = (
    ("gmail-smtp-in.l.google.com", "192.0.2.", "250 2.0.0 OK  {n} {tok} - gsmtp"),
    ("example-com.mail.protection.outlook.com", "198.51.100.", "250 2.6.0 <{mid}> [InternalId={n}, Hostname=AM0PR01MB1234.eurprd01.prod.exchangelabs.com] Queued mail for delivery"),
    ("mta7.am0.yahoodns.net", "203.0.113.", "250 ok dirdel"),
    ("mx00.emig.gmx.net", "198.51.100.", "250 Requested mail action okay, completed: id=1MxEWQ-{n}"),
    ("mail.example.net", "203.0.113.", "250 2.0.0 Ok: queued as {tok}"),
)
REJECTS: tuple[str, ...] = (
    "554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{ip}",
    "554 5.7.1 Service unavailable; Client host [{ip}] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?{ip}",
    "554 5.7.1 Service unavailable; Client host [{ip}] blocked using b.barracudacentral.org; https://www.barracudacentral.org/reputation?ip={ip}",
    "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
    "454 4.7.1 <{rcpt}>: Relay access denied",
    "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
    "450 4.7.1 Client host rejected: cannot find your hostname, [{ip}]",
    "450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
)
OTHER = (
    "dovecot: imap-login: Login: user=<{u}@example.org>, method=PLAIN, rip=192.0.2.{a}, lip=192.0.2.1, mpid={n}, TLS",
    "dovecot: lmtp({n}): Connect from local",
    "opendkim[811]: {qid}: DKIM-Signature field added (s=mail, d=example.org)",
    "amavis[2200]: ({n}-01) Passed CLEAN {{RelayedInbound}}, [198.51.100.{a}]:41234 <x@example.com> -> <{u}@example.org>, Hits: -1.1",
    "policyd-spf[3012]: prepend Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=198.51.100.{a}",
    "CRON[4410]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)",
)


# Postfix's master(8) reuses daemon processes (max_use=100, max_idle=100s), so a busy server logs from a
# bounded pool of pids per service; each pool slot is renewed now and then.
_POOLS: dict[str, list[int]] = {}
_POOL_SIZES = {"smtpd": 60, "cleanup": 20, "smtp": 80, "lmtp": 10, "error": 5, "bounce": 4, "postscreen": 1,
               "dnsblog": 6}


def _pid(rng: random.Random, daemon: str) -> int:
    pool = _POOLS.setdefault(daemon, [rng.randrange(1000, 60000) for _ in range(_POOL_SIZES[daemon])])
    k = rng.randrange(len(pool))
    if rng.random() < 0.01:
        pool[k] = rng.randrange(1000, 60000)
    return pool[k]


def _qid(rng: random.Random) -> str:
    return f"{rng.getrandbits(40):010X}"


def _tok(rng: random.Random) -> str:
    return f"{rng.choice('abcdefghijklmnopq')}{rng.randrange(10**7)}si{rng.randrange(10**7)}wrs.{rng.randrange(999)}"


def lines(n_lines: int, seed: int = 7) -> Iterator[tuple[datetime, str]]:
    """(utc time, message after the stamp prefix) pairs; the stamp is added by `render`."""
    rng = random.Random(seed)
    # Two busy stretches: through the repeated DST hour, then (after a quiet gap) over New Year.
    first = int(n_lines * 0.35)
    spans = (
        (datetime(2025, 10, 25, 23, 30, tzinfo=UTC), first),  # 01:30 CEST -> past 03:00 CET
        (datetime(2025, 12, 31, 20, 0, tzinfo=UTC), n_lines - first),  # 21:00 CET -> 2026
    )
    produced = 0
    for start, count in spans:
        step = 4 * 3600 / max(count, 1)  # each stretch covers about four hours
        now = start.timestamp()
        made = 0
        # About 12 conversations in flight at once, their lines interleaved as on a real server.
        active: list[list[str]] = [_conversation(rng)[::-1] for _ in range(12)]
        while made < count:
            k = rng.randrange(len(active))
            conv = active[k]
            yield datetime.fromtimestamp(now, UTC), conv.pop()
            if not conv:
                active[k] = _conversation(rng)[::-1]
            made += 1
            now += step
        produced += made
    assert produced == n_lines


def _conversation(rng: random.Random) -> list[str]:
    """The lines of one inbound or outbound conversation, or one stray line."""
    r = rng.random()
    n = rng.randrange(10**6)
    a = rng.randrange(1, 254)
    if r < 0.14:
        tpl = rng.choice(OTHER)
        return [tpl.format(u=f"user{a}", a=a, n=n, qid=_qid(rng))]
    if r < 0.30:
        return _postscreen(rng, a)
    if r < 0.40:
        return _rejected(rng, a)
    if r < 0.42:
        return [rng.choice((
            f"postfix/anvil[1022]: statistics: max connection rate 3/60s for (smtp:198.51.100.{a}) at Dec 31 20:51:10",
            f"postfix/smtpd[{_pid(rng, 'smtpd')}]: warning: hostname host{a}.example.com does not resolve to address "
            f"198.51.100.{a}: Name or service not known",
            f"postfix/smtpd[{_pid(rng, 'smtpd')}]: warning: unknown[198.51.100.{a}]: SASL LOGIN authentication failed: "
            "UGFzc3dvcmQ6",
            f"postfix/smtpd[{_pid(rng, 'smtpd')}]: lost connection after AUTH from unknown[198.51.100.{a}]",
            f"postfix/smtpd[{_pid(rng, 'smtpd')}]: timeout after END-OF-MESSAGE from unknown[198.51.100.{a}]",
            "postfix/scache[2400]: statistics: start interval Dec 31 20:50:01",
        ))]
    return _message(rng, a, n)


def _postscreen(rng: random.Random, a: int) -> list[str]:
    pid = _pid(rng, "postscreen")
    dpid = _pid(rng, "dnsblog")
    port = 30000 + rng.randrange(30000)
    ip = f"198.51.100.{a}"
    out = [f"postfix/postscreen[{pid}]: CONNECT from [{ip}]:{port} to [192.0.2.1]:25"]
    r = rng.random()
    if r < 0.5:
        out.append(f"postfix/postscreen[{pid}]: PASS OLD [{ip}]:{port}")
    elif r < 0.75:
        zone = rng.choice(("zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org"))
        out += [
            f"postfix/dnsblog[{dpid}]: addr {ip} listed by domain {zone} as 127.0.0.{rng.choice((2, 3, 4, 10))}",
            f"postfix/postscreen[{pid}]: DNSBL rank {rng.randrange(2, 9)} for [{ip}]:{port}",
            f"postfix/postscreen[{pid}]: NOQUEUE: reject: RCPT from [{ip}]:{port}: 550 5.7.1 Service unavailable; "
            f"client [{ip}] blocked using {zone}; from=<spam{a}@example.com>, to=<user{a}@example.org>, "
            f"proto=ESMTP, helo=<host{a}.example.com>",
        ]
    elif r < 0.9:
        out += [
            f"postfix/postscreen[{pid}]: PREGREET 14 after 0.{rng.randrange(10, 99)} from [{ip}]:{port}: "
            "EHLO ylmf-pc\\r\\n",
            f"postfix/postscreen[{pid}]: HANGUP after 1.{rng.randrange(10, 99)} from [{ip}]:{port} in tests "
            "after SMTP handshake",
        ]
    else:
        out.append(f"postfix/postscreen[{pid}]: PASS NEW [{ip}]:{port}")
    out.append(f"postfix/postscreen[{pid}]: DISCONNECT [{ip}]:{port}")
    return out


def _rejected(rng: random.Random, a: int) -> list[str]:
    pid = _pid(rng, "smtpd")
    ip = f"198.51.100.{a}"
    host = rng.choice(("unknown", f"host{a}.example.com"))
    rcpt = f"user{a}@example.org"
    text = rng.choice(REJECTS).format(ip=ip, rcpt=rcpt)
    return [
        f"postfix/smtpd[{pid}]: connect from {host}[{ip}]",
        f"postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from {host}[{ip}]: {text}; from=<x{a}@example.com> "
        f"to=<{rcpt}> proto=ESMTP helo=<host{a}.example.com>",
        f"postfix/smtpd[{pid}]: disconnect from {host}[{ip}] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4",
    ]


def _message(rng: random.Random, a: int, n: int) -> list[str]:
    qid = _qid(rng)
    pid = _pid(rng, "smtpd")
    cpid = _pid(rng, "cleanup")
    ip = f"198.51.100.{a}"
    client = rng.choice(("unknown", f"mail{a}.example.com"))
    inbound = rng.random() < 0.4
    sender = f"news{a}@example.com" if inbound else f"user{a}@example.org"
    nrcpt = 1 if rng.random() < 0.8 else rng.randrange(2, 4)
    mid = f"{n}.{a}@example.com"
    out = [f"postfix/smtpd[{pid}]: connect from {client}[{ip}]"]
    if rng.random() < 0.6:
        out.append(f"postfix/smtpd[{pid}]: Anonymous TLS connection established from {client}[{ip}]: TLSv1.3 "
                   "with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)")
    out += [
        f"postfix/smtpd[{pid}]: {qid}: client={client}[{ip}]"
        + ("" if inbound else f", sasl_method=PLAIN, sasl_username=user{a}"),
        f"postfix/cleanup[{cpid}]: {qid}: message-id=<{mid}>",
        f"postfix/qmgr[1434]: {qid}: from=<{sender}>, size={rng.randrange(900, 90000)}, nrcpt={nrcpt} (queue active)",
        f"postfix/smtpd[{pid}]: disconnect from {client}[{ip}] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 "
        "commands=7",
    ]
    bounced = False
    for i in range(nrcpt):
        out.append(_delivery(rng, qid, inbound, a + i, mid))
        bounced = bounced or "status=bounced" in out[-1]
    if bounced:
        out.append(f"postfix/bounce[{_pid(rng, 'bounce')}]: {qid}: sender non-delivery notification: {_qid(rng)}")
    if "status=deferred" in out[-1] and rng.random() < 0.1:
        out.append(f"postfix/qmgr[1434]: {qid}: from=<{sender}>, status=expired, returned to sender")
    # A deferred message is retried later; the log excerpt ends with its removal either way.
    out.append(f"postfix/qmgr[1434]: {qid}: removed")
    return out


def _delivery(rng: random.Random, qid: str, inbound: bool, a: int, mid: str) -> str:
    d = f"delay={rng.choice(('0.1', '0.52', '1.3', '12', '3600'))}, delays={rng.choice(('0.01/0/0.05/0.04', '0.1/0.01/0.3/0.9', '11/0/0.5/0.5'))}"
    if inbound:
        rcpt = f"user{a}@example.org"
        if rng.random() < 0.9:
            return (f"postfix/lmtp[{_pid(rng, 'lmtp')}]: {qid}: to=<{rcpt}>, relay=mail.example.org[private/dovecot-lmtp], {d}, "
                    f"dsn=2.0.0, status=sent (250 2.0.0 <{rcpt}> {_tok(rng)} Saved)")
        return (f"postfix/lmtp[{_pid(rng, 'lmtp')}]: {qid}: to=<{rcpt}>, relay=mail.example.org[private/dovecot-lmtp], {d}, "
                f"dsn=5.2.2, status=bounced (host mail.example.org[private/dovecot-lmtp] said: 552 5.2.2 <{rcpt}> "
                "Quota exceeded (mailbox for user is full) (in reply to end of DATA command))")
    rcpt = f"friend{a}@example.{rng.choice(('com', 'net', 'org'))}"
    if rng.random() < 0.75:
        host, prefix, tpl = rng.choice(SENT)
        text = tpl.format(n=rng.randrange(10**9), tok=_tok(rng), mid=mid)
        return (f"postfix/smtp[{_pid(rng, 'smtp')}]: {qid}: to=<{rcpt}>, relay={host}[{prefix}{a}]:25, {d}, dsn=2.0.0, "
                f"status=sent ({text})")
    status, dsn, host, prefix, tpl = rng.choice(FAILURES)
    ip = f"{prefix}{a}"
    relay = f"{host}[{ip}]:25" if host else "none"
    text = tpl.format(ip=ip, rcpt=rcpt, tok=_tok(rng))
    prog = "smtp" if rng.random() < 0.85 or status == "bounced" else "error"
    if prog == "error":
        text = "delivery temporarily suspended: " + text
    return f"postfix/{prog}[{_pid(rng, prog)}]: {qid}: to=<{rcpt}>, relay={relay}, {d}, dsn={dsn}, status={status} ({text})"


def render(n_lines: int, seed: int = 7) -> Iterator[str]:
    """The log lines, with RFC 3164 stamps in Europe/Berlin time (cached per second)."""
    last_sec = -1
    prefix = ""
    for when, msg in lines(n_lines, seed):
        sec = int(when.timestamp())
        if sec != last_sec:
            local = datetime.fromtimestamp(sec, UTC).astimezone(TZ)
            prefix = f"{local:%b} {local.day:2d} {local:%H:%M:%S} {HOST} "
            last_sec = sec
        yield prefix + msg


def main(argv: list[str] | None = None) -> int:
    """Write the log to --out (or stdout)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="-")
    args = ap.parse_args(argv)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        buf: list[str] = []
        for line in render(args.lines, args.seed):
            buf.append(line)
            if len(buf) >= 10000:
                out.write("\n".join(buf) + "\n")
                buf.clear()
        if buf:
            out.write("\n".join(buf) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
