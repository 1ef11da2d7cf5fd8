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


@pytest.mark.parametrize(
    "text",
    [
        # Estonian: "only subscribers can write to this list".
        "Sellele listile saavad kirjutada ainult tellijad.",
        # Polish: "sending to the list is available only to its subscribers".
        "Wysyłanie na listę jest dostępne dla jej subskrybentów.",
        # Posting kept to the site's own domain, in English and Polish.
        "Posting to this list is restricted to local domain users.",
        "Wysyłanie na tę listę jest zastrzeżone dla użytkowników lokalnej domeny.",
    ],
)
def test_posting_kept_to_a_class_the_sender_is_not_in_refuses_the_sender(text: str) -> None:
    assert parse_reply(text).reason is Reason.REJECTED


def test_the_local_domain_users_alone_refuse_nothing() -> None:
    # The class named with no restriction to it says nothing of the sender.
    assert parse_reply("Welcome, local domain users: the list is open.").reason is not Reason.REJECTED
