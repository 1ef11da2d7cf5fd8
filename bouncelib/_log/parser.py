"""The stateless line parser: one Postfix log line in, one `LogRecord` (or None) out.

Speed drives the shape (the reader has to keep well ahead of pflogsumm): no big
regular expression per line, but ``str.find``/``partition``/``startswith`` and a
dispatch table keyed by the daemon name (the last element of the syslog tag).
Regular expressions run only on rare paths (the line prefix when it changes,
reject trailers).

Grammar: ``/work/shared/reference/postfix-log-grammar.md`` (section numbers below)
and Postfix's ``src/global/log_adhoc.c`` for the delivery record field order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import tzinfo
from math import isfinite
from types import MappingProxyType
from typing import Final, NamedTuple, TypeVar

from bouncelib._log.fastpath import AGENT_FIELDS, DELIVERY_FIELDS, LONG_QID, QUEUE_LINES, SHAPES, QueueMatch
from bouncelib._log.record import (
    NO_FACTS,
    PEER_NAME_FAILED,
    Facts,
    Head,
    LogRecord,
    client_record,
    delivery_record,
    plain_record,
    queue_record,
    refusal_record,
    remote_record,
)
from bouncelib._log.stamps import Clock

__all__ = [
    "DAEMONS", "LineParser", "TagInfo", "delivery_line", "delivery_of_match", "number", "parse_log_line", "qid_end",
    "split_qid", "tag_info",
]  # fmt: skip

_Handler = Callable[[Head, str, str, bool], LogRecord]
_V = TypeVar("_V")
_HEX: Final = "0123456789ABCDEF"
# Long queue ids (enable_long_queue_ids, section 1.3).
_LONG_QID: Final = re.compile(LONG_QID)
# key=value pairs of a reject trailer: smtpd separates them with spaces, postscreen with ", " (section 1.7).
_TRAILER: Final = re.compile(r"(\w+)=(<[^>]*>|[^\s,;]*)")
_SEVERITIES: Final = ("warning: ", "error: ", "fatal: ", "panic: ")
_REJECTS: Final = frozenset({"reject", "milter-reject", "proxy-reject"})
_ACTIONS: Final = frozenset({
    "reject_warning", "hold", "discard", "redirect", "filter", "bcc", "replace", "prepend", "warning", "info",
    "milter-hold", "milter-discard", "proxy-accept",
    # cleanup_message.c's cleanup_act_log: the rest of header_checks(5)'s actions it logs.
    "strip", "pass", "delay",
})  # fmt: skip
_CONTENT: Final = ("header ", "body ", "mime-header ", "nested-header ")
# smtpd's before-queue content filter's verdicts (smtpd_proxy.c), led by the command they answer.
_PROXY_VERDICTS: Final = frozenset({"proxy-reject", "proxy-accept"})
_MILTER_CHECK: Final = re.compile(r"^milter-(?:header|body)-")
_PROXY_COMMAND: Final = re.compile(r"[A-Z][A-Z-]+: ")
# The daemons whose peer is a client (an SMTP server, postscreen, tlsproxy in front of them).
_SERVERS: Final = ("smtpd", "postscreen", "tlsproxy")
_TLS_MARKERS: Final = (
    "TLS connection established", "SSL_connect error", "SSL_accept error", "certificate verification failed",
    "Server certificate not", "Host offered STARTTLS", "TLS is required", "Cannot start TLS", "TLS handshake",
    "TLS library problem", "untrusted issuer", "Untrusted TLS", "Anonymous TLS",
    # tls_verify.c's account of a failed check of the peer's certificate ("server certificate verification
    # failed for H[ip]:port: num=62:hostname mismatch") and smtpd.c's end of a session whose TLS requirement
    # failed ("NOQUEUE: abort: TLS from H[ip]: No client certificate presented"), both logged by Postfix 3.7.11.
    "server certificate verification failed", "abort: TLS from ",
)  # fmt: skip
# TLS session chatter Postfix writes at smtp(d)_tls_loglevel 2 and up (tls_server.c, tls_client.c,
# tls_misc.c, tls_bio_ops.c): engine set-up, "setting up TLS connection from/to H[ip]", the cipher list,
# OpenSSL's handshake state callback ("SSL_accept:SSLv3 read client hello B", "SSL_connect:...") and
# the buffer traces of loglevel 4 ("read from 7FD6... [7FD6...] (11 bytes => 11 (0xB))"). Steps of a
# session, not its outcome: kind tls, status "debug" (never classified, never a problem to count).
_TLS_CHATTER: Final = (
    "setting up TLS connection ", "initializing the server-side TLS engine", "initializing the client-side TLS engine",
    "SSL_accept:", "SSL_connect:",
)  # fmt: skip
_TLS_TRACE: Final = re.compile(r"(?:read from|write to) [0-9A-Fa-f]+ \[[0-9A-Fa-f]+\] \(\d+ bytes => ")


def _unrecognised(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    return plain_record(head, "unrecognised", None, msg, raw, inf)


# "warning: unknown[192.0.2.7]: SASL LOGIN authentication failed: ..." (smtpd), "warning: hostname
# mail.example.net does not resolve to address 192.0.2.7" (smtpd's reverse-name check, section 1.6).
_UNRESOLVED: Final = "hostname "


_PEER_PORT_FIRST: Final = re.compile(r"(?P<host>[^\s\[\]]+)\[(?P<ip>[0-9A-Fa-f.:]+)\]:\d+(?::)? ")


def _warning_peer(rest: str) -> tuple[str | None, str | None]:
    """The peer a warning names first: ``host[ip]: ...`` or ``hostname H does not resolve to address IP``."""
    if rest.startswith(_UNRESOLVED) and " does not resolve to address " in rest:
        name, _, tail = rest[len(_UNRESOLVED) :].partition(" does not resolve to address ")
        return name or None, tail.partition(":")[0].strip() or None
    colon = rest.find("]: ")
    if 0 < colon < 300:
        peer, ip, _port, end = _host_ip(rest[: colon + 1])
        if end == colon + 1 and peer is not None and " " not in peer:
            return peer, ip
    # The smtp client's peer with its port ("mx.example.net[198.51.100.25]:25: all TLSA records unusable",
    # smtp_sasl_proto.c's "H[ip]:587 offered no supported AUTH mechanisms: ..."): the server it talks to.
    m = _PEER_PORT_FIRST.match(rest)
    if m is not None:
        return m["host"], m["ip"]
    return None, None


def _client_from(rest: str) -> tuple[str | None, str | None]:
    """The client an SMTP server's warning names after "from": ``... limit exceeded: 51 from
    unknown[192.0.2.3] for service smtp`` (anvil's limits), ``Illegal address syntax from H[ip] in MAIL
    command``, ``non-SMTP command from H[ip]: ...`` (smtpd.c)."""
    at = rest.find(" from ", 0, 300)
    if at < 0:
        return None, None
    host, ip, _port, end = _host_ip(rest, at + 6)
    if end < 0 or host is None or " " in rest[at + 6 : end]:
        return None, None
    return host, ip


def _generic(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    """Severity lines any program may write; anything else is unrecognised."""
    if msg.startswith(_SEVERITIES):
        sev, _, rest = msg.partition(": ")
        host, ip = _warning_peer(rest)
        server = head[2].endswith(_SERVERS)
        if host is None and ip is None and server:
            host, ip = _client_from(rest)
        if host is None and ip is None:
            return plain_record(head, "warning", sev, rest, raw, inf)
        if server:  # a server's peer is its client
            return client_record(head, "warning", sev, host, ip, rest, raw, inf)
        return remote_record(head, sev, host, ip, None, rest, raw, inf, kind="warning")
    if msg.startswith(_TLS_MARKERS) or "TLS connection established" in msg:
        return _tls(head, msg, raw, inf)
    if msg.startswith(_TLS_CHATTER) or "]: TLS cipher list " in msg or _TLS_TRACE.match(msg):
        return _tls_chatter(head, msg, raw, inf)
    if _DEBUG_TRACE.match(msg):
        return plain_record(head, "info", "debug", msg, raw, inf)
    return plain_record(head, "unrecognised", None, msg, raw, inf)


# A daemon's verbose trace (-v in master.cf, debug_peer_list): the SMTP conversation as it goes ("< H[ip]:port:
# 250-...", "> H[ip]: 220 ..."), a function reporting its step under its own name (msg_info("%s: ...", myname):
# "milter8_connect: transport=...", "match_hostname: ...", "policy_client_register: ...") and the attribute
# exchange with another daemon ("private/anvil: wanted attribute: count", "input attribute name: status"). Steps,
# not outcomes: kind info, status "debug", never classified (docker-postfix issues 101 and 181, postfixadmin
# issue 155, anonaddy issue 866).
_DEBUG_TRACE: Final = re.compile(
    r"[<>] \S+\[[^]\n]*\](?::\d+)?: "
    r"|[a-z][a-z0-9]*(?:_[a-z0-9]+)+: "
    r"|(?:private|public)/[\w-]+(?: socket)?: wanted attribute: |input attribute (?:name|value): |send attr "
)


def _host_ip(text: str, start: int = 0) -> tuple[str | None, str | None, int | None, int]:
    """``host[ip]:port`` at/after `start`: (host, ip, port, end index); the host is split at the LAST ``[``.

    Host names can contain brackets when people redact them (section 1.4), so the
    bracket that opens the address is the last one before the closing bracket.
    """
    close = text.find("]", start)
    if close < 0:
        return None, None, None, -1
    open_ = text.rfind("[", start, close)
    if open_ < 0:
        return None, None, None, -1
    sp = text.rfind(" ", start, open_)
    host = text[sp + 1 if sp >= 0 else start : open_] or None
    inside = text[open_ + 1 : close]
    end = close + 1
    port = None
    if text[end : end + 1] == ":":
        stop = end + 1
        n = len(text)
        while stop < n and text[stop].isdecimal():
            stop += 1
        if stop > end + 1:
            port = number(text[end + 1 : stop], _PORT_DIGITS, 65535)
            end = stop
    return host, inside or None, port, end


_PORT_DIGITS: Final = 5
_MAX_DIGITS: Final = 20


def number(text: str, digits: int = _MAX_DIGITS, largest: int | None = None) -> int | None:
    """`text` as an int when it is 1 to `digits` ASCII digits (and at most `largest`), else None.

    ``str.isdecimal`` also accepts other scripts' digits, and ``int()`` of thousands of digits
    raises (CPython's 4300-digit limit): a port is at most 5 ASCII digits, a pid or size 20.
    """
    if not (0 < len(text) <= digits and text.isascii() and text.isdigit()):
        return None
    value = int(text)
    return value if largest is None or value <= largest else None


def _split_relay(relay: str) -> tuple[str | None, str | None, int | None]:
    """(host, ip, port) of a ``relay=`` value; sockets and transport names give no ip."""
    if relay[-1:] != "]" and "[" not in relay:
        return (None if relay == "none" else relay), None, None
    open_ = relay.rfind("[")
    close = relay.find("]", open_)
    if close < 0:
        return relay, None, None
    host = relay[:open_] or None
    inside = relay[open_ + 1 : close]
    tail = relay[close + 2 :] if relay[close + 1 : close + 2] == ":" else ""
    port = number(tail, _PORT_DIGITS, 65535)
    if "/" in inside:  # LMTP over a UNIX socket: [private/dovecot-lmtp], [/var/run/dovecot/lmtp]
        return host, None, port
    return host, inside or None, port


def _bracketed(value: str) -> str:
    """``<addr>`` -> ``addr`` (and tolerate the brackets missing, as pasted lines lose them)."""
    if value.startswith("<"):
        return value[1:-1] if value.endswith(">") else value[1:]
    return value


# Busy servers deliver to a few hundred relays with a few hundred distinct delays: both are
# parsed once and then looked up. The memos are bounded in entries (emptied when full; a miss
# only costs a parse) and in key length, so hostile logs cannot make them hold megabytes.
_RELAY_MEMO: dict[str, tuple[str | None, str | None, int | None]] = {}
_DELAY_MEMO: dict[str, float | None] = {}
_MEMO_MAX: Final = 4096
_MEMO_KEY_MAX: Final = 300


def _remember(memo: dict[str, _V], key: str, value: _V) -> None:
    """Store `value` under `key` within the memo bounds (one miss path for both memos)."""
    if len(key) <= _MEMO_KEY_MAX:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[key] = value


def _relay_parts(relay: str) -> tuple[str | None, str | None, int | None]:
    """`_split_relay`, memoised; an empty relay gives no parts."""
    try:
        return _RELAY_MEMO[relay]
    except KeyError:
        pass
    parts = _split_relay(relay) if relay else (None, None, None)
    _remember(_RELAY_MEMO, relay, parts)
    return parts


def _delay(text: str) -> float | None:
    """The ``delay=`` seconds; None when it is no finite number ("nan"/"inf" parse as floats but are no delays)."""
    try:
        return _DELAY_MEMO[text]
    except KeyError:
        pass
    try:
        value: float | None = float(text)
    except ValueError:
        value = None
    if value is not None and not isfinite(value):
        value = None
    _remember(_DELAY_MEMO, text, value)
    return value


# --- delivery agents (section 1.4) -------------------------------------------------------------------------


# The common delivery line in one match (`fastpath.DELIVERY_FIELDS`); any other shape takes the general path.
_DELIVERY5: Final = re.compile(DELIVERY_FIELDS, re.DOTALL)


def delivery_line(head: Head, msg: str, raw: str, inf: bool, facts: Facts = NO_FACTS) -> LogRecord:
    """A delivery record; `facts` are the six correlated fields when the caller already knows them."""
    m = _DELIVERY5.match(msg)
    if m is not None:
        return _delivery(head, m.groups(), raw, inf, facts)
    return _delivery_fields(head, msg, raw, inf, facts)


def delivery_of_match(head: Head, m: re.Match[str], raw: str, inf: bool, facts: Facts) -> LogRecord:
    """The delivery record of a line the reader's fast path matched (`fastpath.QUEUE_LINES`, a delivery agent's).

    The match holds the queue id and, for a delivery in its common shape, the fields; any
    other shape is read from what follows the queue id, as `delivery_line` would.
    """
    if m.lastgroup == "delivery":
        return _delivery(head, m.group(*AGENT_FIELDS), raw, inf, facts)
    return _delivery_fields(head, m.string[m.end(1) + 2 :], raw, inf, facts)


def _delivery(head: Head, fields: tuple[str, ...], raw: str, inf: bool, facts: Facts) -> LogRecord:
    """The record of a delivery in its common shape, from its `fastpath.DELIVERY_GROUPS` in that order."""
    rcpt, relay, dtext, delays, dsn, status, text = fields
    rhost, rip, rport = _relay_parts(relay)
    delay = _delay(dtext)
    extra: tuple[tuple[str, str], ...] = (
        (("delays", delays),) if delay is not None else (("delay", dtext), ("delays", delays))
    )
    return delivery_record(head, status, facts, rcpt, None, relay, rhost, rip, rport, delay, dsn, text, extra, raw,
                           inf)  # fmt: skip


def _delivery_fields(head: Head, msg: str, raw: str, inf: bool, facts: Facts) -> LogRecord:
    """A delivery line with optional fields (orig_to, conn_use, tls ...) or in an unusual shape, field by field."""
    p = msg.find(", status=")
    if p < 0:
        return plain_record(head, "unrecognised", None, msg, raw, inf)
    sp = msg.find(" ", p + 9)
    text: str | None = None
    if sp < 0:
        status = msg[p + 9 :].rstrip()
    else:
        status = msg[p + 9 : sp]
        if msg[sp + 1 : sp + 2] == "(":
            # The reply can contain parentheses itself: take it up to the LAST ")", which ends the
            # line (log_adhoc.c writes nothing after it). A line not ending in ")" was cut short
            # (syslog's line limit, a paste): its text runs to the end, ")" inside it included.
            rest = msg.rstrip()
            text = rest[sp + 2 : -1] if rest.endswith(")") else rest[sp + 2 :]
        else:
            text = msg[sp + 1 :].rstrip() or None
    # Field order is fixed by log_adhoc.c: to, [orig_to], relay, [conn_use], delay, delays, [tls], dsn.
    items = msg[:p].split(", ")
    first = items[0]
    rcpt = _bracketed(first[3:]) if first.startswith("to=") else None
    orig = relay = dsn = rhost = rip = None
    rport = None
    delay = None
    fields: list[tuple[str, str]] = []
    for item in items[1:] if rcpt is not None else items:
        if item.startswith("relay="):
            relay = item[6:]
            rhost, rip, rport = _relay_parts(relay)
        elif item.startswith("delay="):
            delay = _delay(item[6:])
            if delay is None:
                fields.append(("delay", item[6:]))
        elif item.startswith("dsn="):
            dsn = item[4:]
        elif item.startswith("orig_to="):
            orig = _bracketed(item[8:])
        else:
            key, _, val = item.partition("=")
            fields.append((key, val))
    return delivery_record(head, status, facts, rcpt, orig, relay, rhost, rip, rport, delay, dsn, text, tuple(fields),
                           raw, inf)


_REMOTE_PREFIXES: Final = ("host ", "connect to ", "lost connection with ", "conversation with ")
# Our login at the server failed, afresh or as remembered by smtp_sasl_auth_cache_name (smtp_sasl_proto.c logs
# "SASL [CACHED] authentication failed; server H[ip] said: ..." when the cache answers for the server).
_SASL_FAILED: Final = ("SASL authentication failed; ", "SASL [CACHED] authentication failed; ")


def _agent(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    if msg.startswith("to="):
        return delivery_line(head, msg, raw, inf)
    if msg.startswith(_REMOTE_PREFIXES):
        host, ip, port, _end = _host_ip(msg)
        if host == "host":  # "connect to [ip]:25" has no name before the bracket
            host = None
        return remote_record(head, _remote_status(msg), host, ip, port, msg.rstrip(), raw, inf)
    if msg.startswith(_SASL_FAILED):
        # Our login at the server failed (smtp_sasl_auth_enable): trouble with a remote host, its
        # reply (or Postfix's reason) after "server host[ip]" (smtp_sasl_proto.c).
        at = msg.find(" server ")
        host, ip, port, _end = _host_ip(msg, at + 8) if at >= 0 else (None, None, None, -1)
        return remote_record(head, "auth-failed", host, ip, port, msg.rstrip(), raw, inf)
    if msg.startswith(("enabling PIX workarounds", "breaking line")):
        return plain_record(head, "info", None, msg, raw, inf)
    action, sep, rest = msg.partition(": ")
    if sep and action in _ACTIONS and rest.startswith(_CONTENT):
        # smtp(8)'s own header and body checks on what it sends (smtp_header_checks, smtp_body_checks:
        # "replace: header From: ...", "prepend: ...", "warning: header ..."), as cleanup logs its checks.
        return _refusal(head, action, rest, raw, inf)
    return _generic(head, msg, raw, inf)


def _remote_status(msg: str) -> str:
    if msg.startswith("host "):
        return "refused" if " refused to talk to me" in msg else "reply"
    if msg.startswith("connect to "):
        return "connect-failed"
    if msg.startswith("lost connection"):
        return "lost-connection"
    return "timeout"


# --- qmgr, cleanup, bounce, pickup (section 1.5) --------------------------------------------------------------


def _qmgr(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    if msg.startswith("from="):
        sender = size = nrcpt = None
        expired = None
        for item in msg.split(", "):
            key, _, val = item.partition("=")
            if key == "from":
                sender = _bracketed(val)
            elif key == "size":
                size = number(val)
            elif key == "nrcpt":
                num = val.partition(" ")[0]
                nrcpt = number(num)
            elif key == "status" and val.startswith(("expired", "force-expired")):
                # The queue lifetime ran out, or an operator ended it ("postsuper -e": qmgr logs
                # "status=force-expired, returned to sender", Postfix 3.5 and later): the same outcome.
                expired = val.partition(" ")[0]
        if expired is not None:
            text = msg.partition("status=")[2]
            return queue_record(head, "expired", expired, raw, inf, sender=sender, size=size, nrcpt=nrcpt, text=text)
        return queue_record(head, "qmgr", "active", raw, inf, sender=sender, size=size, nrcpt=nrcpt)
    if msg.startswith("removed"):
        return plain_record(head, "removed", "removed", None, raw, inf)
    if msg.startswith("skipped, still being delivered"):
        return plain_record(head, "info", "skipped", msg, raw, inf)
    if msg.startswith("to=<"):
        # qmgr(8) settles a recipient itself when no delivery agent can be reached ("to=<...>,
        # relay=none, ..., status=deferred (unknown mail transport error)", "delivery temporarily
        # suspended: ..."): the same outcome line a delivery agent writes (section 1.4).
        return delivery_line(head, msg, raw, inf)
    return _generic(head, msg, raw, inf)


def _cleanup(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    if msg.startswith("message-id="):
        mid = _bracketed(msg[11:].rstrip())
        return queue_record(head, "cleanup", "message-id", raw, inf, message_id=mid)
    if msg.startswith("resent-message-id="):
        return plain_record(head, "cleanup", "resent-message-id", None, raw, inf,
                    (("resent_message_id", _bracketed(msg[18:].rstrip())),))  # fmt: skip
    if msg.startswith("to="):
        # cleanup(8) refusing locally submitted mail (too many hops, message file too big, a MIME error, a
        # content rule): cleanup_bounce.c hands each recipient to bounce_append(), which logs the outcome
        # as a delivery agent does ("to=<r>, relay=none, delay=..., dsn=5.4.0, status=bounced (...)").
        return delivery_line(head, msg, raw, inf)
    action, sep, rest = msg.partition(": ")
    # A Milter's header or body changes run through header_checks' actions (cleanup_milter.c: "QID: milter-%s-%s: %s
    # %.60s from %s[%s];", e.g. "milter-header-redirect: header X-Spam-Status: ..."): the action after the part.
    checked = _MILTER_CHECK.sub("", action) if action.startswith("milter-") else action
    if sep and (checked in _REJECTS or checked in _ACTIONS) and (rest.startswith(_CONTENT) or " from " in rest):
        return _refusal(head, action, rest, raw, inf)
    return _generic(head, msg, raw, inf)


def _bounce(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    pos = msg.find(" notification: ")
    if pos > 0:
        newqid = msg[pos + 15 :].strip()
        status = msg[:pos].replace(" ", "-")
        return plain_record(head, "bounce-notice", status, None, raw, inf, (("new_queue_id", newqid),))
    return _generic(head, msg, raw, inf)


def _pickup(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    if msg.startswith("uid="):
        uid, _, rest = msg.partition(" ")
        sender = _bracketed(rest[5:].rstrip()) if rest.startswith("from=") else None
        return queue_record(head, "pickup", "pickup", raw, inf, sender=sender, extra=(("uid", uid[4:]),))
    return _generic(head, msg, raw, inf)


# --- smtpd, postscreen, dnsblog, tlsproxy (sections 1.6, 1.7) ----------------------------------------------------


def _refusal(head: Head, action: str, rest: str, raw: str, inf: bool) -> LogRecord:
    """``reject: CMD from host[ip]: REPLY; from=<s> to=<r> proto=P helo=<h>`` and its relatives."""
    kind = "reject" if action in _REJECTS else "action"
    extra: list[tuple[str, str]] = []
    chost = cip = sender = rcpt = None
    trailer = ""
    if rest.startswith(_CONTENT):
        # cleanup header/body checks: "header Subject: x from host[ip]; from=<> to=<> proto=P helo=<h>: TEXT"
        semi = rest.rfind("; from=")
        what = rest[:semi] if semi >= 0 else rest
        frm = what.rfind(" from ")
        chost, cip, port, _e = _host_ip(what, frm + 6) if frm >= 0 else (None, None, None, -1)
        extra.append(("check", what[:frm] if frm >= 0 else what))
        text = None
        if semi >= 0:
            trailer = rest[semi + 2 :]
            helo = trailer.find("helo=<")
            colon = trailer.find(">: ", helo) if helo >= 0 else trailer.rfind(": ")
            if colon >= 0:
                text = trailer[colon + 3 if helo >= 0 else colon + 2 :].strip() or None
                trailer = trailer[: colon + 1]
    else:
        cmd, found, after = rest.partition(" from ")
        if not found and _NAMELESS_CLIENT in rest[:40]:
            # A paste whose client name was cut away ("RCPT from[]: 554 ...": a wiki's markup or an
            # anonymiser took "unknown[192.0.2.1]"'s name and address): the command and the reply stand.
            cmd, found, after = rest.partition(" from")
        if action in _PROXY_VERDICTS and _PROXY_COMMAND.match(rest):
            # The before-queue filter's verdict names the command and the filter's reply, no client
            # (smtpd_proxy.c: "proxy-reject: END-OF-MESSAGE: 451 4.3.0 Error: ...; from=<> to=<>", and
            # "proxy-accept: END-OF-MESSAGE: 250 2.0.0 Ok: queued as ...", whose reply may hold " from ").
            cmd, found, reply = rest.partition(": ")
            if found and " " not in cmd and cmd:
                extra.append(("command", cmd))
            else:
                reply = rest
        elif " " not in cmd and cmd:
            extra.append(("command", cmd))
            chost, cip, port, end = _host_ip(after)
            if port is not None:
                extra.append(("client_port", str(port)))
            reply = after[end + 2 :] if end >= 0 and after[end : end + 2] == ": " else after
        else:
            reply = rest
        semi = reply.rfind("; from=")
        if semi < 0:
            semi = reply.rfind("; to=")
        if semi >= 0:
            trailer = reply[semi + 2 :]
            reply = reply[:semi]
        text = reply.strip() or None
    for key, val in _TRAILER.findall(trailer):
        if key == "from":
            sender = _bracketed(val)
        elif key == "to":
            rcpt = _bracketed(val)
        else:
            extra.append((key, _bracketed(val) if key == "helo" else val))
    return refusal_record(head, kind, action, raw, inf, sender=sender, client_host=chost, client_ip=cip,
                          recipient=rcpt, text=text, extra=tuple(extra))


def _client_at(head: Head, kind: str, status: str | None, msg: str, start: int, raw: str, inf: bool) -> LogRecord:  # noqa: PLR0917
    """A client record whose ``host[ip]`` is at or after `start` in `msg` (the whole `msg` is its text)."""
    host, ip, _port, _end = _host_ip(msg, start)
    return client_record(head, kind, status, host, ip, msg, raw, inf)


# "CMD from[ip]: ": a refusal's client with its name taken away (`_refusal`).
_NAMELESS_CLIENT: Final = " from["
_SESSION: Final = ("lost connection after ", "timeout after ", "too many errors after ", "improper command pipelining")


def _smtpd(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    if msg.startswith("connect from "):
        return _client_at(head, "connect", "connect", msg, 13, raw, inf)
    if msg.startswith("disconnect from "):
        host, ip, _port, end = _host_ip(msg, 16)
        counters = msg[end + 1 :].strip() if end > 0 else ""
        return client_record(head, "disconnect", "disconnect", host, ip, None, raw, inf,
                             (("commands", counters),) if counters else ())
    if msg.startswith("client="):
        host, ip, port, end = _host_ip(msg, 7)
        extra = tuple(
            (k, v) for k, _, v in (item.partition("=") for item in msg[end + 2 :].split(", ")) if k and v
        ) if end > 0 and end < len(msg) else ()  # fmt: skip
        if port is not None:
            extra = (("client_port", str(port)), *extra)
        return client_record(head, "client", "client", host, ip, None, raw, inf, extra)
    if msg.startswith(_SESSION):
        frm = msg.find(" from ")
        status = msg[: msg.find(" after ")] if " after " in msg else msg.partition(" from ")[0]
        if frm >= 0:
            return _client_at(head, "session", status.replace(" ", "-"), msg, frm + 6, raw, inf)
        return plain_record(head, "session", status.replace(" ", "-"), msg, raw, inf)
    action, sep, rest = msg.partition(": ")
    if sep and (action in _REJECTS or action in _ACTIONS) and (" from " in rest or action in _PROXY_VERDICTS
                                                                or _NAMELESS_CLIENT in rest) \
            and action != "warning":
        return _refusal(head, action, rest, raw, inf)
    if msg.startswith(("discarding EHLO keywords", "NOQUEUE: client=", "auth=")):
        return plain_record(head, "info", None, msg, raw, inf)
    return _generic(head, msg, raw, inf)


def _postscreen(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    first = msg[:1]
    if first.isupper() and not msg.startswith(("NOQUEUE", "Anonymous TLS", "Trusted TLS", "Untrusted TLS")):
        words: list[str] = []
        for word in msg.split(" "):
            if word[:1] == "[" or word in {"from", "for", "after", "to"} or word[:1].isdecimal():
                break
            words.append(word.rstrip(":").lower())
        if words and words[0].replace("-", "").isalpha():
            status = "-".join(words)
            start = msg.find("[")
            host, ip, port, _end = _host_ip(msg, start) if start >= 0 else (None, None, None, -1)
            extra: tuple[tuple[str, str], ...] = ()
            if port is not None:
                extra = (("client_port", str(port)),)
            if status == "dnsbl-rank":
                extra = (*extra, ("rank", msg.split(" ", 3)[2]))
            return client_record(head, "postscreen", status, host, ip, msg, raw, inf, extra)
    if msg.startswith("cache ") and " full cleanup" in msg:
        return plain_record(head, "info", "cache-cleanup", msg, raw, inf)
    action, sep, rest = msg.partition(": ")
    if sep and action in _REJECTS:
        return _refusal(head, action, rest, raw, inf)
    return _generic(head, msg, raw, inf)


def _dnsblog(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    # "addr 192.0.2.7 listed by domain zen.spamhaus.org as 127.0.0.4"
    if msg.startswith("addr ") and " listed by domain " in msg:
        ip, _, rest = msg[5:].partition(" listed by domain ")
        domain, _, answer = rest.partition(" as ")
        return client_record(head, "dnsbl", "listed", None, ip.strip(), msg, raw, inf,
                             (("domain", domain.strip()), ("answer", answer.strip())))
    return _generic(head, msg, raw, inf)


def _tls_chatter(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    """A step of a TLS session (see `_TLS_CHATTER`), with its peer where the line names one."""
    if msg.startswith("setting up TLS connection "):
        return _tls(head, msg, raw, inf, status="debug")
    if "]: TLS cipher list " in msg:  # "unknown[192.0.2.30]: TLS cipher list ..." (a server's client)
        host, ip, _port, _end = _host_ip(msg)
        return client_record(head, "tls", "debug", host, ip, msg, raw, inf)
    return plain_record(head, "tls", "debug", msg, raw, inf)


def _tls(head: Head, msg: str, raw: str, inf: bool, status: str | None = None) -> LogRecord:
    if status is None:
        # smtp_tls_note_starttls_offer's note (smtp_proto.c: "Host offered STARTTLS: [H]", a server offering TLS that
        # this client's policy does not use) reports no trouble: "offered", a step, as a session established.
        status = ("established" if "connection established" in msg
                  else "offered" if msg.startswith("Host offered STARTTLS") else "failed")  # fmt: skip
    # The peer is the host[ip] after the word that leads to it: "... to H[ip]:port" (the smtp client's server),
    # "... from H[ip]" (a server's client), "... failed for H[ip]" (whichever peer the program has: a server's
    # is its client). Words after the address ("unable to get local issuer certificate") are not looked at.
    bracket = msg.find("[")
    before = msg[:bracket] if bracket >= 0 else ""
    start, word = max(((before.rfind(w), w) for w in (" to ", " from ", " for ")), default=(-1, ""))
    host, ip, port, _end = _host_ip(msg, start) if start >= 0 else (None, None, None, -1)
    if word == " from " or (word == " for " and head[2].endswith(_SERVERS)):
        return client_record(head, "tls", status, host, ip, msg, raw, inf)
    return remote_record(head, status, host, ip, port, msg, raw, inf, kind="tls")


def _tlsproxy(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    # tlsproxy(8)'s session with a client postscreen hands it ("CONNECT from [ip]:port", "DISCONNECT
    # [ip]:port"): the start and end of a session, as smtpd's connect and disconnect; only its
    # handshake lines ("Anonymous TLS connection established from ...", "SSL_accept error") are TLS.
    if msg.startswith(("CONNECT from ", "DISCONNECT ")):
        start = msg.find("[")
        what = msg.split(" ", 1)[0].lower()
        return _client_at(head, what, what, msg, max(start, 0), raw, inf)
    return _generic(head, msg, raw, inf)


def _misc(head: Head, msg: str, raw: str, inf: bool) -> LogRecord:
    """Housekeeping daemons (master, anvil, scache, postfix-script, postsuper, ...): their lines are information."""
    if msg.startswith(_SEVERITIES):
        return _generic(head, msg, raw, inf)
    if msg.startswith("removed") and head[4] is not None:
        return plain_record(head, "removed", "removed", None, raw, inf)
    return plain_record(head, "info", None, msg, raw, inf)


#: Daemon name (last element of the syslog tag) -> the function that reads its lines.
DAEMONS: Final[dict[str, _Handler]] = {
    **dict.fromkeys(("smtp", "lmtp", "local", "virtual", "pipe", "error", "retry", "discard"), _agent),
    **dict.fromkeys(("qmgr", "nqmgr", "oqmgr"), _qmgr),
    "cleanup": _cleanup,
    **dict.fromkeys(("bounce", "defer", "trace"), _bounce),
    **dict.fromkeys(("smtpd", "qmqpd"), _smtpd),
    "postscreen": _postscreen,
    "dnsblog": _dnsblog,
    "tlsproxy": _tlsproxy,
    "pickup": _pickup,
    **dict.fromkeys(
        ("anvil", "master", "scache", "postfix-script", "postsuper", "postlog", "postlogd", "tlsmgr", "verify",
         "proxymap", "trivial-rewrite", "showq", "flush", "postdrop", "sendmail", "postqueue", "postmap",
         "postalias", "spawn", "postmulti", "postconf", "oqmgr", "lmtp-sink", "qmqp-sink"),
        _misc,
    ),
}  # fmt: skip


def qid_end(msg: str) -> int:
    """Index of the ``": "`` after a leading queue id in `msg` (short, long or NOQUEUE), or -1."""
    c = msg.find(": ")
    if 4 < c < 24:
        cand = msg[:c]
        if (not cand.strip(_HEX) or cand == "NOQUEUE" or ("z" in cand and _LONG_QID.fullmatch(cand))
                or not cand.strip(_ANONYMISED)):
            return c
    return -1


# A queue id a paste replaced by x's ("xxxxxxxxxxxx: to=<...>, relay=..."): the message after it is the daemon's
# as ever, but the id names no message (a correlator would join every such line into one).
_ANONYMISED: Final = "xX"


def split_qid(msg: str) -> tuple[str | None, str]:
    """The leading queue id of `msg` (None when there is none, or it was anonymised away) and the message after it."""
    c = qid_end(msg)
    if c <= 0:
        return None, msg
    qid = msg[:c]
    return (None if not qid.strip(_ANONYMISED) else qid), msg[c + 2 :]


_EMPTY_SHAPES: Final[Mapping[str, str]] = MappingProxyType({})
# The syslog_name alone (postconf(5): "postfix", or a multi-instance "postfix-<name>"): the tag of the
# postfix(1) command. Longer hyphenated names ("postfix-policyd-spf-perl") are other programs.
_COMMAND_TAG: Final = re.compile(r"postfix(?:-\w+)?")


class TagInfo(NamedTuple):
    """What a syslog tag (``postfix/smtpd[123``) says, cached per tag string."""

    program: str
    pid: int
    daemon: str
    handler: _Handler
    shapes: Mapping[str, str]
    """Fast path: kind by the first characters of a message without queue id."""
    queue_match: QueueMatch | None
    """Fast path: the match of a line with a queue id (`fastpath.QUEUE_LINES`), None for daemons it does not read."""


def tag_info(tag: str) -> TagInfo | None:
    """Program, pid and handler of a Postfix tag without its ``]``; None for other programs' tags."""
    k = tag.rfind("[")
    if k < 0:
        return None
    pid = number(tag[k + 1 :])
    if pid is None:
        return None
    program = tag[:k]
    s = program.rfind("/")
    if s < 0:
        # postfix(1), the command itself, logs under the bare syslog_name, with no daemon after it
        # (src/postfix/postfix.c: "postfix[1086537]: Postfix is running with backwards-compatible default
        # settings", COMPATIBILITY_README; its warnings and fatals; "postfix-out[...]" for a multi-instance
        # name): a housekeeping command, read as postfix-script's and master's lines are.
        if _COMMAND_TAG.fullmatch(program) is None:
            return None
        return TagInfo(program, pid, "postfix", _misc, _EMPTY_SHAPES, None)
    daemon = program[s + 1 :]
    handler = DAEMONS.get(daemon)
    if handler is None:
        if not program.startswith("postfix"):
            return None
        handler = _unrecognised
    return TagInfo(program, pid, daemon, handler, SHAPES.get(daemon, _EMPTY_SHAPES),
                   QUEUE_LINES.get(daemon))  # fmt: skip


_NOSTAMP: Final[tuple[None, None, bool]] = (None, None, False)

# A line pasted without its syslog header (a thread quoting only the message, a web console's
# "date | level |" columns in front of it, a parser's rule file quoting one message per rule): read
# when the message is one only Postfix writes. smtpd, postscreen and cleanup log refusals as
# "[queue id: ]reject: VERB from client..." (section 1.7); smtpd alone logs its client-name check
# (section 1.6); a delivery agent alone logs a queue id followed by a recipient's outcome
# ("QID: to=<...>, relay=..., status=...") or by its trouble with a server ("QID: host H[ip]
# said: ...", "... refused to talk to me", "QID: lost connection with H[ip] while ...", "QID:
# conversation with H[ip] timed out while ...", section 1.4). Anything else stays None: without a
# tag, a line is not known to be Postfix's.
_QID_RE: Final = r"NOQUEUE|[0-9A-F]{6,20}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,20}"
_HEADLESS: Final = re.compile(
    r"(?:^|\| )(?:(?P<qid>" + _QID_RE + r"): )?"
    r"(?P<msg>(?:milter-)?reject: [A-Z][A-Z-]{2,15} from "
    # smtpd's other access actions on a client's command (smtpd_check.c: "filter", "hold", "discard", "redirect",
    # "bcc", "reject_warning" in the same "VERB from H[ip]: ..." grammar) and the before-queue filter's verdict
    # ("proxy-accept: END-OF-MESSAGE: 250 ...", "proxy-reject: END-OF-MESSAGE: 5xx ..."), round r80plog (SEKOIA).
    r"|(?:filter|hold|discard|redirect|bcc|reject_warning): [A-Z][A-Z-]{2,15} from \S+\[|proxy-(?:accept|reject): "
    r"[A-Z][A-Z-]{2,15}: [2-5]\d\d |warning: (?:" + PEER_NAME_FAILED + " "
    # smtpd's report of a client's failed login (smtpd_sasl_glue.c: "H[ip]: SASL MECH authentication
    # failed: ...") and the milter client's trouble (milter8.c: "milter NAME: can't read ... reply
    # packet header", "connect to Milter service NAME: ..."), in Postfix's words alone.
    r"|\S+\[[^]\n]*\]: SASL [A-Z0-9-]+ authentication failed|milter \S+: |connect to Milter service "
    # A lookup table failing, in the dictionary layer's words (util/dict_*.c, maps.c: "table socketmap:inet:H:P:NAME
    # lookup error: unexpected disconnect", postfix-tlspol issue 7): the TYPE:NAME grammar is Postfix's own.
    r"|table [a-z]+:\S+ lookup error: "
    # The same failure said by the map layer (global/maps.c: "[QID: ]NAME_maps map lookup problem for ADDR"; the
    # tcp table's client, util/dict_tcp.c: "read TCP map reply from H:P: unexpected EOF"), round r80plog: the
    # postfix-grok-patterns and SEKOIA intake-format test data quote them without the tag.
    r"|(?:(?:" + _QID_RE + r"): )?[a-z_]+_maps map lookup problem for |(?:read|write) [A-Za-z]+ map (?:reply|request) "
    r"(?:from|to) ))"
)
_HEADLESS_AGENT: Final = re.compile(
    # The outcome and the connection failure may be pasted without the queue id too (postfix-tlspol issues 7 and
    # 52: "to=<...>, relay=none, delay=..., dsn=4.7.5, status=deferred (...)", "connect to H[ip]:25: Operation
    # timed out"): "to=<>, relay=, ..., status=" and "connect to H[ip]:port: " are smtp(8)'s grammar alone.
    r"(?:^|\| )(?:(?P<qid>[0-9A-F]{6,20}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,20}): )?"
    # (status= is a lowercase word, or SOFTBOUNCE: a bounce turned into a deferral by soft_bounce=yes, as logwatch
    # 7.7's scripts/services/postfix reads it beside "bounced".)
    r"(?P<msg>to=<[^>\n]*>, (?:orig_to=<[^>\n]*>, )?relay=[^,\n]*, .*status=(?:[a-z]|SOFTBOUNCE\b)"
    r"|connect to \S+\[[^]\n]*\]:\d+: "
    # The server's address may be gone: a paste anonymised by dropping "[ip]" keeps the words.
    r"|(?<=: )(?:host \S+(?:\[[^]\n]*\])? (?:said: |refused to talk to me: )"
    r"|lost connection with \S+\[[^]\n]*\] while |conversation with \S+\[[^]\n]*\] timed out while ))"
)
# smtpd(8)'s own account of a session (section 1.6), in words no other program writes: a session that
# ended early ("lost connection after RCPT from H[ip]", "timeout after DATA (0 bytes) from ...", "too
# many errors after AUTH from ...") and the end of a session with its command counters ("disconnect
# from H[ip] ehlo=1 mail=1 rcpt=0/1 commands=2/3"), as a web console lists them without the tag.
_HEADLESS_SESSION: Final = re.compile(
    r"(?:^|\| )(?P<msg>(?:lost connection|timeout|too many errors) after [A-Z][A-Z-]{2,15}"
    r"(?: \(\d+ bytes\))? from \S+\["
    r"|disconnect from \S+\[[^]\n]*\](?: [a-z]+=\d+(?:/\d+)?)* commands=\d)"
)
# The SMTP client's TLS trouble (section 1.8): "SSL_connect error to H[ip]:port: ..." and "QID: Cannot
# start TLS: handshake failure" are smtp(8)'s words alone.
_HEADLESS_TLS: Final = re.compile(
    r"(?:^|\| )(?:(?P<qid>" + _QID_RE + r"): )?(?P<msg>SSL_connect error to \S+\[[^]\n]*\]:\d+: "
    r"|Cannot start TLS: "
    # Its TLS policy for a destination unusable (smtp_tls_policy.c: "warning: TLS policy lookup for D/H: client TLS
    # configuration problem", "warning: smtp_tls_policy_maps, next-hop destination "D": ...", postfix-tlspol
    # issues 7 and 95).
    r"|warning: (?:TLS policy lookup for \S+: |smtp_tls_policy_maps, next-hop destination )"
    # Round r80plog (grok-patterns and lightmeter test data): the session set up, "Untrusted/Anonymous/Trusted/Verified
    # TLS connection established to H[ip]:port: ..." (tls_client.c, the SMTP client), and smtp_tls_note_starttls_offer's
    # "Host offered STARTTLS: [H]" (smtp_proto.c).
    r"|(?:Anonymous|Untrusted|Trusted|Verified) TLS connection established to \S+\[[^]\n]*\]:\d+: "
    r"|Host offered STARTTLS: \[)"
    # The server's side, "... TLS connection established from H[ip]: ..." (tls_server.c): smtpd's (or tlsproxy's).
    r"|(?:^|\| )(?P<server>(?:Anonymous|Untrusted|Trusted|Verified) TLS connection established from "
    r"\S+\[[^]\n]*\]: )"
)
# cleanup(8)'s header and body actions (section 1.5): "QID: ACTION: header NAME: value from H[ip]; from=<...>
# to=<...> proto=... helo=<...>" (also prepend, replace, milter-header-redirect), the grammar of no other
# program.
_HEADLESS_CONTENT: Final = re.compile(
    r"(?:^|\| )(?P<qid>" + _QID_RE + r"): (?P<msg>[a-z]+(?:[-_][a-z]+)*: (?:mime-|nested-)?(?:header|body) "
    r".* from (?:\S+\[[^]\n]*\]|local); from=<)"
)
# postscreen(8), dnsblog(8) and anvil(8) lines as a console lists them (section 1.7, 1.9): a listing
# ("addr IP listed by domain ZONE as 127.x"), postscreen's verdicts on a client ("DNSBL rank N for
# [ip]:port", "PASS OLD [ip]:port", "CONNECT from [ip]:port to [ip]:port") and anvil's statistics.
_HEADLESS_SCREEN: Final = re.compile(
    r"(?:^|\| )(?P<msg>(?P<dnsblog>addr \S+ listed by domain \S+ as \d)"
    r"|(?P<anvil>statistics: max [a-z ]+\d)"
    r"|(?:DNSBL rank \d+ for|PASS (?:OLD|NEW)|CONNECT from \[[^]\n]*\]:\d+ to) \["
    # Round r80plog (postfix-grok-patterns' POSTFIX_POSTSCREEN.log): postscreen's other words about a client,
    # each an upper-case verdict then "[ip]:port" (postscreen.c, postscreen_early.c, postscreen_smtpd.c: "DISCONNECT",
    # "WHITELISTED"/"ALLOWLISTED", "BLACKLISTED"/"DENYLISTED", "... VETO", "PREGREET N after T from", "HANGUP after T
    # from", "COMMAND TIME/COUNT/LENGTH LIMIT from", "NON-SMTP COMMAND from", "BARE NEWLINE from", "COMMAND PIPELINING
    # from"), and its cache's cleanup ("cache btree:/path full cleanup: retained=N dropped=N entries").
    r"|(?:DISCONNECT|(?:WHITE|ALLOW|BLACK|DENY)LISTED|(?:WHITE|ALLOW)LIST VETO) \[[^]\n]*\]:\d+$"
    r"|(?:PREGREET \d+ after \S+|HANGUP after \S+|COMMAND (?:TIME|COUNT|LENGTH) LIMIT|NON-SMTP COMMAND"
    r"|BARE NEWLINE|COMMAND PIPELINING) from \[[^]\n]*\]:\d+"
    r"|cache [a-z]+:\S+ full cleanup: retained=\d)"
)
# Round r80plog: the queue's own bookkeeping lines after a queue id (section 1.3), in words no other MTA writes:
# qmgr(8)'s "QID: removed" and "QID: from=<s>, size=N, nrcpt=N (queue active)", cleanup(8)'s "QID: message-id=...",
# bounce(8)'s "QID: sender non-delivery notification: QID" (postmaster, delay and success notifications too) and
# smtpd(8)'s "QID: client=H[ip]", and smtpd's "connect from H[ip]" with nothing after it.
_HEADLESS_QUEUE: Final = re.compile(
    r"(?:^|\| )(?:(?P<qid>[0-9A-F]{6,20}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,20}): )"
    r"(?P<msg>(?P<qmgr>removed$|from=<[^>\n]*>, size=\d+, nrcpt=\d+ \(queue active\)$)"
    r"|(?P<cleanup>message-id=\S)"
    r"|(?P<bounce>(?:sender|postmaster) (?:non-delivery|delay|delivery status|success) notification: \w+$)"
    r"|client=\S+\[[^]\n]*\](?:, |$))"
    r"|^(?P<connect>(?:dis)?connect from \S+\[[^]\n]*\]$)"
)
# A web console's columns in front of the message: date, time and level, between " | " or, when the
# table is copied without its rules, between blanks ("30.4.2018, 10:05:13 warning warning: ...",
# "1/16/2019, 1:31:28 AM | info | ..."). Cut off, the message is read as above.
_CONSOLE: Final = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}:\d{2}(?: ?[AP]M)? +(?:\| +)?"
    r"(?:info|notice|warning|warn|err|error|crit|alert|emerg|debug)\b +(?:\| +)?"
)

# The delivery agent that wrote a header-less outcome, by its relay (section 1.4): local(8) and
# virtual(8) name themselves, anything else is the SMTP client's (error(8) and lmtp(8) lines look
# the same and cannot be told apart without the tag).
_RELAY_AGENT: Final[Mapping[str, str]] = MappingProxyType({"local": "postfix/local", "virtual": "postfix/virtual"})


def _queue_headless(m: re.Match[str], raw: str) -> LogRecord:
    """A `_HEADLESS_QUEUE` line, read by the daemon whose words it is."""
    if m["connect"]:
        return _smtpd((None, None, "postfix/smtpd", None, None), m["connect"], raw, False)
    msg = m["msg"]
    msg = raw.rstrip()[raw.find(msg) :] if msg in raw else msg
    daemon = "qmgr" if m["qmgr"] else "cleanup" if m["cleanup"] else "bounce" if m["bounce"] else "smtpd"
    return DAEMONS[daemon]((None, None, "postfix/" + daemon, None, m["qid"]), msg, raw, False)


def _headless(line: str) -> LogRecord | None:
    """The record of a Postfix message pasted without its syslog header, None for any other line.

    The daemon is the one that writes the message (cleanup for a milter's refusal at the end of the
    message, a delivery agent for an outcome or a server's trouble, else smtpd, also for its account
    of a session that ended); stamp, host and pid are unknown (None).
    """
    raw = line
    line = line.rstrip()
    if line[:1].isdecimal():
        c = _CONSOLE.match(line)
        if c is not None:
            line = line[c.end() :]
    if "reject: " in line or "warning: " in line or ": RCPT from " in line or "proxy-accept: " in line:
        m = _HEADLESS.search(line)
        if m is not None:
            msg = line[m.start("msg") :]
            if msg.startswith("milter-reject: END-OF-MESSAGE"):
                return _cleanup((None, None, "postfix/cleanup", None, m["qid"]), msg, raw, False)
            return _smtpd((None, None, "postfix/smtpd", None, m["qid"]), msg, raw, False)
    if " from " in line and ("after " in line or " commands=" in line):
        m = _HEADLESS_SESSION.search(line)
        if m is not None:
            return _smtpd((None, None, "postfix/smtpd", None, None), line[m.start("msg") :], raw, False)
    if "TLS" in line or "SSL_connect" in line or "tls_policy" in line:
        m = _HEADLESS_TLS.search(line)
        if m is not None and m["server"]:
            return _smtpd((None, None, "postfix/smtpd", None, None), line[m.start("server") :], raw, False)
        if m is not None:
            return _agent((None, None, "postfix/smtp", None, m["qid"]), line[m.start("msg") :], raw, False)
    if "; from=<" in line:
        m = _HEADLESS_CONTENT.search(line)
        if m is not None:
            return _cleanup((None, None, "postfix/cleanup", None, m["qid"]), line[m.start("msg") :], raw, False)
    return _headless_bookkeeping(line, raw) or _headless_agent(line, raw)


def _headless_bookkeeping(line: str, raw: str) -> LogRecord | None:
    """A header-less line of the queue's, postscreen's, dnsblog's, anvil's or master's bookkeeping, else None."""
    if ": " in line or line.startswith(("connect from ", "disconnect from ")):
        m = _HEADLESS_QUEUE.search(line)
        if m is not None:
            return _queue_headless(m, raw)
    if " listed by domain " in line or "statistics: " in line or " [" in line or line.startswith("cache "):
        m = _HEADLESS_SCREEN.search(line)
        if m is not None:
            msg = line[m.start("msg") :]
            if m["dnsblog"]:
                return _dnsblog((None, None, "postfix/dnsblog", None, None), msg, raw, False)
            if m["anvil"]:
                return _misc((None, None, "postfix/anvil", None, None), msg, raw, False)
            return _postscreen((None, None, "postfix/postscreen", None, None), msg, raw, False)
    if line.startswith("daemon started -- version "):
        # master(8)'s start (master.c: "daemon started -- version V, configuration DIR"), round r80plog.
        return _misc((None, None, "postfix/master", None, None), line, raw, False)
    return None


def _headless_agent(line: str, raw: str) -> LogRecord | None:
    """A header-less outcome or server trouble of a delivery agent (`_HEADLESS_AGENT`), else None."""
    if ("to=<" not in line and " with " not in line and ": host " not in line
            and "connect to " not in line):  # fmt: skip
        return None
    m = _HEADLESS_AGENT.search(line)
    if m is None:
        return None
    msg = line[m.start("msg") :]
    relay = msg.partition(", relay=")[2].partition(",")[0] if msg.startswith("to=<") else ""
    program = _RELAY_AGENT.get(relay, "postfix/smtp")
    return _agent((None, None, program, None, m["qid"]), msg, raw, False)


# A Postfix tag without "[pid]" (postlog(1) without -i), at the start of the line or after the stamp and host.
# A tag pasted without its colon before a severity ("postfix/smtpd warning: restriction ... ignored", mail-in-a-box
# issue 1901) is still the tag: the severity word starts the message.
_PIDLESS: Final = re.compile(r"(?:^| )(?P<tag>postfix[\w.-]*(?:/[\w.-]+)+)(?:: | (?=(?:warning|error|fatal|panic): ))")
# The same without "postfix" in the tag: a multi-instance or renamed syslog_name ("server1-1/smtp:",
# "example.com/smtp:", as rsyslog's %programname% writes a tag without its pid). Read only as a Postfix daemon's
# tag after a stamp (or at the start), and only when the daemon's handler recognises the message.
_PIDLESS_NAMED: Final = re.compile(r"(?:^| )(?P<tag>[\w.-]+(?:/[\w.-]+)+)(?:: | (?=(?:warning|error|fatal|panic): ))")
# postfix(1)'s own tag (`_COMMAND_TAG`) without its pid ("postfix: fatal: usage: postfix [-c config_dir] ...", as
# rsyslog's %programname% writes it): read as `tag_info` reads it with a pid, only right after a stamp and host.
_PIDLESS_COMMAND: Final = re.compile(r"(?:^| )(?P<tag>postfix(?:-\w+)?): ")


class LineParser:
    """Reads lines with one `Clock` (so the year rule spans the lines); otherwise stateless.

    Tags are cached: a Postfix process logs many lines under one ``program[pid]``.
    """

    __slots__ = ("_tags", "clock")

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._tags: dict[str, TagInfo | None] = {}

    def tag(self, tag: str) -> TagInfo | None:
        """`tag_info` of `tag`, cached (the cache is bounded: emptied past 8192 tags)."""
        try:
            return self._tags[tag]
        except KeyError:
            pass
        if len(self._tags) > 8192:
            self._tags.clear()
        info = self._tags[tag] = tag_info(tag)
        return info

    def parse(self, line: str) -> LogRecord | None:
        """The record for `line`, None when it is not Postfix's (see `parse_log_line`)."""
        head, sep, msg = line.partition("]: ")
        if not sep:
            return self.pidless(line) or _headless(line)
        pre, _, tag = head.rpartition(" ")
        info = self._tags.get(tag) or self.tag(tag)
        if info is None:
            info, pre, msg = self.relogged(msg)
            if info is None:
                # "]: " may stand in the message of a tag without pid ("postfix/smtpd: NOQUEUE: reject: RCPT
                # from H[ip]: 554 ...", postlog(1) without -i): that tag decides before a header-less paste.
                return self.pidless(line) or _headless(line)
        ts, host, inf = self.clock.read(pre) if pre else _NOSTAMP
        qid, msg = split_qid(msg)
        # Blanks and a CR after the message are the transport's, not the program's (a file copied from
        # Windows, a collector padding its columns): the message's text ends at its last visible character.
        return info.handler((ts, host, info.program, info.pid, qid), msg.rstrip(), line, inf)


    def relogged(self, msg: str) -> tuple[TagInfo | None, str, str]:
        """The tag, prefix and message of a whole syslog line that another program relogged as its message
        (journald of a container's supervisor, a log shipper): the inner line's tag decides. ``(None, "",
        msg)`` when the message holds no ``program[pid]: `` tag, or its tag is not Postfix's."""
        head, sep, inner = msg.partition("]: ")
        if not sep:
            return None, "", msg
        pre, _, tag = head.rpartition(" ")
        return self._tags.get(tag) or self.tag(tag), pre, inner

    def pidless(self, line: str) -> LogRecord | None:
        """The record of a line whose Postfix tag has no ``[pid]``, None when there is no such tag.

        postlog(1) writes a pid only when asked (``-i``), and postfix-script calls it without:
        ``Apr 10 08:20:15 host postfix/postfix-script: fatal: the Postfix mail system is already running``.
        """
        m = _PIDLESS.search(line) if "postfix" in line else None
        named = m is None
        if m is None:
            m = _PIDLESS_NAMED.search(line) if "/" in line else None
            if m is None or m["tag"].rpartition("/")[2] not in DAEMONS:
                m = _PIDLESS_COMMAND.search(line) if "postfix" in line else None
                if m is None:
                    return None
        program = m["tag"]
        handler = DAEMONS.get(program.rpartition("/")[2], _unrecognised) if "/" in program else _misc
        pre = line[: m.start("tag")].rstrip()
        ts, host, inf = self.clock.read(pre) if pre else _NOSTAMP
        if named and pre and ts is None:
            return None
        if "/" not in program and (ts is None or ": " in pre):
            # postfix(1)'s tag only right after a header's stamp and host: "postfix: " inside another program's
            # message ("cron[9]: reload postfix: ...") is a word of that message.
            return None
        qid, msg = split_qid(line[m.end() :].rstrip())
        rec = handler((ts, host, program, None, qid), msg, line, inf)
        return None if named and rec.kind == "unrecognised" else rec


def parse_log_line(line: str, *, year: int | None = None, tz: tzinfo | str | None = None) -> LogRecord | None:
    """Read one log line: a `LogRecord`, or None when the line is not written by Postfix.

    A line counts as Postfix's when its syslog tag has a ``/`` and its last element
    is a Postfix daemon (``postfix/smtp``, ``postfix-out/submission/smtpd``,
    ``server1-1/smtp``), or when the tag starts with ``postfix`` (also without its ``[pid]``, as
    postfix-script logs through postlog(1)). A Postfix line that
    cannot be read gives a record of kind ``unrecognised`` with the line in ``raw``.
    A refusal, a client-name warning or a delivery agent's outcome or trouble with a server pasted
    without its syslog header (``NOQUEUE: reject: RCPT from ...``, ``0278038B0: to=<...>, relay=...,
    status=...``, ``681A74425: lost connection with ...``), the SMTP client's TLS trouble, cleanup's
    header actions, postscreen's, dnsblog's and anvil's lines are read too (also behind a web
    console's date, time and level columns), as the daemon that writes them, with no stamp, host or pid.

    `year` is the year for stamps that carry none (RFC 3164); without it the year is
    inferred (the current one, or the previous one when the date lies ahead).
    `tz` is the zone of stamps without an offset (a tzinfo or an IANA name; default:
    the machine's). Stateless: `bouncelib.read_log` applies the year rule across lines.

    >>> rec = parse_log_line("2025-07-17T00:47:20.613392+02:00 mx postfix/smtp[4574]: 81571C2D: "
    ...     "to=<a@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.5/0.6, "
    ...     "dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 <a@example.org>: "
    ...     "User unknown (in reply to RCPT TO command))")
    >>> rec.kind, rec.status, rec.recipient, rec.relay_ip, rec.dsn
    ('delivery', 'bounced', 'a@example.org', '192.0.2.25', '5.1.1')
    >>> parse_log_line("Nov  3 18:05:55 mail dovecot[99]: imap-login: Login: user=<a>") is None
    True
    """
    if not isinstance(line, str):
        raise TypeError(f"parse_log_line(line=...) takes one log line as str, not {type(line).__name__}")
    return LineParser(Clock(year=year, tz=tz)).parse(line)
