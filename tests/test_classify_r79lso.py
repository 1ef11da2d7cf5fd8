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


@pytest.mark.parametrize(
    "text",
    [
        "550 HELO name has too many dots",
        "550 your HELO [localhost] is wrong",
        "554 HELO name looks like an end-user host",
    ],
)
def test_a_refusal_naming_the_helo_name_is_the_sending_hosts(text: str) -> None:
    # Nothing stronger read: the judgement is of the client's greeting, the sending host (corpus/LABELING.md).
    reply = parse_reply(text)
    assert reply.reason is Reason.BLOCKED
    assert reply.rule == "concept:HELO"


@pytest.mark.parametrize("text", ["503 5.0.0 Polite people say HELO first", "503 Error: send HELO first"])
def test_a_sequence_code_about_helo_is_not_the_sending_host(text: str) -> None:
    # RFC 5321's 503: the command out of place, a protocol matter, not a judgement of the host.
    assert parse_reply(text).reason is Reason.SYNTAXERROR
