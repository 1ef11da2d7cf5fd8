"""Masking what differs between copies of one refusal, so that the classifier's cache sees them as one.

The same refusal reaches thousands of recipients of a mailing, and each copy names another
recipient, client IP or session id ("550 5.1.1 <ann@example.org>: ...", "[203.0.113.9]",
"q16si3475662wrs.311 - gsmtp"). `mask` replaces those by numbered placeholders; the
classifier runs on the masked text, and `unmask` puts the originals back into the fields
of its answer (the remote IP, the delisting URLs that carry the IP, ...).

What is masked never decides a reason: an address's local part (not its domain, which
can name the provider, and not a role mailbox such as ``postmaster@`` or ``delist@``,
which can be a delisting contact), an IPv4 address (not one of 127.0.0.0/8: a DNSBL's answer
code, which says whether the sender is listed at all), and a long run of letters mixed
with digits or of digits alone (session, queue and message ids; no reply code, status
or provider code is that long). tests/test_classify.py checks over every corpus text
that the verdicts with and without the mask are identical.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

__all__ = ["mask", "unmask"]

# Local parts that can be a contact or a provider marker ("delist@messaging.microsoft.com").
_ROLES: Final = frozenset({
    "postmaster", "abuse", "delist", "removal", "remove", "unblock", "unlist", "blocklist", "blacklist", "rbl",
    "support", "help", "hostmaster", "webmaster", "admin", "administrator", "noc", "security", "spam",
    "mailer-daemon", "dmarc", "delisting", "unblock-request", "sender-support", "senders", "deliverability",
    "bulksender", "mail-abuse", "complaints", "antispam", "anti-spam", "report", "reports", "info", "contact",
})  # fmt: skip
_PIECES: Final = re.compile(
    r"(?P<local>(?<![\w.+=-])[A-Za-z0-9._+=-]{1,64}(?=@[A-Za-z0-9-]))"
    r"|(?P<ip>(?<![\d.])(?!127\.)\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))"
    r"|(?P<id>\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{12,}\b|\b\d{9,}\b)"
)
_PLACEHOLDER: Final = re.compile(r"zq(\d+)zq|0\.0\.0\.(\d+)(?![\d.])")
_MAX_VALUES: Final = 200


def mask(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` with its varying parts replaced by placeholders, and the replaced values in placeholder order.

    Text that already holds something shaped like a placeholder is returned as it is.
    """
    if "zq" in text or "0.0.0." in text:
        return text, ()
    values: dict[str, int] = {}

    def placeholder(m: re.Match[str]) -> str:
        value = m.group(0)
        if m.lastgroup == "local" and value.lower() in _ROLES:
            return value
        k = values.get(value)
        if k is None:
            if len(values) >= _MAX_VALUES:
                return value
            k = values[value] = len(values)
        return f"0.0.0.{k}" if m.lastgroup == "ip" else f"zq{k}zq"

    masked = _PIECES.sub(placeholder, text)
    return masked, tuple(values)


def _restore(value: str, values: tuple[str, ...]) -> str:
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1) or m.group(2))], value)


def unmask(fields: Mapping[str, Any], values: tuple[str, ...]) -> dict[str, Any]:
    """A copy of the classifier's fields with the placeholders of every text field replaced by `values`."""
    out = dict(fields)
    for key in ("remote_host", "remote_ip"):
        if isinstance(out[key], str):
            out[key] = _restore(out[key], values)
    # Restored contacts can repeat one the list documents (the text's "tobr@" was masked when compared).
    out["delist"] = tuple(dict.fromkeys(_restore(c, values) for c in out["delist"]))
    bl = out["blocklist"]
    if bl is not None and any(("zq" in (v or "") or "0.0.0." in (v or "")) for v in (bl.id, bl.zone, bl.name)):
        zone = _restore(bl.zone, values) if bl.zone else None
        out["blocklist"] = bl.model_copy(
            update={"id": _restore(bl.id, values), "name": _restore(bl.name, values), "zone": zone}
        )
    return out
