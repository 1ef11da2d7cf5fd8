"""Round r82en: meanings read on sources nobody wrote a row from (leave-source-out, English)."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize(
    "text",
    ["550 5.7.1 Message refused by our security policy", "554 Rejected due to security policies of this site"],
)
def test_a_security_policy_named_alone_is_the_sites_policy(text: str) -> None:
    # Sisimai's "security policy" securityerror row is dropped: every tuning reply naming a site's security policy is
    # labelled policyviolation (or by the rule it applied), none securityerror.
    assert parse_reply(text).reason is Reason.POLICYVIOLATION
