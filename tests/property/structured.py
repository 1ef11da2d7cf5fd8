"""Structure-aware Hypothesis strategies: valid Postfix log lines and DSN fields, one field pushed to an extreme.

Random bytes rarely get past a parser's first checks.  These strategies compose lines and
messages that are valid in every field but one, and put that one at an extreme: huge and
non-ASCII numbers (``٢٥``, 5000 digits), empty values, nested brackets and parentheses,
control characters, and 1 MB values.  Used by ``test_structured_props.py`` (a bounded
number of examples in CI) and by ``fuzz/fuzz_structured.py`` (a run of given length).
"""

from __future__ import annotations

from hypothesis import strategies as st

# -- the extremes one field is pushed to --------------------------------------------------------------------
HUGE_DIGITS = st.integers(min_value=6, max_value=6000).map(lambda n: "9" * n)
NON_ASCII_DIGITS = st.text(alphabet="٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３４５６７８９", min_size=1, max_size=12)
CONTROL = st.text(alphabet="".join(map(chr, [*range(32), 127, 0x85, 0x2028, 0xFEFF])), min_size=1, max_size=20)
NESTED = st.integers(min_value=1, max_value=3000).flatmap(
    lambda n: st.sampled_from(["[" * n + "]" * n, "(" * n + ")" * n, "<" * n + ">" * n, "[" * n, ")" * n])
)
MEGABYTE = st.sampled_from(["x" * (1 << 20), "é" * (1 << 19), "a@" * (1 << 19), "[" * (1 << 20)])
EXTREME = st.one_of(
    st.just(""), HUGE_DIGITS, NON_ASCII_DIGITS, CONTROL, NESTED, MEGABYTE,
    st.text(max_size=40), st.sampled_from(["-1", "0", "65536", "NaN", "inf", "1e309", " ", "\t", "=", ",", ";"]),
)  # fmt: skip

# -- valid values of each field -------------------------------------------------------------------------------
_HEX = st.text(alphabet="0123456789ABCDEF", min_size=8, max_size=12)
_ADDR = st.sampled_from(["a@example.org", "bob@example.net", "", "x.y+z@sub.example.com"])
_HOST = st.sampled_from(["mx.example.org", "gmail-smtp-in.l.google.com", "unknown", "[redacted]-mx.example.net"])
_IP = st.sampled_from(["192.0.2.7", "2001:db8::1", "198.51.100.250", "private/dovecot-lmtp"])
_REPLY = st.sampled_from([
    "host mx.example.org[192.0.2.7] said: 550 5.1.1 <a@example.org>: User unknown (in reply to RCPT TO command)",
    "connect to mx.example.org[192.0.2.7]:25: Connection timed out",
    "host mx.example.org[192.0.2.7] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using "
    "zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9 (in reply to MAIL FROM command)",
    "250 2.0.0 Ok: queued as 4ABC",
])  # fmt: skip
_STAMP = st.sampled_from(["Dec 31 23:59:59 mx", "Jan  1 00:00:01 mx", "2025-07-17T00:47:20.613392+02:00 mx",
                          "Feb 29 12:00:00 mx", ""])  # fmt: skip

# Each line shape as (template, {field: strategy of valid values}); one field is replaced by an extreme.
_SHAPES: list[tuple[str, dict[str, st.SearchStrategy[str]]]] = [
    ("{stamp} postfix/smtp[{pid}]: {qid}: to=<{rcpt}>, relay={host}[{ip}]:{port}, delay={delay}, "
     "delays=0.1/0/0.5/0.6, dsn={dsn}, status={status} ({reply})",
     {"pid": st.integers(1, 99999).map(str), "qid": _HEX, "rcpt": _ADDR, "host": _HOST, "ip": _IP,
      "port": st.integers(1, 65535).map(str), "delay": st.sampled_from(["1.2", "0", "3600"]),
      "dsn": st.sampled_from(["5.1.1", "4.4.1", "2.0.0"]), "status": st.sampled_from(["sent", "deferred", "bounced"]),
      "reply": _REPLY, "stamp": _STAMP}),
    ("{stamp} postfix/qmgr[{pid}]: {qid}: from=<{sender}>, size={size}, nrcpt={nrcpt} (queue active)",
     {"pid": st.integers(1, 99999).map(str), "qid": _HEX, "sender": _ADDR, "size": st.integers(0, 10**9).map(str),
      "nrcpt": st.integers(1, 50).map(str), "stamp": _STAMP}),
    ("{stamp} postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from {host}[{ip}]:{port}: {reply}; from=<{sender}> "
     "to=<{rcpt}> proto=ESMTP helo=<{helo}>",
     {"pid": st.integers(1, 99999).map(str), "host": _HOST, "ip": _IP, "port": st.integers(1, 65535).map(str),
      "reply": _REPLY, "sender": _ADDR, "rcpt": _ADDR, "helo": _HOST, "stamp": _STAMP}),
    ("{stamp} postfix/postscreen[{pid}]: CONNECT from [{ip}]:{port} to [192.0.2.1]:25",
     {"pid": st.integers(1, 99999).map(str), "ip": _IP, "port": st.integers(1, 65535).map(str), "stamp": _STAMP}),
    ("{stamp} postfix/smtpd[{pid}]: {qid}: client={host}[{ip}]:{port}, sasl_method=PLAIN, sasl_username={user}",
     {"pid": st.integers(1, 99999).map(str), "qid": _HEX, "host": _HOST, "ip": _IP,
      "port": st.integers(1, 65535).map(str), "user": _ADDR, "stamp": _STAMP}),
    ("{stamp} postfix/cleanup[{pid}]: {qid}: message-id=<{mid}>",
     {"pid": st.integers(1, 99999).map(str), "qid": _HEX, "mid": st.sampled_from(["a@b", ""]), "stamp": _STAMP}),
]  # fmt: skip


@st.composite
def postfix_line(draw: st.DrawFn) -> str:
    """One Postfix line, valid but for (at most) one field pushed to an extreme."""
    template, fields = draw(st.sampled_from(_SHAPES))
    values = {name: draw(strategy) for name, strategy in fields.items()}
    victim = draw(st.sampled_from([None, *sorted(fields)]))
    if victim is not None:
        values[victim] = draw(EXTREME)
    return template.format(**values)


# -- DSN fields -----------------------------------------------------------------------------------------------
_DSN_FIELDS: dict[str, st.SearchStrategy[str]] = {
    "Reporting-MTA": st.sampled_from(["dns; mx.example.org", "dns;", "x-local; host"]),
    "Arrival-Date": st.sampled_from(["Thu, 4 Dec 2026 10:00:00 +0000", "Mon, 31 Feb 2025 25:61:61 +9999"]),
    "Final-Recipient": st.sampled_from(["rfc822; a@example.org", "rfc822;", "x; <b@example.net>"]),
    "Original-Recipient": st.sampled_from(["rfc822; a@example.org", "rfc822;"]),
    "Action": st.sampled_from(["failed", "delayed", "delivered", "FAILED"]),
    "Status": st.sampled_from(["5.1.1", "4.4.1", "5.7.1", "2.0.0"]),
    "Remote-MTA": st.sampled_from(["dns; mx.example.net", "dns; [192.0.2.7]"]),
    "Diagnostic-Code": st.sampled_from([
        "smtp; 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown",
        "smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org",
        "X-Postfix; connect to mx.example.net[192.0.2.7]:25: Connection timed out",
    ]),
    "Last-Attempt-Date": st.sampled_from(["Thu, 4 Dec 2026 10:00:00 +0000", "yesterday"]),
}  # fmt: skip


@st.composite
def dsn_message(draw: st.DrawFn) -> bytes:
    """An RFC 3464 bounce whose delivery-status fields are valid but for one pushed to an extreme."""
    values = {name: draw(strategy) for name, strategy in _DSN_FIELDS.items()}
    victim = draw(st.sampled_from([None, *sorted(values)]))
    if victim is not None:
        values[victim] = draw(EXTREME)
    per_message = "".join(f"{k}: {values[k]}\n" for k in ("Reporting-MTA", "Arrival-Date"))
    per_rcpt = "".join(f"{k}: {v}\n" for k, v in values.items() if k not in {"Reporting-MTA", "Arrival-Date"})
    text = (
        "From: MAILER-DAEMON@example.org\nTo: a@example.com\nSubject: Undelivered Mail Returned to Sender\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\nContent-Type: text/plain\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n"
        f"--B\nContent-Type: message/delivery-status\n\n{per_message}\n{per_rcpt}\n"
        "--B\nContent-Type: text/rfc822-headers\n\nFrom: a@example.com\nTo: a@example.org\nSubject: hi\n\n--B--\n"
    )
    return text.encode("utf-8", "surrogatepass")
