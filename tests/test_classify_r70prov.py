"""Provider readings written from the tuning misses of round r70prov (corpus/replies/real/r70-r70prov-providers.jsonl),
each tested in wordings of our own.

- A host name in DNS's absolute form, ending with the root's dot ("mx.example.org."), as MX records and some MTAs'
  logs print it, names the same host: the remote host and the provider are read without the dot.
- KPN answers a blocked client with a page on its own help host (blacklist.kpnmail.nl): a page of KPN's own domain
  names KPN.
"""

from __future__ import annotations

import pytest

from bouncelib import parse_reply


@pytest.mark.parametrize(("text", "host", "provider"), [
    ("host mx1.seznam.cz. said: 550 5.7.1 we do not take your mail today", "mx1.seznam.cz", "seznam"),
    ("host mx2.wp.pl. [192.0.2.7]: 554 sorry, not accepted here", "mx2.wp.pl", "wp"),
])
def test_an_absolute_host_name_with_the_root_dot_is_the_same_host(text: str, host: str, provider: str) -> None:
    verdict = parse_reply(text)
    assert verdict.remote_host == host
    assert verdict.provider == provider


def test_a_reply_opened_by_its_server_name_in_absolute_form_names_the_provider() -> None:
    # The server's own name first, written with the root's dot (as a Go MTA logs the MX it asked).
    verdict = parse_reply("mx.libero.it. said: your address has no name in the DNS, go away")
    assert verdict.provider == "libero"


def test_a_sentence_ending_after_a_domain_does_not_name_a_server() -> None:
    # The dot that closes a sentence is not a root dot of a server's name: no host is read from it.
    assert parse_reply("550 Mail refused for example.org. Sorry.").remote_host is None


def test_a_page_on_kpns_help_host_names_kpn() -> None:
    verdict = parse_reply("421 Too many failed logins from your address, read http://blacklist.kpnmail.nl/Help/9 first")
    assert verdict.provider == "kpn"
    assert parse_reply("554 your IP is on our list, see blacklist.kpnmail.nl/Help/2.html").provider == "kpn"
