"""Reading the facts out of a reply text: codes, command, remote host, and the text to classify.

Every pattern here is linear: literal anchors, bounded repeats, character classes
that cannot overlap the text that follows them.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from bouncelib._data.concepts import ADDRESS_WORD, IP_WORD
from bouncelib._vocab import normalise_command

__all__ = ["Facts", "extract", "urls_and_emails"]

# "diagnostic-code: smtp; " / "X-Postfix; " (RFC 3464 section 2.3.6 diagnostic-type).
_DTYPE = re.compile(
    r"(?:diagnostic-code:[ ]*)?(?:smtp|x-postfix|x-unix|x-local|x-smtp|x-notes|mta|x-exim|"
    r"x-qmail|x-mailer|unix|local|x-ms-exchange|x-postfix-reason)[ ]*;[ ]*",
    re.IGNORECASE,
)

# Where the remote host is named: Postfix "host mx.example.org[203.0.113.5] said:",
# Exim "host mx.example.org [203.0.113.5]:", others "host: mx (203.0.113.5)".
_IP = r"(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}:[0-9a-f:.]{2,45})"
_HOSTNAME = r"[a-z0-9_](?:[a-z0-9_-]{0,62}\.){1,12}[a-z0-9-]{1,62}"
# A name may end with the root's dot, DNS's absolute form as MX records and some MTAs' logs print it
# ("host mx.example.org. said:", maddy's "smtp-in.example.org. said:"): the same host, read without it.
_HOST_IP = re.compile(
    rf"(?:host|server(?: at)?|connection with|conversation with|connect to)[ :]+({_HOSTNAME}|{_IP})\.?[ ]?"
    rf"[\[(]({_IP}|[^\])\s]{{1,64}})[\])]"
)
# "\bhost" written as a look-behind after the literal, so that the engine scans for "host" fast.
_HOST_SAID = re.compile(rf"host(?<!\whost) ({_HOSTNAME})\.? said:")
_IP_SHAPE = re.compile(rf"{_IP}\Z", re.IGNORECASE)
# Right after "host name[ip]": the text says that host is on a list (so it is the client refused).
_LISTED = re.compile(r" (?:is|was) (?:black|block|deny)?listed\b")

# Postfix "(in reply to RCPT TO command)", "(in reply to end of DATA command)".
_IN_REPLY = re.compile(r"\(in reply to ([a-z _]{2,20}?) command\)")
# (Each pattern below that starts with a boundary or a look-behind is led by a look-ahead for the first characters
# its matches can start with: `re` skips to those, where it tried the boundary or look-behind at every character;
# tests/test_classify_speed.py compares each with the pattern without its look-ahead.)
_AFTER = re.compile(
    r"(?=[af])\b(?:after|following) (end of data|initial connection|rcpt to|mail from|rcpt|mail|data|ehlo|helo|lhlo|"
    r"starttls|auth|bdat|quit)\b"
)
# What precedes the reply proper in a transcript or an MTA's report, in the order they are looked for.
_BODY_MARKERS: Final = (" said: ", "refused to talk to me: ", "returned '")
_BRACKET = re.compile(r"\[(rcpt_to|mail_from|data)\]")
# OpenSMTPD's log line for a client's command it refused, `smtp failed-command command="HELO example.org"
# result="501 ..."` (usr.sbin/smtpd/smtp_session.c, smtp_reply on a 4xx/5xx reply): the command is named.
_FAILED_COMMAND = re.compile(r'failed-command\b[^"]{0,200}?\bcommand="([a-z]{4}(?: to| from)?)')
# A client's frame naming the command whose reply failed, the command in capitals as the client sent it ("MAIL
# failed: 553", "RCPT failed: 550", libcurl's smtp.c; "MAIL FROM command failed", Evolution's): that command was
# answered. Case-sensitive: "sending mail failed" names no command.
_CLIENT_COMMAND_FAILED = re.compile(
    r"\b(MAIL FROM|MAIL|RCPT TO|RCPT|DATA|EHLO|HELO|STARTTLS|AUTH)(?: command)? failed\b")
_QMAIL: Final = (
    ("does not like recipient", "RCPT"), ("sender was rejected", "MAIL"), ("my name was rejected", "HELO"),
    ("failed after i sent the message", "DATA"), ("failed on data command", "DATA"), ("for text command", "DATA"),
    ("refused to talk to me", "CONNECT"), ("while receiving the initial server greeting", "CONNECT"),
    # qmail-remote.c: quit("ZConnected to ", " but greeting failed") -- the server's greeting refused.
    ("but greeting failed", "CONNECT"),
)  # fmt: skip

# "550", "550-", "550 5.1.1" at a start or after a separator; never inside longer numbers or dotted quads.
# Starts with the digit class so the engine scans fast; what may stand before the
# code (start, space, quote, bracket, ":#=") is checked in `_find_code`.
_CODE = re.compile(r"([245][0-9][0-9])(?=[\s,;:-]|$|['\"\])])")
_CODE_BEFORE = frozenset(" \t'\"[(<:#=")
# RFC 3463 status: class.subject.detail, 1-3 digits, not part of an IP address or version string.
# Matched from its first "." with the class digit behind it: a pattern starting with one literal
# character lets the engine skip to each "." (there are few), where one starting with the class
# [245] tested every character of the reply. The class digit and the boundary before it (no word
# character or "." there: not part of an IP address, a version or a word) are read by a look-behind
# at that ".", so that one `findall` gives every status's three numbers: the match objects of
# `finditer` and a Python test of each cost more than the search (940 -> 560 ns for one status). A
# candidate refused for its boundary takes no text with it where a refused match of
# ``[245]\.\d{1,3}\.\d{1,3}`` would, but no status can start inside one (its second "." has a
# digit two before it): both give the same statuses (tests/test_classify_speed.py).
# Nor a version number that is a segment of a file path ("/usr/lib/ruby/2.1.0/net/smtp.rb:541:in `initialize':
# Connection refused", a Ruby backtrace a client logs with its error): a "/" after a name before it and a "/" after
# it make it a directory's name, not a status (a list of statuses "5.7.26/5.7.25/4.7.23" has a digit before its "/").
_STATUS = re.compile(
    r"\.(?<=(?<![\w.])([245])\.)(?!(?<=[A-Za-z_]/[245]\.)\d{1,3}\.\d{1,3}/)(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)")
_FAIL_CODE = re.compile(r"(?<=[\s'\"\[(<:#=])([45][0-5][0-9])(?=[\s,;:-]|$|['\"\])])")
_FOLLOW_UP = re.compile(r"\s(?:503[ -]|554 5\.5\.1 )")
# Spelled with character classes rather than IGNORECASE: a pattern starting with a
# class keeps the engine's fast scan to candidate positions.
# An address literal in brackets belongs to the URL as written ("https://www.spamhaus.org/query/ip/[192.0.2.40]",
# Exchange Online's Spamhaus template; RFC 3986 section 3.2.2 writes IPv6 hosts so).
# A path runs up to white space, a bracket or a quote (RFC 3986 appendix C: what delimits a URI in prose), the
# typographic quotes and the brackets and punctuation of CJK prose too ("詳細は http://example.jp/help。",
# "«http://...»", "“http://...”"): they close the sentence or the quote around the URL, and no URL holds them
# (a path written in another script, "/kb/Hãy-kiểm-tra-...", keeps its letters).
_PATH_CHARS: Final = r"[^\s<>\"'`{}|\\^\[\]。、，；：！？「」『』（）【】〈〉《》“”‘’«»‹›]"
# An IP address literal in square brackets inside a path ("see https://www.spamhaus.org/query/ip/[192.0.2.40]") is
# part of it, whether the address is written with its scheme or without.
# So is a query value its writer replaced by a placeholder word in angle brackets ("...Why?s=mfrom;id=alice@example.org;
# ip=192.0.2.7;r=<UNKNOWN>", policyd-spf's value for a recipient it was not given): right after "=", a word, no address.
_IP_IN_PATH: Final = r"(?:(?:\[[0-9a-fA-F:.]{2,45}\]|(?<==)<[A-Za-z_-]{1,24}>)" + _PATH_CHARS + "*)*"
_URL = re.compile(r"[hH][tT][tT][pP][sS]?://" + _PATH_CHARS + "*" + _IP_IN_PATH)
# The same for a lowercase text (`Facts.low`, `Facts.words_text`: `str.lower` leaves no ASCII capital), led by the
# literal "http": the engine scans to each "h" instead of testing a set of two characters at every character
# (on a written reply holding a URL, 5.3k -> 2.9k instructions a search; round r81speed).
_URL_LOW = re.compile(_URL.pattern.replace("[hH][tT][tT][pP][sS]?", "https?", 1))
# A client's URL of the server it connects to, with a transport scheme (PHP's stream transports "ssl://", "tls://",
# "tcp://" in Symfony Mailer's and SwiftMailer's "Connection could not be established with host
# "ssl://smtp.example.com:465""; libcurl's "smtp://", "smtps://"): where the client connected, not words of the
# failure (the scheme "ssl" there says nothing of a TLS failure). Taken out of the words as an http URL is.
_TRANSPORT_URL = re.compile(r"(?<![\w.+-])(?:ssl|tls|tcp|udp|unix|smtps?|submissions?)://" + _PATH_CHARS + "*")
# An IPv4 address in the words (not 127.0.0.0/8, a DNSBL's answer code, as `_mask` leaves it; a masked one,
# 0.0.0.N, is one too): read as one word, IP_WORD, so that the verdict is the same whatever its digits. Not one
# in square brackets: that is a host's address written beside its name (Postfix's "name[ip]", Exim's "host name
# [ip]", a log's "connect from unknown[ip]"), which names where a line comes from, not what a refusal is about.
# (Written to start with its first digit, the assertions behind it, so that `re` skips to the digits of a text
# instead of trying the assertions at every character.)
# What every match of `_IPV4_WORDS` holds, found by a scan to each "." (its digits tried only at a dot): the
# substitution, trying its look-behinds at every digit, runs only when it can match (a status's "5.1.1" alone has
# two dots: most replies have no address).
_THREE_DOTS: Final = re.compile(r"\.\d{1,3}\.\d{1,3}\.")
_IPV4_WORDS: Final = re.compile(r"\d(?<![\w.[]\d)(?<!1(?=27\.))\d{0,2}(?:\.\d{1,3}){3}(?![\w\]]|\.\d)")
# An IPv4 address anonymised by whoever published the reply, some or all of its numbers written as x's
# ("The sender xxx.xxx.xxx.xxx is banned", "203.0.xxx.xxx"): an address all the same, read as the word a real one
# is, with the same exclusions (not in square brackets, not part of a longer dotted word). Tried only when the
# words hold "x.x", which no real address does.
_MASKED_IPV4_WORDS: Final = re.compile(
    r"(?<![\w.[])(?=[\d.x]*x)(?:\d{1,3}|x{1,3})(?:\.(?:\d{1,3}|x{1,3})){3}(?![\w\]]|\.\w)"
)
# A count over a span of time written with numbers ("connections 31 exceed 30/60s", "100/1h", "per 5min"): the
# span's unit spelt out as a word after "per" ("30 per 60 seconds"), so that a rate written in figures is read as
# the rate written in words ("per 1 day", the concepts PER and TIMEUNIT). Only a unit right after a figure, behind
# a "/" that follows a figure or behind "per": "1/2" or "/s" alone are no span.
# Two patterns, each starting with what `re` can skip to (a digit, "per "): the one behind "/" keeps the figure it
# starts with, the one behind "per " keeps "per" (its output read again is itself: "per 60 seconds").
_SPAN_UNITS: Final = r"(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)\b"
# The count may be named instead of written ("domains are limited to 100 messages / hour", a sending provider's
# probation limit quoted in pivorakmeetup/pivorak-web-app issue 711): the noun of what is counted before the "/"
# is a count over the span as a figure is ("messages per 1 hours"); not a word of a path ("/messages/d/").
_SPAN_SLASH: Final = re.compile(
    r"(\d|(?<![\w/.-])(?:messages?|e-?mails?|mails?|recipients?|rcpts?|connections?))\s?/\s?(\d*)\s?" + _SPAN_UNITS
)
_SPAN_PER: Final = re.compile(r"\bper (\d+)\s?" + _SPAN_UNITS)
# What every match of `_SPAN_SLASH` holds from its "/" on: searched first, it starts with a literal that `re`
# skips to, where `_SPAN_SLASH`, starting with a digit, is tried at every digit of a reply holding a "/" (its URLs'
# paths, "and/or"), and a span is in few of those.
_SLASH_UNIT: Final = re.compile(r"/\s?\d*\s?" + _SPAN_UNITS)
_SPAN_UNIT: Final = {"s": "seconds", "sec": "seconds", "secs": "seconds", "m": "minutes", "min": "minutes",
                     "mins": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "d": "days"}


def _lower(text: str) -> str:
    """`text` in lowercase, Turkish's dotted capital I as the i it is: ``str.lower`` makes "İ" an "i" and a
    combining dot (two characters), which splits the word there ("İç hata", internal error, read as "i"
    and "ç") and leaves the lowercase text one character longer than the text it is read from."""
    return text.replace("İ", "i").lower() if "İ" in text else text.lower()


def _span_slash(m: re.Match[str]) -> str:
    unit = m.group(3)
    return f"{m.group(1)} per {m.group(2) or 1} {_SPAN_UNIT.get(unit, unit)}"


def _span_per(m: re.Match[str]) -> str:
    unit = m.group(2)
    return f"per {m.group(1)} {_SPAN_UNIT.get(unit, unit)}"


# A file or command path a delivery program's message quotes ('procmail: Couldn't chdir to "/home/u/Maildir"',
# 'Command died with status 8: "/usr/lib/mailman/mail/mailman bounces list"', 'Lock failure on "./.Spam/.lock"'):
# the name of a file, a folder or a command line, whose words ("Spam", "bounces") say nothing of the failure.
_QUOTED_PATH = re.compile(r'"(?:\.{0,2}|~)/[^"]*"')
# The same, written bare, for a path in the trees where a system keeps its data (FHS 3.0: /var for spools,
# mailboxes and quarantines, /home, /srv, /tmp; not /usr, /bin or /etc, where a program's or a configuration's
# name says which part spoke): amavisd-new 2.13.0 Amavis/Out/Local.pm's "450 4.4.2 Local delivery to
# /var/lib/amavis/virusmails/spam-X.gz timed out" names a stored file, its words ("spam", "virus") no statement.
# After a space or a parenthesis only: a socket in brackets after a host name ("[/var/run/dovecot/lmtp]") stays.
_DATA_PATH = re.compile(r"(?<![^\s(])/(?:var|home|srv|tmp)/[\w.+=/-]*")
# A web address written without its scheme ("visit www.symanteccloud.com/troubleshooting"): only
# a "www." host, so that a host name in a transcript ("mx.example.com") is not taken for one.
# (The look-behind after the first "w", checking it with the character before it: led by a look-ahead, the pattern
# gave the engine nothing to skip to, and it was tried at every character; led by a set of two characters, at the
# "w"s alone: 34k -> about 9k instructions a search on a written reply. Round r81speed.)
_WWW = re.compile(r"[wW](?<![\w.@/-][wW])[wW]{2}\.[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63})+"
                  r"(?:/" + _PATH_CHARS + "*" + _IP_IN_PATH + ")?")
# A web address without scheme or "www." but with a path ("on csi.cloudmark.com/reset-request/?ip=..."):
# the path tells it from a bare host name of a transcript. An underscore before it is a space of prose written
# with underscores (AT&T's "521< 192.0.2.1 >_is_blocked.__For_information_see_att.net/blocks"), not a name's.
_HOST_PATH = re.compile(r"(?<![a-zA-Z0-9.@/:-])[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63})*\.[a-zA-Z]{2,63}"
                        r"/" + _PATH_CHARS + "+" + _IP_IN_PATH)
_TLD_SLASH = re.compile(r"\.[a-zA-Z]{2,63}/")  # in every match of `_HOST_PATH`, right before its path
# Two host names joined by "/", the path itself a bare name (Postfix smtp(8)'s "TLS policy lookup for DOMAIN/MXHOST:",
# postfix-tlspol issues 6 and 7): a destination and its server, no web address. A path ending in a web page's file
# extension is a page's file name, not a server's name ("see postmaster.yahoo.com/550-bl23.html", "lookup.php"):
# none of these is a top-level domain (IANA root zone).
_NAME_PAIR = re.compile(r"[a-zA-Z0-9.-]+\.[a-zA-Z]{2,63}/[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63})*"
                        r"\.(?!(?:s?html?|php\d?|aspx?|jsp|cgi)\Z)[a-zA-Z]{2,63}")
_NAME_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-"  # `_HOST_PATH`'s name
# Addresses are found from their "@" outwards: a pattern starting with the local
# part would retry up to 64 characters at every position of the text.
_DOMAIN_AT = re.compile(r"@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}", re.IGNORECASE)
# (A str for `str.rstrip`, which finds the run of them before an "@" in C: a Python step per character
# walking back from the "@" cost more than the rest of finding the addresses.) RFC 5322 section 3.2.3's
# atext, less the characters that also quote or bracket an address in prose (' ` / | { }): a local part
# with "$" or "%" is one address ("recipient <bob$20080401@example.com>", smtpf's time-limited
# addresses; "user%host@relay", the old source route).
_LOCAL_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+=-$%&!#*?^~"


class Facts(NamedTuple):
    """What the text states, before classification."""

    flat: str  # whitespace collapsed, prefixes and continuation tokens removed, original case
    low: str  # flat, lowercased
    words_text: str  # low without URLs, each e-mail address one word (ADDRESS_WORD): what the tables read
    smtp_code: int | None
    statuses: tuple[str, ...]  # every enhanced status in order of appearance
    command: str | None
    remote_host: str | None
    remote_ip: str | None


# Facts are made with tuple.__new__: a NamedTuple's own __new__ is a Python function (a call frame
# per reply for eight fields given in order).
_new = tuple.__new__


def _find_code(flat: str, pos: int) -> re.Match[str] | None:
    m = _CODE.search(flat, pos)
    while m is not None:
        i = m.start()
        if i == 0 or (flat[i - 1] in _CODE_BEFORE and not _is_port(flat, i)):
            return m
        m = _CODE.search(flat, i + 1)
    return None


def _is_port(flat: str, i: int) -> bool:
    """Whether the number at `i` is a port glued to the host or IP address before it ("dial tcp 192.0.2.25:587:
    connect: connection refused", Go's net.OpError; "smtp.example.com:465"): a dotted name or address and a colon
    right before the digits, no space (round r61cli). A reply code stands after a space or a separator. Or a port
    named by its word ("Connection to smtp.example.org port 587: Connection refused", msmtp's and OpenSSH's
    wording; `_PORT_WORDS`): a client's report of where it connected, not a server's answer."""
    if flat[i - 1] == " ":
        return flat[max(0, i - 8) : i - 1].rpartition(" ")[2].lower() in _PORT_WORDS
    if flat[i - 1] != ":":
        return False
    token = flat[flat.rfind(" ", 0, i - 1) + 1 : i - 1]
    return "." in token and token[-1:].isalnum()


# The word "port" before a number, as clients write where they connected: English, German, Dutch, the Nordic
# languages, Polish ("port"); Spanish "puerto", Portuguese and Italian "porta"; Russian "порт" (and "порту", on the
# port). Tuning row r59langd-msmtp-sv-refused ("port 587: anslutningen vägrades") had its port read as a code.
_PORT_WORDS: Final = frozenset({"port", "puerto", "porta", "порт", "порту"})


def _flat(text: str) -> str:
    """`text` with its white space collapsed: ``" ".join(text.split())``. Most replies (85 % of the real ones)
    are one line with single spaces already, and are returned as they are: a printable text holds no white space
    but the space (`str.isprintable` is false for every other character `str.split` splits at), so it is flat
    when no two spaces stand together and none starts or ends it (0.9 -> 0.75 us per real reply)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _statuses(text: str) -> tuple[str, ...]:
    found = []
    for klass, subject, detail in _STATUS.findall(text):
        status = f"{klass}.{subject}.{detail}"
        if ".0" in status or not status.isascii():
            # A leading zero to drop ("5.01.1" is 5.1.1) or digits of another script: int() says.
            status = f"{klass}.{int(subject)}.{int(detail)}"
        found.append(status)
    return tuple(found)


def _strip_continuations(flat: str, code: str) -> str:
    # Postfix joins a multi-line reply into one line, keeping every line's
    # "550-5.7.26 " prefix; only the first one is part of the message.
    first = flat.find(code)
    # (Most replies hold their code once: that is found without cutting the text in two.)
    if first < 0 or flat.find(code, first + 3) < 0:
        return flat
    head, tail = flat[: first + 3], flat[first + 3 :]
    tail = re.sub(rf"(?<=\s){code}[- ](?:#?[245]\.\d{{1,3}}\.\d{{1,3}}\s)?", "", tail)
    return head + tail


def extract(text: str, max_chars: int) -> Facts:
    """Read codes, command and remote host out of `text` (only its first `max_chars` characters)."""
    flat = _flat(text[:max_chars])
    # A diagnostic type ends with ";" within its first 40 characters (its longest spelling is 34,
    # spaces being single in `flat`): most replies have none, and need no match attempt.
    m = _DTYPE.match(flat) if ";" in flat[:40] else None
    if m:
        flat = flat[m.end() :]

    low = _lower(flat)
    remote_host, remote_ip = _remote(low)
    command = _command(low, flat)
    smtp_code, flat, low = _reply_code(flat, low)
    words_text = _words_text(low, smtp_code)
    statuses = _statuses(words_text)
    if "://" in words_text:
        words_text = _without_urls(words_text)
    if '"' in words_text and ('"/' in words_text or '"./' in words_text or '"~/' in words_text):  # (4 % hold a '"')
        words_text = _QUOTED_PATH.sub(" ", words_text)
    if "/var/" in words_text or "/home/" in words_text or "/srv/" in words_text or "/tmp/" in words_text:
        words_text = _DATA_PATH.sub(" ", words_text)
    if " was: " in words_text:
        words_text = _quoted_reply(words_text)
    if "@" in words_text:
        for start, end in reversed(_email_spans(words_text, doubled="@@" in words_text)):
            words_text = f"{words_text[:start]} {ADDRESS_WORD} {words_text[end:]}"
    if "." in words_text and _THREE_DOTS.search(words_text) is not None:
        words_text = _IPV4_WORDS.sub(IP_WORD, words_text)
    if "x.x" in words_text:
        words_text = _MASKED_IPV4_WORDS.sub(IP_WORD, words_text)
    if "/" in words_text and _SLASH_UNIT.search(words_text) is not None:
        words_text = _SPAN_SLASH.sub(_span_slash, words_text)
    if "per " in words_text:
        words_text = _SPAN_PER.sub(_span_per, words_text)
    if "mail from:" in words_text and ("size=" in words_text or "body=" in words_text):
        words_text = _MAIL_FROM_PARAMS.sub(r"\1", words_text)
    if "error from remote" in words_text:
        # An MTA's frame around the remote server's reply (Exim's "SMTP error from remote mail server after RCPT
        # TO:<a>: 451", the Exim 4.96 run here in round r41; the frame of the mailru and mxlogic readers): it says
        # only that the server answered with an error, which every failure is; the reply after it says why.
        words_text = _REMOTE_ERROR_FRAME.sub(" ", words_text)
    if smtp_code is not None and "." in words_text[:80] and (opening := _opening_name(words_text)):
        # The server's own name opening its reply (RFC 5321 section 4.2: "421 <domain> Service not available",
        # the greeting's "220 <domain>"; piler's "421 %s service not available") is a name, not words about the
        # failure: "421 archive.example.org service not available" says nothing of an archive attached.
        # (`match` and a slice: the pattern is anchored, and `sub` with a group reference in its replacement calls
        # back into the `re` module's Python code on every reply, matched or not.)
        words_text = f"{opening.group(1)} {words_text[opening.end() :]}"
    if remote_host is not None and remote_host in words_text:
        # The remote server's name is a name, not words about the failure ("lost connection with
        # spamtrap.example.net[192.0.2.7] while performing the EHLO handshake" says nothing of spam).
        words_text = words_text.replace(remote_host, " ")
    return _new(Facts, (flat, low, words_text, smtp_code, statuses, command, remote_host, remote_ip))


# A host name right after the reply code (and its status, if any): the server naming itself; behind the frame of
# an MTA that quotes the reply ("host mx.example.net[192.0.2.1] said: 421 archive.example.org service not
# available", Postfix's) too.
_OPENING_NAME: Final = re.compile(r"^((?:[^\n]{0,160}? said: )?\s*[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?)"
                                  r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?= )")
# The same without the frame, for a text with no " said: " (most): the frame's lazy run tried each of its 160
# lengths before giving up, the costliest pattern of a new written reply (tests/test_classify_r63speed.py).
_OPENING_NAME_UNQUOTED: Final = re.compile(_OPENING_NAME.pattern.replace(r"(?:[^\n]{0,160}? said: )?", "", 1))


def _without_urls(words_text: str) -> str:
    """`words_text` (lowercased: `_URL_LOW` reads the scheme in lower case) without its http and transport URLs."""
    words_text = _URL_LOW.sub(" ", words_text)
    # (A transport URL's "://" is what is left once the http URLs are out: most texts then have none, and the
    # transport pattern, which starts with a look-behind, is not tried at each of their characters.)
    return _TRANSPORT_URL.sub(" ", words_text) if "://" in words_text else words_text


def _opening_name(words_text: str) -> re.Match[str] | None:
    return (_OPENING_NAME if " said: " in words_text else _OPENING_NAME_UNQUOTED).match(words_text)


# A notice that quotes the remote server's reply after its own words ("Your message wasn't delivered to ...
# because the address couldn't be found, or is unable to receive mail. The response was: 550 Unrouteable
# address", Gmail): the notice's sentence is a template chosen by the reply's code class, a paraphrase, and
# the quoted reply is the receiving server's own words (corpus/LABELING.md, "A notice quoting the remote
# server's reply"). Only the quoted reply is read, when it holds a word.
# .NET's SmtpException writes its text for the reply's status code and then the server's reply ("Mailbox name not
# allowed. The server response was: 5.7.1 ...", System.Net.Mail's MailServerResponse "The server response was:
# {0}"): a template chosen by the code, as Gmail's.
_QUOTED_REPLY_MARKERS: Final = ("the response was: ", "the error that the other server returned was: ",
                                "the response from the remote server was: ", "the server response was: ")


_REMOTE_ERROR_FRAME: Final = re.compile(r"\bsmtp error from remote (?:mail server|mailer|server)\b")
# The MAIL command an MTA quotes in its frame, with the parameters it sent ("SMTP error from remote mail server after
# MAIL FROM:<a> SIZE=2022: 553 ...", Exim's frame): RFC 1870's SIZE=, RFC 6152's BODY=, RFC 3461's RET= and ENVID=,
# RFC 4954's AUTH=, RFC 6531's SMTPUTF8 are the client's own declarations, not words of the refusal ("SIZE=1234"
# before a bare "550 Refused" does not say the size was refused). Only right after the quoted MAIL FROM address.
_MAIL_FROM_PARAMS: Final = re.compile(
    rf"(mail from: ?< ?(?:{ADDRESS_WORD})? ?>)(?: (?:size|body|ret|envid|auth|smtputf8)(?:=[^\s:]*)?)+")


def _quoted_reply(words_text: str) -> str:
    for marker in _QUOTED_REPLY_MARKERS:
        i = words_text.find(marker)
        if i >= 0:
            rest = words_text[i + len(marker):]
            return rest if any(c.isalpha() for c in rest) else words_text
    return words_text


def _remote(low: str) -> tuple[str | None, str | None]:
    """(remote host, remote IP) named in the first 400 characters: "host name[ip]", else "host ... said:"."""
    hm = (
        _HOST_IP.search(low, 0, 400)
        if ("host" in low or "server" in low or "connect" in low or "conversation" in low)
        else None
    )
    if hm and _LISTED.match(low, hm.end()):
        # "Host c-73-1.hsd1.va.comcast.net [192.0.2.70] is blacklisted by ips.backscatterer.org" (Haraka's
        # backscatterer plugin): the host said to be listed is the refused client, not the replying server.
        hm = None
    if hm:
        name, addr = hm.group(1), hm.group(2)
        if _IP_SHAPE.match(name):
            return None, name
        return name, (addr if _IP_SHAPE.match(addr) else None)
    hs = _HOST_SAID.search(low, 0, 400) if " said:" in low else None
    return (hs.group(1) if hs else None), None


def _command(low: str, flat: str) -> str | None:
    """The SMTP command the reply answered, from the first wording that names one."""
    cm = _IN_REPLY.search(low) if "(in reply to " in low else None
    if cm:
        command = normalise_command(cm.group(1))
        if command is not None:
            return command
    if "after " in low or "following " in low:
        am = _AFTER.search(low)
        if am:
            command = normalise_command(am.group(1))
            if command is not None:
                return command
    if "_" in low:
        bm = _BRACKET.search(low)
        if bm:
            command = normalise_command(bm.group(1).replace("_", " "))
            if command is not None:
                return command
    if "failed-command" in low:
        fm = _FAILED_COMMAND.search(low)
        if fm:
            command = normalise_command(fm.group(1))
            if command is not None:
                return command
    for phrase, cmd in _QMAIL:
        if phrase in low:
            return cmd
    return _client_command(flat, low)


def _client_command(flat: str, low: str) -> str | None:
    """The command a client's frame says failed ("MAIL failed: 553"), `_CLIENT_COMMAND_FAILED`."""
    fm = _CLIENT_COMMAND_FAILED.search(flat) if " failed" in low else None
    return normalise_command(fm.group(1).lower()) if fm is not None else None


def _reply_code(flat: str, low: str) -> tuple[int | None, str, str]:
    """The reply's SMTP code, and `flat`/`low` without the repeated multi-line prefixes of that code."""
    # The reply proper starts after "said:"/"talk to me:" when those are there ("remote host said: "
    # is found as " said: ").
    body_at = 0
    for marker in _BODY_MARKERS:
        if marker in low:  # (the `in` operator costs a third of a `str.find` call, and most replies have none)
            body_at = low.find(marker) + len(marker)
            break
    code_m = _find_code(flat, body_at) or (_find_code(flat, 0) if body_at else None)
    if code_m is None:
        return None, flat, low
    code = code_m.group(1)
    if code[0] == "2":
        # A greeting or transcript line ("220-laposte 421 4.2.1 ...") before the refusal.
        fail_m = _FAIL_CODE.search(flat, code_m.end())
        if fail_m is None and code_m.start() > 0 and flat[code_m.start() - 1] == "#":
            # A number written after "#" is a reference ("recipient unknown #292 (id)", smtpf's rule numbers), not a
            # success: no server answers a success with "#" before its code (round r49hard).
            return None, flat, low
        if fail_m is None and "expected" in low[max(code_m.start() - 30, 0) : code_m.start()]:
            # A code the client says it expected ("Expected response code "220" but got empty code.", Symfony
            # Mailer's SmtpTransport::assertResponseCode; round r61cli) is what the server did not answer: no
            # success, and with no other code the text gives none.
            return None, flat, low
        code_m = fail_m or code_m
        code = code_m.group(1)
    stripped = _strip_continuations(flat, code)
    if stripped is not flat:
        flat, low = stripped, _lower(stripped)
    return int(code), flat, low


def _words_text(low: str, code: int | None) -> str:
    """`low` up to a follow-up answer: Sendmail/Postfix transcripts append the answer to the next
    command ("503 Need RCPT", "554 5.5.1 Error: no valid recipients"), a consequence, not the cause.
    A follow-up comes after the reply's own code: the reply itself after a prefix ("host mx.example.net[..]
    said: 554 5.5.1 Unrecognized command", "said: 503 5.7.1 Relay not allowed") is no follow-up, nor is its
    first line when it spans several ("said: 503-All RCPT commands were rejected ...", round r52swap)."""
    if " 503" not in low and " 554 5.5.1" not in low:
        return low
    own = min((i for i in (low.find(f"{code} "), low.find(f"{code}-")) if i >= 0), default=-1) if code else -1
    follow = _FOLLOW_UP.search(low, max(own, 0) + 4)
    return low[: follow.start()] if follow else low


def urls_and_emails(flat: str, *, lowercase: bool = False) -> list[tuple[int, str, bool]]:
    """Every URL and e-mail address of `flat` in order: (position, as written minus trailing punctuation, is_url).
    `lowercase`: `flat` is the output of ``str.lower`` (no ASCII capital in it), read with `_URL_LOW`."""
    found: list[tuple[int, str, bool]] = []
    spans: list[tuple[int, int]] = []
    if "://" in flat:
        for m in (_URL_LOW if lowercase else _URL).finditer(flat):
            url = _trim(m.group(0))
            if len(url) > 10:
                found.append((m.start(), url, True))
                spans.append((m.start(), m.end()))
    if "www." in flat or "WWW." in flat:
        for m in _WWW.finditer(flat):
            found.append((m.start(), _trim(m.group(0)), True))
            spans.append((m.start(), m.end()))
    if "/" in flat:
        for m in _hosts_with_path(flat):
            url = _trim(m.group(0))
            if _NAME_PAIR.fullmatch(url):
                continue
            if not any(a <= m.start() < b for a, b in spans):
                found.append((m.start(), url, True))
                spans.append((m.start(), m.end()))
    if "@" in flat:
        for start, end in _email_spans(flat):
            if any(a <= start < b for a, b in spans):
                continue
            found.append((start, _trim(flat[start:end]), False))
    found.sort()
    return found


def _hosts_with_path(flat: str) -> list[re.Match[str]]:
    """The matches of `_HOST_PATH` in `flat`, as ``finditer`` finds them, found from their "." + top-level
    domain + "/" (`_TLD_SLASH`, a fast scan to each "."): `_HOST_PATH` itself starts with a look-behind, and
    was tried at every character of every reply holding a "/".

    A name holds no "/", so a match's name runs up to the "/" after its top-level domain, and its
    look-behind refuses a name character before it: the match can only start where the run of name
    characters before that "/" starts, and only that place is tried.
    """
    found: list[re.Match[str]] = []
    done = 0  # no run of name characters starts before this: the end of the last match, or after a "/"
    for hit in _TLD_SLASH.finditer(flat):
        slash = hit.end() - 1
        if slash < done:
            continue  # in the path of the match before
        run = flat[done:slash]
        m = _HOST_PATH.match(flat, slash - (len(run) - len(run.rstrip(_NAME_CHARS))))
        if m is not None:
            found.append(m)
            done = m.end()  # (a path ends before white space or a bracket or quote: no name character)
        else:
            done = slash + 1
    return found


def _email_spans(text: str, *, doubled: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every e-mail address in `text`; with `doubled`, also of an address written with two "@" in a
    row ("bob@@example.com"): a mistyped address is still one address where the words are read (a client's "The
    address %s is invalid." filled with what its user typed), not a local part, a domain and a sentence's end."""
    spans: list[tuple[int, int]] = []
    at = text.find("@")
    while at > 0:
        m = _DOMAIN_AT.match(text, at + 1 if doubled and text.startswith("@@", at) else at)
        before = text[max(0, at - 64) : at]
        start = at - (len(before) - len(before.rstrip(_LOCAL_CHARS)))  # up to 64 local-part characters
        if m and start < at:
            spans.append((start, m.end()))
            at = text.find("@", m.end())
        else:
            at = text.find("@", at + 1)
    return spans


def _unopened_cut(s: str) -> str:
    """`s` up to its first closing parenthesis that closes none it opened (all of it if none)."""
    depth = 0
    for i, c in enumerate(s):
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return s[:i]
            depth -= 1
    return s


def _trim(s: str) -> str:
    # A closing parenthesis belongs to the URL only if the URL opened one: one it did not open closes the
    # parentheses the URL was written in, and ends it there, also where prose with no space after it follows
    # ("[contact staff](https://forum.example/about)ください", a Markdown link in Japanese; RFC 3986 appendix C:
    # parentheses delimit a URI in prose).
    # (Only a URL holding a ")" can be cut: the others skip the Python step per character.)
    if ")" in s:
        s = _unopened_cut(s)
    # Cut so, the URL holds no closing parenthesis it did not open: trailing punctuation is all that is left.
    return s.rstrip(".,;:!?'\"")
