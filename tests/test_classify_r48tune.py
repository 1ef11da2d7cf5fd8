"""Round r48tune (issue 10): meaning-level readings of tuning misses, tested in wordings of our own."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.708 Access denied: this IP address does not send traffic we accept. AS(7090) "
        "[AM0PR01MB1234.eurprd01.prod.outlook.com]",
        "host example-com.mail.protection.outlook.com[192.0.2.3] said: 550 5.7.708 Service unavailable, "
        "mail from your IP is not accepted right now",
    ],
)
def test_exchange_online_5_7_708_is_the_sending_ips_low_reputation(text: str) -> None:
    # Microsoft's NDR table: 5.7.708 is traffic from a low reputation IP address, not an IP on a list.
    reply = parse_reply(text)
    assert reply.reason is Reason.BADREPUTATION
    assert reply.rule == "provider-status:microsoft:5.7.708"
