"""Which blocklist a reply names, whether it is a DNSBL error answer, and the delisting contacts it gives."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from bouncelib._classify._extract import urls_and_emails
from bouncelib._classify._match import WORD, PhraseIndex, suffix_lookup
from bouncelib._data.blocklists import (
    BLOCKLISTS,
    CODE_LISTS,
    DELIST_HOSTS,
    DELIST_PATH_WORDS,
    MISCONFIGURED,
    BlocklistRow,
)
from bouncelib.models import Blocklist

__all__ = ["delist_contacts", "find_blocklist"]

_BY_ID: Final[dict[str, BlocklistRow]] = {row.id: row for row in BLOCKLISTS}
_BY_ZONE: Final[dict[str, BlocklistRow]] = {z: row for row in BLOCKLISTS for z in row.zones}
_DELIST_HOSTS: Final[dict[str, str]] = {h: h for h in DELIST_HOSTS}
_MARKERS: Final = PhraseIndex((row.id, marker) for row in BLOCKLISTS for marker in row.markers)

# Postfix reject_rbl_client: "Client host [192.0.2.1] blocked using zen.spamhaus.org";
# other MTAs: "listed in/at/on/by <zone>", "is in a black list at <zone>".
_ZONE = re.compile(
    r"\b(?:blocked using|(?:black ?listed|block ?listed|listed) (?:in|at|on|by)|black ?list at|rejected by)"
    r" (?:the )?([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){1,8})")
_ZONE_TRIGGERS: Final = frozenset({"using", "listed", "blacklisted", "blocklisted", "blacklist", "list", "by"})
_MISCONFIGURED_WORDS: Final = frozenset(w for p in MISCONFIGURED for w in WORD.findall(p))
_NUMERIC = re.compile(r"[\d.]+\Z")
_REMOVAL_CONTEXT = re.compile(
    r"remov|delist|de-list|unblock|unlist|reset|forward this message|contact|report details|write to|"
    r"request|send (?:an? )?(?:e-?mail|request)")


def _zone_row(zone: str) -> BlocklistRow | None:
    row = _BY_ZONE.get(zone)
    if row is not None:
        return row
    # Subscriber-keyed zones: "<key>.zen.dq.spamhaus.net".
    for known, r in _BY_ZONE.items():
        if zone.endswith("." + known):
            return r
    return None


def _model(row: BlocklistRow, zone: str | None, misconfigured: bool) -> Blocklist:
    return Blocklist(
        id=row.id,
        name=row.name,
        zone=zone or (row.zones[0] if len(row.zones) == 1 else None),
        operator=row.operator,
        delist_url=row.delist_url,
        delist_email=row.delist_email,
        receiver_misconfigured=misconfigured,
    )


def find_blocklist(
    low: str, words: set[str], codes: list[tuple[str, str]], status_list: str | None
) -> Blocklist | None:
    """The list a reply names, from its zone, its wording, a provider code, or (`status_list`) the
    list a provider's own status code stands for."""
    # Word-set tests first: most replies name no list and no resolver error at all.
    misconfigured = not _MISCONFIGURED_WORDS.isdisjoint(words) and any(p in low for p in MISCONFIGURED)
    zone: str | None = None
    zm = _ZONE.search(low) if not _ZONE_TRIGGERS.isdisjoint(words) else None
    if zm:
        candidate = zm.group(1).rstrip(".-")
        if not _NUMERIC.match(candidate) and "." in candidate:
            zone = candidate
            row = _zone_row(zone)
            if row is not None:
                return _model(row, zone, misconfigured)
    hits = _MARKERS.find(low, words)
    if hits:
        # The longest marker names the most specific list ("spamhaus sbl" over "spamhaus").
        best = max(hits, key=lambda h: (h.end - h.start, -h.start))
        return _model(_BY_ID[best.key], zone, misconfigured)
    for prov, code in codes:
        list_id = CODE_LISTS.get((prov, code))
        if list_id is not None:
            return _model(_BY_ID[list_id], zone, misconfigured)
    if status_list is not None:
        return _model(_BY_ID[status_list], zone, misconfigured)
    if zone is not None:
        return Blocklist(id=zone, name=zone, zone=zone, receiver_misconfigured=misconfigured)
    if misconfigured and "spamhaus" in low:
        return _model(_BY_ID["spamhaus"], None, True)
    return None


def _url_counts(url: str) -> bool:
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    if suffix_lookup(host, _DELIST_HOSTS) is not None:
        return True
    rest = (parts.path + "?" + parts.query).lower()
    return any(w in rest for w in DELIST_PATH_WORDS)


def delist_contacts(flat: str, blocking: bool) -> list[str]:
    """Removal/lookup URLs and addresses written in the reply, in order, as written.

    A URL counts when it is a blocklist's page (by host), or its path says it is a
    lookup/removal page, or (in a blocking reply) removal wording precedes it. An
    address counts only in a blocking reply, when removal or contact wording
    precedes it, and never when written in angle brackets (that is the bounced
    recipient or the sender).
    """
    if "://" not in flat and not (blocking and "@" in flat):
        return []  # addresses count only in a blocking reply; most replies stop here
    out: list[str] = []
    low = flat.lower()
    for pos, item, is_url in urls_and_emails(flat):
        before = low[max(0, pos - 90) : pos]
        if is_url:
            ok = _url_counts(item) or (blocking and _REMOVAL_CONTEXT.search(before) is not None)
        else:
            bracketed = pos > 0 and flat[pos - 1] in "<["
            local = item.split("@", 1)[0].lower()
            ok = blocking and not bracketed and (
                local in {"delist", "removal", "remove", "unblock", "unlist", "blocklist", "blacklist", "rbl"}
                or _REMOVAL_CONTEXT.search(before) is not None)
        if ok and item not in out:
            out.append(item)
    return out
