"""`LogRecord`: one Postfix log line, read; `LogEvent`: its validated Pydantic form.

A `LogRecord` is a typed ``NamedTuple``: immutable, hashable, picklable, and cheap
enough to build a million of per second. Validation belongs at the API boundary
(`LogRecord.to_model` gives the frozen Pydantic `LogEvent`), not on the hot path
of a log reader.

The reply text of a record is classified lazily, through `bouncelib.parse_reply`,
and the classification is cached by (text, status, command): busy logs repeat the
same refusals thousands of times. ``status=sent`` lines are not classified at all:
their reason is ``delivered``.

Record kinds (``kind``), a closed vocabulary:

=================  ==========================================================================
``delivery``       a delivery agent's per-recipient outcome (smtp, lmtp, local, virtual, pipe,
                   error, discard): ``to=``, ``relay=``, ``dsn=``, ``status=`` and the reply
``reject``         smtpd/postscreen/cleanup refusal: ``reject:``, ``milter-reject:``, ``proxy-reject:``
``action``         other access/content actions: ``hold:``, ``discard:``, ``redirect:``, ``filter:``,
                   ``reject_warning:``, header/body ``warning:``/``replace:``/``info:``
``expired``        qmgr ``status=expired, returned to sender``
``qmgr``           qmgr ``from=, size=, nrcpt= (queue active)``
``removed``        qmgr/postsuper ``removed``
``cleanup``        cleanup ``message-id=`` (and ``resent-message-id=``)
``bounce-notice``  bounce daemon ``sender non-delivery notification: NEWQID`` and kin
``client``         smtpd/qmqpd ``client=`` (with SASL fields)
``pickup``         pickup ``uid= from=``
``connect``        smtpd ``connect from``
``disconnect``     smtpd ``disconnect from`` (with command counters)
``session``        smtpd ``lost connection``/``timeout``/``too many errors``/``improper command pipelining``
``remote``         smtp/lmtp session trouble with a remote host: ``host X said:``, ``refused to talk
                   to me``, ``connect to X: ...``, ``lost connection with``, ``conversation ... timed out``
``postscreen``     postscreen verdicts: CONNECT, PASS NEW/OLD, DNSBL rank, PREGREET, HANGUP, ...
``dnsbl``          dnsblog ``addr IP listed by domain LIST as 127.0.0.X``
``tls``            TLS connections established, handshake and certificate failures
``warning``        ``warning:``, ``error:``, ``fatal:``, ``panic:`` from any program
``info``           daemon housekeeping: master, anvil/scache statistics, postfix-script, ...
``unrecognised``   a Postfix line this parser could not read (the whole line kept in ``raw``)
=================  ==========================================================================
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any, Final, NamedTuple

from pydantic import Field

from bouncelib._classify import parse_reply, reply_fields
from bouncelib._classify._codes import find_provider
from bouncelib._vocab import STATUS_TO_ACTION, SUCCESS_STATUSES, TLS_STEPS, Reason
from bouncelib.models import RECORD_KEYS, Reply, _Frozen

__all__ = [
    "EVENT_KINDS",
    "NO_FACTS",
    "PEER_NAME_FAILED",
    "REPLY_KINDS",
    "WARNING_KINDS",
    "Facts",
    "Head",
    "LogEvent",
    "LogRecord",
    "classify_cached",
    "client_record",
    "delivery_record",
    "direction_of",
    "plain_record",
    "queue_record",
    "refusal_record",
    "remote_record",
]

#: The kinds `bouncelib.read_log` yields by default: the outcomes a bounce analysis is about.
EVENT_KINDS: Final[frozenset[str]] = frozenset({"delivery", "reject", "expired"})
#: Kinds whose ``text`` is an SMTP reply or a delivery diagnostic, classified by `parse_reply`.
REPLY_KINDS: Final[frozenset[str]] = frozenset({"delivery", "reject", "action", "expired", "remote"})
#: Kinds whose ``text`` may report a failure of a session (a TLS handshake, SASL, a rate limit, a
#: milter): classified too, but they get a reason only when the words name one (most warnings
#: are about our own configuration and have none).
WARNING_KINDS: Final[frozenset[str]] = frozenset({"warning", "tls"})
_NO_VERDICT: Final = frozenset({Reason.ONHOLD, Reason.UNDEFINED, Reason.DELIVERED})
_FATAL: Final = frozenset({"fatal", "panic"})
# The C function that logged a warning, leading its text ("smtp_connect_addr: bind ...", "psc_dnsbl_request:
# connect to private/dnsblog service: ..."; Postfix's msg_warn("%s: ...", myname)): a name of the code, not a
# word of the message, and its parts read as words ("dnsbl" of psc_dnsbl_request named a blocklist).
_FUNCTION_PREFIX: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+: ")
# The submission programs (sendmail(1), postdrop(1)): the one file they write is the message's own queue file, so a
# file grown too large there is the message ("postdrop: warning: uid=0: File too large", under message_size_limit;
# "sendmail: fatal: root(0): message file too big"), never a mailbox (local(8)'s "File too large" is its
# mailbox_size_limit), and their fatal error gives up on the message, not on a broken mail system.
_SUBMISSION: Final = ("/postdrop", "/sendmail")
_FILE_SIZE: Final = frozenset({Reason.MAILBOXFULL, Reason.MESGTOOBIG})
# A submission program's fatal error about the message handed to it (sendmail -t: "No recipient addresses found
# in message header"): the submitter's message is malformed, its fault and not the mail system's (the words'
# reason stands, not `_FATAL`'s systemerror); a broken configuration it reports stays systemerror.
_SUBMITTED_FAULTS: Final = frozenset({Reason.SYNTAXERROR, Reason.NOTCOMPLIANTRFC, Reason.CONTENTERROR})
# postscreen refusing for its own load ("all server ports busy", "all screening ports busy": postscreen.c, its
# post-queue or process limit reached): the receiving server's state, not a judgement of the client (LABELING.md:
# "too busy" is the server's load, systemerror), so not read as a refusal of the sending host.
_OWN_LOAD: Final = re.compile(r"\bbusy\b")
#: master(8)'s warnings about a child daemon (master_spawn.c, master_status.c): it exited with an
#: error, was killed, or fails at startup and is throttled.
_DAEMON_FAILED: Final = re.compile(r"^process \S+ pid \d+ (?:exit status [1-9]|killed by signal)|bad command startup")
#: A daemon's warning about one of its own lookup tables (dict_open.c "type:name is unavailable", "type:name lookup
#: error for", dict_db.c's "open database FILE: ...", utils/dict_*.c): the table is the mail system's own store,
#: so its failure is `systemerror` whatever the operating system's error says ("No such file or directory" of
#: the .db file names no socket and no network path).
_OWN_TABLE: Final = re.compile(r"\bopen database \S|(?:^|\s)[a-z]+(?::[a-z]+)*:\S+ (?:is unavailable|lookup error)"
                                # The table named by its role (smtp(8)'s "smtp_tls_policy_maps, next-hop destination
                                # "D": policy table lookup error", postfix-tlspol issues 3 and 7; maps.c's "NAME: table
                                # lookup problem"): the same own table failing.
                                r"|\btable lookup (?:error|problem)\b"
                                # The tcp: table's client losing its server (util/dict_tcp.c: "read TCP map reply
                                # from H:P: unexpected EOF", "write TCP map request to ..."), round r80plog: the
                                # lookup service of the mail system's own table, whatever the socket error says.
                                r"|\b(?:read|write) [A-Za-z]+ map (?:reply|request) (?:from|to) \S"
                                # global/maps.c's "NAME map lookup problem for KEY" (cleanup's "sender_canonical_maps
                                # map lookup problem for ... -- message not accepted, try again later"): whatever the
                                # words after it, the table of our own mail system failed.
                                r"|\b[a-z_]+_maps map lookup problem for \S")
#: smtp(8)'s TLS policy table (smtp_tls_policy.c) giving an entry it cannot use for a destination
#: ("smtp_tls_policy_maps, next-hop destination "D": invalid attribute name: "servername"", "malformed attribute/value
#: pair", "attribute
#: "match" has empty value"; postfix-tlspol issues 6 and 95, postfix-mta-sts-resolver issue 66, starttls-everywhere
#: issue 20): the TLS the destination's policy asks for cannot be set up (Postfix then defers with "client TLS
#: configuration problem", 4.7.5), whatever the words about the entry's syntax say.
_TLS_POLICY_TABLE: Final = re.compile(r"^smtp_tls_policy_maps, next-hop destination ")
#: A daemon's trouble with another daemon of the same mail system through its own local socket (qmgr's "private/smtp
#: socket: malformed response" after smtp(8) crashed, starttls-everywhere issue 20, docker-postfix issue 101) or
#: qmgr's report that a delivery agent failed ("transport smtp failure -- see a previous warning/fatal/panic
#: logfile record", qmgr_deliver.c): the mail system's own failure (LABELING.md: a host's own local socket).
#: The same trouble said by the code that talks to the other daemon (round r79plog, logwatch 7.7's postfix test data):
#: attr_scan's time-out or early end on an internal endpoint ("timeout on private/anvil while reading input attribute
#: data", "premature end-of-input on private/anvil while reading input attribute name"), mail_connect's "problem
#: talking to service rewrite: ...", smtpd's "read timeout on cleanup socket"; and the queue files only Postfix
#: writes ("QID: write queue file: ...", postdrop's "maildrop/QID: Error writing message file"). A time-out or a
#: reset there is a local socket of the mail system, never the network (LABELING.md: a host's own local socket).
_OWN_DAEMON: Final = re.compile(r"^(?:private|public)/[a-z0-9-]+ socket: |^transport \S+ failure\b"
                                r"|\bon (?:private|public)/[a-z0-9-]+ while (?:reading|writing)\b"
                                r"|^problem talking to service [a-z0-9-]+: "
                                r"|\b(?:read|write) timeout on cleanup socket\b"
                                r"|\bwrite queue file: |^(?:maildrop|incoming|active|deferred|hold)/[0-9A-Za-z]+: ")
#: The SMTP/LMTP client failing to bind its own source address before it connects (smtp_connect.c:
#: "smtp_connect_addr: bind 203.0.113.7: Cannot assign requested address", smtp_bind_address naming an address
#: the host does not have): the sending system's own configuration fails, whatever the errno says. The same
#: strerror after "connect to H[ip]:25:" (no IPv6 route) stays the network's.
_OWN_BIND: Final = re.compile(r"^(?:[a-z]+_connect_[a-z]+: )?bind \S+: ")
#: smtpd(8)'s check of the client's name (smtpd_peer.c): the name its address maps back to does not
#: map forward to that address, in the three wordings Postfix logs ("hostname H does not resolve to
#: address A", "A: hostname H verification failed: ...", "A: address not listed for hostname H").
#: A failed reverse-DNS check, whatever the DNS error text after it says ("Name or service not known").
#: (The pattern's text, for the parser's reading of a line pasted without its syslog header.)
PEER_NAME_FAILED: Final = (
    r"(?:\S+: )?(?:hostname \S+ (?:does not resolve to address|verification failed)|address not listed for hostname)"
)
# (The C function may lead the words: "smtpd_peer_init: A: hostname H verification failed: ...", logwatch 7.7.)
_PEER_NAME_FAILED: Final = re.compile("^(?:" + _FUNCTION_PREFIX.pattern + ")?" + PEER_NAME_FAILED)

# Kinds whose relay fields name the server the line is about: a delivery's relay, a delivery agent's session
# trouble, and its TLS failures and warnings about a server ("SSL_connect error to H[ip]:25", "certificate
# verification failed for H[ip]:25"); a server's own TLS and warning lines name a client instead (no relay).
_RELAY_IS_REMOTE: Final = frozenset({"delivery", "remote", "tls", "warning"})
#: postscreen(8) screens the connecting client only (POSTSCREEN_README: its tests and its
#: "450 4.3.2 Service currently unavailable" concern the client, never a recipient or a message):
#: its refusal that names no more specific reason refuses the sending host.
_POSTSCREEN: Final = "/postscreen"
# (A policy reason too: postscreen refuses before any message is sent, so its policy is about the client;
# "521 5.7.0 Error: I can break rules, too" is read policyviolation from its status's subject alone.)
_VAGUE: Final = frozenset({Reason.SYSTEMERROR.value, Reason.ONHOLD.value, Reason.UNDEFINED.value,
                           Reason.POLICYVIOLATION.value})
#: pipe(8) runs a delivery command and reports its exit status in sysexits words (src/global/sys_exits.c:
#: EX_TEMPFAIL "temporary failure", EX_UNAVAILABLE "service unavailable", EX_SOFTWARE "internal software error",
#: ...): a failure it logs that names no more than such a condition of the system is the delivery program's
#: (LABELING.md: a local delivery program failing is `mailererror`; "postfix/pipe: ... relay=dovecot, ...,
#: status=deferred (temporary failure)", round r48log), no server's. Postfix's own "mail system configuration
#: error" (pipe.c: a transport entry it cannot run) is the mail system's, and stays `systemerror`.
_PIPE: Final = "/pipe"
_SYSTEMERROR: Final = Reason.SYSTEMERROR.value
_OWN_CONFIG: Final = re.compile(r"\bmail system\b")

#: Warning texts whose subject is our own mail system's part, whatever the classifier reads in their words (the
#: patterns' comments above say which part): the reason and the rule that names it.
_OWN_WARNINGS: Final = (
    (_OWN_TABLE, Reason.SYSTEMERROR, "log:own-table"),
    (_TLS_POLICY_TABLE, Reason.FAILEDSTARTTLS, "log:tls-policy"),
    (_OWN_DAEMON, Reason.SYSTEMERROR, "log:own-daemon"),
    (_OWN_BIND, Reason.SYSTEMERROR, "log:own-bind"),
)
#: The reply kinds `_own_reading` may read otherwise (a cheap test before its call on a busy log's records).
_OWN_READ_KINDS: Final = frozenset({"delivery", "reject"})


def _own_reading(kind: str, program: str, text: str, reason: str) -> tuple[Reason, str] | None:
    """What the line's own program says over the classifier's `reason` of a reply kind's text, with its rule.

    One home for `LogRecord.reply` and `LogRecord.to_record` (its fast path), which must agree: pipe(8)'s delivery
    command failing (`_PIPE`), and postscreen's vague refusal of a client, which judges the client (a busy
    postscreen's own load excepted).
    """
    if kind == "delivery" and reason == _SYSTEMERROR and program.endswith(_PIPE) and not _OWN_CONFIG.search(text):
        return Reason.MAILERERROR, "log:pipe"
    if kind == "reject" and reason in _VAGUE and program.endswith(_POSTSCREEN) and not _OWN_LOAD.search(text):
        return Reason.BLOCKED, "log:postscreen"
    return None


# The direction rule (docs/log.md, "Direction"): the daemon that logged the line decides.
_INBOUND_DAEMONS: Final = frozenset({"smtpd", "qmqpd", "postscreen", "dnsblog", "tlsproxy"})
_OUTBOUND_DAEMONS: Final = frozenset({"smtp", "error", "retry"})
_CLIENT_ACTIONS: Final = frozenset({"reject", "action"})


_LOOPBACK6: Final = frozenset({"::1", "ipv6:::1"})

#: The operator of a relay host a message was delivered to (`find_provider` by the host's name), memoised:
#: a log names few relay hosts, and every sent delivery asks.
_RELAY_PROVIDERS: dict[str | None, str | None] = {None: None}
_MEMO_MAX: Final = 8192
_MISSING: Final = "\x00missing"


def _relay_provider(host: str | None) -> str | None:
    """The provider `host` belongs to (``mxs.mail.ru`` is Mail.ru's), None for a host of no known operator."""
    if len(_RELAY_PROVIDERS) >= _MEMO_MAX:
        _RELAY_PROVIDERS.clear()
        _RELAY_PROVIDERS[None] = None
    pid = _RELAY_PROVIDERS[host] = find_provider(host, "", set())
    return pid


def _loopback(ip: str | None) -> bool:
    return ip is not None and (ip.startswith("127.") or ip in _LOOPBACK6)


def direction_of(program: str, kind: str, relay_ip: str | None, client_ip: str | None) -> str:
    """``outbound``, ``inbound`` or ``local`` for a record of `program` (see `bouncelib._vocab.DIRECTIONS`).

    smtpd, qmqpd, postscreen, dnsblog and tlsproxy face clients that send to us
    (inbound); smtp, and error/retry (which answer for destinations the queue
    manager found unreachable), face the servers we send to (outbound), unless
    smtp hands the mail to a loopback content filter; a cleanup refusal of a
    remote client's message is inbound; everything else stays inside our system
    (local: local/virtual/lmtp/pipe deliveries, qmgr, pickup, bounce, master ...).
    """
    side = _SIDES.get(program) or _side(program)
    if side == "outbound":
        return "local" if _loopback(relay_ip) else "outbound"
    if side == "cleanup":
        return "inbound" if kind in _CLIENT_ACTIONS and client_ip and not _loopback(client_ip) else "local"
    return side


def _side(program: str) -> str:
    """What the daemon of `program` faces: ``inbound``, ``outbound``, ``cleanup`` (it depends) or ``local``.

    Memoised in `_SIDES`: `direction_of` runs once per exported event, and a log has a handful of
    programs (a hostile log with thousands of tags stops adding them at 1024).
    """
    daemon = program.rpartition("/")[2]
    if daemon in _INBOUND_DAEMONS:
        side = "inbound"
    elif daemon in _OUTBOUND_DAEMONS:
        side = "outbound"
    else:
        side = "cleanup" if daemon == "cleanup" else "local"
    if len(_SIDES) < 1024:
        _SIDES[program] = side
    return side


_SIDES: dict[str, str] = {}


_HAS_ACTION: Final = frozenset({"delivery", "expired"})
# An address probe's outcome (verify(8), section 1.4: status=deliverable/undeliverable) is one attempt that is
# never retried: the classifier is not told "failed", which after a temporary reply would read as a queue
# lifetime that ran out (``expired``). Its record keeps the action ``failed``.
_PROBE_FAILED: Final = "undeliverable"
# The refusals and actions of our own server (smtpd, postscreen, cleanup, section 1.7): whatever domain or
# marker their text names, the reply is ours, no provider's.
_OWN_REFUSALS: Final = frozenset({"reject", "action"})
_CLASSIFIED_KINDS: Final = REPLY_KINDS | WARNING_KINDS
# The reply code of a success, looked up: int() of three digits costs more than the lookup.
_CODES: Final[dict[str, int]] = {f"{i:03d}": i for i in range(1000)}


@lru_cache(maxsize=4096)
def classify_cached(
    text: str, status: str | None, command: str | None, recipient: str | None = None, action: str | None = None
) -> Reply:
    """`parse_reply` of `text` with the status/command/recipient/action hints, memoised (logs repeat their refusals)."""
    return parse_reply(text, status=status, smtp_command=command, recipient=recipient, action=action)


# Every record starts as a copy of a template holding all of RECORD_KEYS in order: copying a
# 37-key dict costs a tenth of building one from a literal (which grows its table four times).
_BLANK: Final[dict[str, Any]] = dict.fromkeys(RECORD_KEYS)
_BLANK["source"] = "postfix"
_DELIVERED: Final[dict[str, Any]] = _BLANK | {"reason": "delivered", "permanent": False, "hard_bounce": False}
#: The record keys a classified reply fills in, in the order of `_fields`'s tuples.
_REPLY_KEYS: Final = ("smtp_code", "enhanced_status", "smtp_command", "reason", "permanent", "hard_bounce",
                      "blocklist", "blocklist_name", "delist", "provider", "remote_host", "remote_ip")  # fmt: skip
_NOTHING: Final[tuple[Any, ...]] = (None,) * len(_REPLY_KEYS)


def _fields(reply: Reply, dsn: str | None) -> tuple[Any, ...]:
    """The values of `_REPLY_KEYS` for `reply` (``delist`` as a tuple: they are shared, see `_record_fields`)."""
    f = reply.record_fields()
    if f["enhanced_status"] is None:
        f["enhanced_status"] = dsn
    f["delist"] = tuple(f["delist"])
    return tuple(f[k] for k in _REPLY_KEYS)


# Keyed on the exact text: a busy log repeats each refusal, and a text seen before then costs a
# lookup instead of the mask/unmask and the Reply of `parse_reply`. 16384 entries hold every
# distinct refusal of the 1M-line benchmark log (14,682 texts and hints); an entry is a tuple of
# shared values and its key, well under 1 KiB. It answers every text the classifier's own
# exact-text memo would, so that one is skipped (``memo=False``): a miss here missed there too.
@lru_cache(maxsize=16384)
def _record_fields(
    text: str, status: str | None, command: str | None, recipient: str | None, action: str | None
) -> tuple[Any, ...]:
    """`_fields` of the reply `text` with these hints, memoised: `LogRecord.to_record` needs it once per event.

    Shared between calls: the caller gives each record its own ``delist`` list. Read from the classifier's
    fields (what `parse_reply` would make a Reply of): a text seen for the first time then costs no model.
    """
    f = reply_fields(text, status=status, smtp_command=command, recipient=recipient, action=action, memo=False)
    enhanced, bl = f["enhanced_status"], f["blocklist"]
    return (f["smtp_code"], str(enhanced) if enhanced else status, f["smtp_command"], f["reason"].value,
            f["permanent"], f["hard_bounce"], bl.id if bl else None, bl.name if bl else None, tuple(f["delist"]),
            f["provider"], f["remote_host"], f["remote_ip"])  # fmt: skip


class LogRecord(NamedTuple):
    """One Postfix log line, read (see the module docstring for ``kind``).

    Fields a line does not carry are None. The six fields from ``sender`` to
    ``client_ip`` are filled from other lines of the same queue id when the record
    comes out of `bouncelib.read_log` with ``correlate=True``.
    """

    timestamp: datetime | None
    """When the line was logged (tz-aware), None when the prefix had no date."""
    hostname: str | None
    """The host that logged it, when the prefix names one."""
    program: str
    """The whole syslog tag without the pid: ``postfix/smtp``, ``postfix-out/submission/smtpd``."""
    pid: int | None
    """The process id."""
    queue_id: str | None
    """Short or long queue id, ``NOQUEUE``, or None."""
    kind: str
    """What the line is: one of `bouncelib._vocab.LOG_KINDS`."""
    status: str | None
    """``sent``/``deferred``/``bounced``/... for deliveries, the action for rejects, a sub-kind otherwise."""
    sender: str | None
    """Envelope sender (``""`` for the null sender of bounces)."""
    size: int | None
    """Message size in bytes (qmgr)."""
    nrcpt: int | None
    """Number of recipients (qmgr)."""
    message_id: str | None
    """Message-ID header (cleanup), without angle brackets."""
    client_host: str | None
    """The SMTP client's host name (``unknown`` when it has no valid PTR)."""
    client_ip: str | None
    """The SMTP client's address."""
    recipient: str | None
    """Envelope recipient (``to=``)."""
    orig_recipient: str | None
    """Original recipient before alias/forward expansion (``orig_to=``)."""
    relay: str | None
    """The ``relay=`` field as written (``host[ip]:port``, ``host[socket]``, ``local``, ``none``, ...)."""
    relay_host: str | None
    """Host part of the relay (or of the remote host a session line names)."""
    relay_ip: str | None
    """IP address inside the brackets (None for UNIX sockets and ``none``)."""
    relay_port: int | None
    """Port after the brackets."""
    delay: float | None
    """Total delay in seconds (``delay=``)."""
    dsn: str | None
    """Postfix's own enhanced status (``dsn=``)."""
    text: str | None
    """The reply/diagnostic (inside the parentheses, up to the last ``)``) or the message detail."""
    extra: tuple[tuple[str, str], ...]
    """Other ``key=value`` facts of the line (``proto``, ``helo``, ``delays``, ``conn_use``, ``tls``, ...)."""
    raw: str
    """The whole line as read."""
    year_inferred: bool
    """True when the stamp had no year and the year comes from the inference rule."""

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value of an `extra` key, e.g. ``rec.get("helo")``."""
        for k, v in self.extra:
            if k == key:
                return v
        return default

    @property
    def reply(self) -> Reply | None:
        """The classified reply (`bouncelib.parse_reply`) for reply-carrying kinds, else None."""
        text = self.text
        if text is None:
            return None
        if self.kind in REPLY_KINDS:
            # The recipient's domain only: classifications are cached, and a domain repeats.
            domain = "@" + self.recipient.rpartition("@")[2] if self.recipient else None
            # Postfix's own dsn= is the status it settled on; its status= word is the RFC 3464 action.
            action = STATUS_TO_ACTION.get(self.status or "") if self.kind in _HAS_ACTION else None
            if self.status == _PROBE_FAILED:
                action = None
            reply = classify_cached(text, self.dsn, self.get("command"), domain, action)
            update: dict[str, Any] = {}
            if (own := _own_reading(self.kind, self.program, text, reply.reason.value)) is not None:
                update["reason"], update["rule"] = own
            if self.kind in _OWN_REFUSALS and reply.provider is not None:
                update["provider"] = None  # our own server refused (smtpd, postscreen, cleanup), no other operator
            return reply.model_copy(update=update) if update else reply
        if self.kind in WARNING_KINDS and self.status not in TLS_STEPS:
            reply = classify_cached(text[m.end():] if (m := _FUNCTION_PREFIX.match(text)) else text, None, None)
            if self.program.endswith(_SUBMISSION) and reply.reason in _FILE_SIZE:
                return reply.model_copy(update={"reason": Reason.MESGTOOBIG, "hard_bounce": False,
                                                "rule": "log:submission-size"})
            if self.program.endswith(_SUBMISSION) and reply.reason in _SUBMITTED_FAULTS:
                return reply.model_copy(update={"hard_bounce": False, "rule": "log:submission-message"})
            if self.status in _FATAL:
                # The process gave up (a broken configuration, a missing socket, "no SASL
                # authentication mechanisms"): our own mail system failed, whatever its words name, and
                # that is no verdict on an address.
                return reply.model_copy(update={"reason": Reason.SYSTEMERROR, "hard_bounce": False,
                                                "rule": f"log:{self.status}"})
            for pattern, reason, rule in _OWN_WARNINGS:
                if pattern.search(text):
                    return reply.model_copy(update={"reason": reason, "hard_bounce": False, "rule": rule})
            if self.program.endswith("/master") and (_DAEMON_FAILED.search(text)
                                                     or reply.reason is Reason.NETWORKERROR):
                # master(8) reporting a Postfix daemon that died or cannot start: the same failure
                # seen from the parent ("throttling" here is master slowing restarts, not a rate).
                # master talks to nothing but its own daemons over local sockets and FIFOs: a time-out
                # or broken connection it reports ("unix_trigger_event: read timeout for service
                # public/pickup") is the mail system's own failure, never the network's.
                return reply.model_copy(update={"reason": Reason.SYSTEMERROR, "hard_bounce": False,
                                                "rule": "log:master"})
            if self.program.endswith("smtpd") and _PEER_NAME_FAILED.search(text):
                # Never a verdict on an address: not the hard bounce of the words' "not known"/"not listed".
                return reply.model_copy(update={"reason": Reason.REQUIREPTR, "hard_bounce": False,
                                                "rule": "log:peer-name"})
            if reply.reason not in _NO_VERDICT:
                return reply
        return None

    @property
    def direction(self) -> str:
        """Which way the mail was going: ``outbound``, ``inbound`` or ``local`` (`direction_of`)."""
        return direction_of(self.program, self.kind, self.relay_ip, self.client_ip)

    def _reply_fields(self) -> tuple[Any, ...]:
        """The values of `_REPLY_KEYS` of this record's (unsuccessful) reply, memoised for reply kinds."""
        kind, status = self.kind, self.status
        if kind in REPLY_KINDS:
            # What `self.reply` classifies, memoised on the same key.
            recipient = self.recipient
            domain = "@" + recipient.rpartition("@")[2] if recipient else None
            action = STATUS_TO_ACTION.get(status or "") if kind in _HAS_ACTION and status != _PROBE_FAILED else None
            return _record_fields(self.text, self.dsn, self.get("command"), domain, action)
        reply = self.reply
        if reply is None:
            return (None, self.dsn, *_NOTHING[2:])  # no verdict: only Postfix's own status
        return _fields(reply, self.dsn)

    def to_record(self) -> dict[str, Any]:
        """The shared flat record (`bouncelib.RECORD_KEYS`), ``source="postfix"``."""
        # A copy of a template with the event's own fields set one by one: exports call this once per
        # event, and building a 37-key dict from a literal costs more than the rest of a row.
        (timestamp, hostname, program, pid, queue_id, kind, status, sender, size, _nrcpt, message_id, client_host,
         client_ip, recipient, orig_recipient, _relay, relay_host, relay_ip, relay_port, delay, dsn, text, extra,
         raw, inferred) = self  # fmt: skip
        action = STATUS_TO_ACTION.get(status or "") if kind in _HAS_ACTION else None
        if text is None or kind not in _CLASSIFIED_KINDS:
            rec = _BLANK.copy()
            rec["delist"] = []
            if kind == "unrecognised":
                text = raw
            elif kind == "dnsbl":
                rec["blocklist"] = self.get("domain")
        elif status in SUCCESS_STATUSES:
            # Not classified: a success has nothing to explain (and its text is unique per message).
            rec = _DELIVERED.copy()
            code = text[:3]
            rec["smtp_code"] = _CODES.get(code) or (int(code) if code.isdecimal() else None)
            rec["enhanced_status"], rec["delist"] = dsn, []
            # The operator that accepted it: the relay host's, as for a refusal.
            provider = _RELAY_PROVIDERS.get(relay_host, _MISSING)
            rec["provider"] = _relay_provider(relay_host) if provider is _MISSING else provider
        else:
            rec = _BLANK.copy()
            if kind in REPLY_KINDS:
                # `_reply_fields`, inline (a third of a busy log's events): the domain, command and
                # action hints of `self.reply`, the memo looked up on the same key.
                command = None
                for key, value in extra:
                    if key == "command":
                        command = value
                        break
                fields = _record_fields(text, dsn, command, "@" + recipient.rpartition("@")[2] if recipient else None,
                                        action if status != _PROBE_FAILED else None)  # fmt: skip
            else:
                fields = self._reply_fields()
            (rec["smtp_code"], rec["enhanced_status"], rec["smtp_command"], rec["reason"], rec["permanent"],
             rec["hard_bounce"], rec["blocklist"], rec["blocklist_name"], delist, rec["provider"],
             rec["remote_host"], rec["remote_ip"]) = fields  # fmt: skip
            rec["delist"] = list(delist) if delist else []  # each record owns its list (the memoised one is shared)
            if kind in _OWN_READ_KINDS and (own := _own_reading(kind, program, text, rec["reason"])) is not None:
                rec["reason"] = own[0].value  # what `self.reply` says
            if kind in _OWN_REFUSALS:
                rec["provider"] = None  # what `self.reply` says: our own server refused
        rec["timestamp"], rec["hostname"], rec["program"], rec["pid"] = timestamp, hostname, program, pid
        rec["queue_id"], rec["kind"], rec["status"], rec["action"] = queue_id, kind, status, action
        rec["sender"], rec["recipient"], rec["orig_recipient"] = sender, recipient, orig_recipient
        rec["relay_host"], rec["relay_ip"], rec["relay_port"] = relay_host, relay_ip, relay_port
        rec["client_host"], rec["client_ip"], rec["message_id"] = client_host, client_ip, message_id
        rec["size"], rec["delay"], rec["dsn"] = size, delay, dsn
        if kind in _RELAY_IS_REMOTE and rec["remote_host"] is None:
            rec["remote_host"], rec["remote_ip"] = relay_host, relay_ip
        side = _SIDES.get(program) or _side(program)  # what `direction_of` decides, without its call
        if side == "outbound":
            # `_loopback`, inline
            side = "local" if relay_ip is not None and (relay_ip.startswith("127.") or relay_ip in _LOOPBACK6) else (
                "outbound")  # fmt: skip
        elif side == "cleanup":
            side = direction_of(program, kind, relay_ip, client_ip)
        rec["direction"] = side
        rec["year_inferred"], rec["text"] = inferred, text
        return rec

    def to_model(self) -> LogEvent:
        """This record as a validated, frozen Pydantic `LogEvent`."""
        data = {k: v for k, v in self._asdict().items() if k not in {"extra"}}
        data["extra"] = dict(self.extra)
        data["direction"] = self.direction
        reply = self.reply
        return LogEvent(**data, reply=reply if (reply is not None and self.status not in SUCCESS_STATUSES) else None)


# ---------------------------------------------------------------- record builders
# The parser builds a record per line read, so records are built positionally (tuple.__new__:
# about a third of the cost of keyword construction, see docs/log.md "Speed"), but in these
# builders only: one per record shape, with named parameters, so that no other module
# writes a 25-slot tuple. tests/test_log_parser.py::test_builders_fill_the_named_fields
# checks each builder against keyword construction.

#: (timestamp, hostname, program, pid, queue_id): what every record has from its prefix and tag.
Head = tuple[datetime | None, str | None, str, int | None, str | None]
#: The six queue facts a `Correlator` fills in: sender, size, nrcpt, message_id, client_host, client_ip.
Facts = tuple[Any, Any, Any, Any, Any, Any]
NO_FACTS: Final[Facts] = (None, None, None, None, None, None)
_new = tuple.__new__
Extra = tuple[tuple[str, str], ...]


def plain_record(head: Head, kind: str, status: str | None, text: str | None, raw: str, inferred: bool,  # noqa: PLR0917
                 extra: Extra = ()) -> LogRecord:  # fmt: skip
    """A record with only the common fields (kind, status, text, extra)."""
    return _new(LogRecord, (*head, kind, status, None, None, None, None, None, None, None, None, None, None, None,
                            None, None, None, text, extra, raw, inferred))  # fmt: skip


def queue_record(head: Head, kind: str, status: str | None, raw: str, inferred: bool, *, sender: str | None = None,
                 size: int | None = None, nrcpt: int | None = None, message_id: str | None = None,
                 text: str | None = None, extra: Extra = ()) -> LogRecord:  # fmt: skip
    """A record of what a queue file holds (qmgr, cleanup, pickup, expired lines)."""
    return _new(LogRecord, (*head, kind, status, sender, size, nrcpt, message_id, None, None, None, None, None, None,
                            None, None, None, None, text, extra, raw, inferred))  # fmt: skip


def client_record(head: Head, kind: str, status: str | None, client_host: str | None, client_ip: str | None,  # noqa: PLR0917
                  text: str | None, raw: str, inferred: bool, extra: Extra = ()) -> LogRecord:  # fmt: skip
    """A record about an SMTP client of ours (smtpd, postscreen, tlsproxy, dnsblog lines)."""
    return _new(LogRecord, (*head, kind, status, None, None, None, None, client_host, client_ip, None, None, None,
                            None, None, None, None, None, text, extra, raw, inferred))  # fmt: skip


def refusal_record(head: Head, kind: str, status: str, raw: str, inferred: bool, *, sender: str | None,
                   client_host: str | None, client_ip: str | None, recipient: str | None, text: str | None,
                   extra: Extra) -> LogRecord:  # fmt: skip
    """A reject/action record of smtpd, postscreen or cleanup: the client, the envelope and the reply."""
    return _new(LogRecord, (*head, kind, status, sender, None, None, None, client_host, client_ip, recipient, None,
                            None, None, None, None, None, None, text, extra, raw, inferred))  # fmt: skip


def remote_record(head: Head, status: str, host: str | None, ip: str | None, port: int | None,  # noqa: PLR0917
                  text: str | None, raw: str, inferred: bool, kind: str = "remote") -> LogRecord:  # fmt: skip
    """A record about a remote server of a delivery agent (session trouble, outbound TLS)."""
    return _new(LogRecord, (*head, kind, status, None, None, None, None, None, None, None, None, None, host, ip,
                            port, None, None, text, (), raw, inferred))  # fmt: skip


def delivery_record(head: Head, status: str, facts: Facts, recipient: str | None,  # noqa: PLR0917
                    orig_recipient: str | None, relay: str | None, relay_host: str | None, relay_ip: str | None,
                    relay_port: int | None, delay: float | None, dsn: str | None, text: str | None,
                    extra: Extra, raw: str, inferred: bool) -> LogRecord:  # fmt: skip
    """A delivery agent's per-recipient outcome; `facts` are the six queue facts when already known."""
    # Unpacked by name rather than starred into the tuple: a starred display is built as a list and
    # converted (a quarter of this builder's cost), and an event in six of a busy log is a delivery.
    timestamp, hostname, program, pid, queue_id = head
    sender, size, nrcpt, message_id, client_host, client_ip = facts
    return _new(LogRecord, (timestamp, hostname, program, pid, queue_id, "delivery", status, sender, size, nrcpt,
                            message_id, client_host, client_ip, recipient, orig_recipient, relay, relay_host,
                            relay_ip, relay_port, delay, dsn, text, extra, raw, inferred))  # fmt: skip


class LogEvent(_Frozen):
    """The validated, frozen Pydantic form of a `LogRecord` (`LogRecord.to_model`)."""

    timestamp: datetime | None = None
    hostname: str | None = None
    program: str
    pid: int | None = None
    queue_id: str | None = None
    kind: str
    status: str | None = None
    sender: str | None = None
    size: int | None = None
    nrcpt: int | None = None
    message_id: str | None = None
    client_host: str | None = None
    client_ip: str | None = None
    recipient: str | None = None
    orig_recipient: str | None = None
    relay: str | None = None
    relay_host: str | None = None
    relay_ip: str | None = None
    relay_port: int | None = None
    delay: float | None = None
    dsn: str | None = None
    text: str | None = None
    extra: dict[str, str] = Field(default_factory=dict)
    raw: str
    year_inferred: bool = False
    direction: str = "local"
    """``outbound``, ``inbound`` or ``local`` (`direction_of`)."""
    reply: Reply | None = None
    """The classified reply (None for successes and kinds without a reply)."""

    def to_record(self) -> dict[str, Any]:
        """The shared flat record (`bouncelib.RECORD_KEYS`), ``source="postfix"``."""
        fields = self.model_dump(exclude={"reply", "extra", "direction"})
        fields["extra"] = tuple(self.extra.items())
        return LogRecord(**fields).to_record()
