"""The text report of `bouncelib.trends.Summary` (``log --summary``, ``mail --summary``) over flat records."""

from __future__ import annotations

from datetime import UTC, datetime

from bouncelib.models import empty_record
from bouncelib.trends import Summary, summarize


def _rec(**fields: object) -> dict[str, object]:
    rec = empty_record("postfix")
    rec.update(fields)
    return rec


RECORDS = [
    _rec(kind="delivery", status="sent", reason="delivered", remote_host="mx.example.com",
         timestamp=datetime(2025, 3, 1, 10, tzinfo=UTC)),
    _rec(kind="delivery", status="bounced", reason="userunknown", remote_host="mx.example.com", provider="google",
         timestamp=datetime(2025, 3, 1, 11, tzinfo=UTC)),
    # Our own smtpd refusing a listed client: an inbound rejection, never a delisting task of ours.
    _rec(kind="reject", status="reject", reason="blocked", blocklist="spamhaus-zen", blocklist_name="Spamhaus ZEN",
         delist=["https://www.spamhaus.org/query/ip/198.51.100.1"], client_host="unknown",
         timestamp=datetime(2025, 3, 2, 9, tzinfo=UTC)),
    # Outlook refusing our mail: an outbound blocklisting, with the contact the reply gave.
    _rec(kind="delivery", status="bounced", reason="blocked", blocklist="microsoft-eop",
         blocklist_name="Microsoft Blocklist 1", delist=["delist@messaging.microsoft.com"],
         remote_host="example-com.mail.protection.outlook.com", provider="microsoft",
         timestamp=datetime(2025, 3, 2, 10, tzinfo=UTC)),
    _rec(source="dsn", status=None, action="failed", reason="mailboxfull", remote_host="mx.example.net"),
]  # fmt: skip


def test_counts() -> None:
    d = summarize(RECORDS).as_dict()
    assert d["records"] == 5
    assert d["by_status"] == {"bounced": 2, "sent": 1, "reject": 1, "failed": 1}
    assert d["by_kind"] == {"delivery": 3, "reject": 1, "dsn": 1}
    assert d["reasons"] == {"userunknown": 1, "blocked": 2, "mailboxfull": 1}  # successes left out
    assert d["blocklists"] == [
        {"blocklist": "microsoft-eop", "name": "Microsoft Blocklist 1", "hits": 1,
         "delist": ["delist@messaging.microsoft.com", "https://sender.office.com/"]},
    ]  # fmt: skip
    assert d["inbound_blocklists"] == {"spamhaus-zen": 1}
    assert d["remote_hosts"] == {"mx.example.com": 1, "example-com.mail.protection.outlook.com": 1,
                                 "mx.example.net": 1}  # fmt: skip
    assert d["providers"] == {"google": 1, "microsoft": 1}
    assert d["per_day"] == {"2025-03-01": {"sent": 1, "bounced": 1}, "2025-03-02": {"reject": 1, "bounced": 1},
                            "unknown": {"failed": 1}}  # fmt: skip


def test_render_and_merge() -> None:
    a = summarize(RECORDS[:2])
    b = summarize(RECORDS[2:])
    merged = Summary().merge(a).merge(b)
    assert merged.as_dict() == summarize(RECORDS).as_dict()
    text = merged.render_text()
    outbound = text.split("Blocklists that hit")[1].split("\n\n")[0]
    assert "microsoft-eop (Microsoft Blocklist 1)" in outbound
    assert "delist: delist@messaging.microsoft.com" in outbound
    assert "spamhaus" not in outbound
    inbound = text.split("Rejected by our blocklist checks")[1].split("\n\n")[0]
    assert "spamhaus-zen" in inbound
    assert "delist" not in inbound
    assert "2025-03-02" in text
    assert "(none)" in Summary().render_text()
