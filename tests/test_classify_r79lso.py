"""Round r79lso: rules that read several sources (leave-source-out), each asserted on wordings of its meaning."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    [
        "501 5.5.4 Unknown RCPT TO:<> parameter: XFOO=1",
        "501 Unable to parse RCPT ESMTP options",
        "555 5.5.4 Unknown MAIL FROM:<> argument: XFOO=1",
    ],
)
def test_a_commands_parameter_is_the_parameter(text: str) -> None:
    # A command word and a parameter word, whichever of each: the parameter is refused, not the sender or the
    # recipient the command's name would otherwise be read as.
    reply = parse_reply(text)
    assert reply.reason is Reason.SYNTAXERROR
    assert reply.rule is not None
    assert reply.rule.startswith("concept:PARAM+")


@pytest.mark.parametrize(
    "text", ["550 exceeded hour limit", "450 4.7.1 you exceeded your monthly limit", "550 weekly message cap hit"]
)
def test_a_limit_named_by_its_span_is_a_rate(text: str) -> None:
    # The span of time as noun or adjective: one rule.
    reply = parse_reply(text)
    assert reply.reason is Reason.SPEEDING
    assert reply.rule == "concept:TIMEUNIT+LIMIT_WORD"
