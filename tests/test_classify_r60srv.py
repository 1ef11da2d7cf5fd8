"""Round r60srv: server replies in languages other than English (issue 10).

Every text here is our own wording, not a corpus row.
"""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        # Indonesian: "message refused because it exceeds the size of the user's mailbox".
        "Pesan ditolak karena melebihi ukuran kotak surat pengguna",
        # Indonesian, the size qualified: "the delivery would exceed the maximum mailbox size of bob".
        "550 pengiriman akan melebihi ukuran maksimum kotak surat milik bob",
        # Vietnamese: "cannot send: the letter exceeds the size of the user's mailbox".
        "Không thể gửi: thư vượt quá kích cỡ hộp thư của người dùng",
    ],
)
def test_a_size_owned_by_the_mailbox_is_its_storage_not_the_message(text: str) -> None:
    assert parse_reply(text).reason is Reason.MAILBOXFULL


@pytest.mark.parametrize(
    "text",
    [
        # The message's own size over the system's limit stays too big for the system.
        "552 5.3.4 message size exceeds the limit of this server",
        "Pesan ditolak: ukuran pesan melebihi batas server",
    ],
)
def test_the_message_size_over_a_system_limit_stays_too_big(text: str) -> None:
    assert parse_reply(text).reason is Reason.MESGTOOBIG
