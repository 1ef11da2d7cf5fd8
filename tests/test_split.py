"""bench/split.py: the catalogue a translated notice comes from, whatever way its source is written."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from split import catalogue_key


def test_one_locale_catalogue_quoted_through_two_templates_is_one_key() -> None:
    a = "sympa 6.2.70 default/mail_tt2/list_unknown.tt2 + locale/fr/LC_MESSAGES/sympa.po (Debian package sympa)"
    b = "Debian sympa 6.2.70: mail_tt2/send_auth.tt2 with locale fr (sympa.mo)"
    assert catalogue_key(a) == catalogue_key(b) == "sympa:fr"


def test_one_repository_file_at_two_commits_and_in_prose_is_one_key() -> None:
    a = "https://github.com/bruceg/ezmlm-idx/blob/master/lang/id/messages"
    b = "ezmlm-idx (github bruceg/ezmlm-idx) lang/id/messages"
    c = "https://github.com/jaredmauch/mailman2-python3/blob/40eccb3/messages/pt_BR/LC_MESSAGES/mailman.po"
    d = "GNU Mailman 2.1 templates/pt_BR/refuse.txt (github jurov/gnu-mailman @ 86575db) + messages/pt_BR/x"
    assert catalogue_key(a) == catalogue_key(b) == "ezmlm-idx:id"
    assert catalogue_key(c) == catalogue_key(d) == "mailman:pt_br"


def test_locales_and_software_are_told_apart_and_plain_sources_have_none() -> None:
    assert catalogue_key("mlmmj 1.3.0-4 /usr/share/mlmmj/text.skel/cs/deny-post") == "mlmmj:cs"
    assert catalogue_key("Debian mlmmj 1.3.0-4: mlmmj-process with listtexts/de/deny-post") == "mlmmj:de"
    assert catalogue_key("https://github.com/osTicket/osTicket/blob/x/include/i18n/en_US/templates/email/a.yaml") \
        == "osticket:en_us"
    assert catalogue_key("https://postmaster.gmx.com/en/error-messages") is None
    assert catalogue_key("https://github.com/golang/go/issues/13819") is None
    assert catalogue_key("templates/email/ticket.yaml") is None
