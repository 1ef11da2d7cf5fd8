"""Round r51lso (issue 10): rows that only the case they were written from cited, now cited by a second source that
writes the same meaning (bench/leave_source_out.py reads the case without its own rows). Each tested in a wording
other than the corpus texts: the next wording of the meaning."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Access said to be denied, with its verb, names no cause: the connecting client refused (weak row).
        ("554 Sorry, access was denied.", Reason.BLOCKED),
        # A server not accepting connections refuses the client at the greeting.
        ("554 mail.example.org is not accepting connections at this time", Reason.BLOCKED),
        # A connection said to be refused, in a server's own reply: the client refused, not the network.
        ("451 4.7.0 Your connection was refused", Reason.BLOCKED),
        ("451 4.7.0 connection is refused by policy", Reason.BLOCKED),
        # The sending host said to be infected is refused as a likely bot, no virus found in a message.
        ("554 We think you may be infected, go away", Reason.BLOCKED),
        # French "émetteur" is the sender: the sender refused.
        ("550 Message refusé: émetteur non autorisé depuis l'extérieur", Reason.REJECTED),
    ],
)
def test_meaning_read(text: str, reason: Reason) -> None:
    assert parse_reply(text).reason is reason
