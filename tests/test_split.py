"""bench/split.py and bench/accuracy.py: the catalogue a translated notice comes from, whatever way its source is
written, and the test cases that repeat a tuning case's text."""

from __future__ import annotations

import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import accuracy
from split import catalogue_key, part_of


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
    one = "PHPMailer 6.6.3 src/PHPMailer.php + language/phpmailer.lang-pt_br.php (Debian libphp-phpmailer 6.6.3-1)"
    other = "PHPMailer 6.6.3 (Debian package libphp-phpmailer 6.6.3-1) language/phpmailer.lang-pt_br.php"
    assert catalogue_key(one) == catalogue_key(other) == "phpmailer:pt_br"
    assert catalogue_key("https://postmaster.gmx.com/en/error-messages") is None
    assert catalogue_key("https://github.com/golang/go/issues/13819") is None
    assert catalogue_key("templates/email/ticket.yaml") is None


# The catalogues whose rows already fall on both sides, with how many source strings cite each (material of
# rounds before 35, one locale's catalogue quoted through several templates or citations; `bench/accuracy.py`
# reports the test part without their test rows too). Such a catalogue is closed: a new source citing it, on
# either side, adds a sibling across the split (round 35 rendered Mailman 3's reject template again under new
# citations, and rules drawn from the tuning copies read the test copies). A catalogue new to this table is a
# citation mistake in new material: cite it as its existing rows do (corpus/LABELING.md).
SPLIT_CATALOGUES_BEFORE_ROUND_35: dict[str, int] = {
    "mailman:ca": 4, "mailman:cs": 6, "mailman:da": 3, "mailman:de": 12, "mailman:en": 13, "mailman:es": 10,
    "mailman:fi": 5, "mailman:fr": 10, "mailman:hu": 4, "mailman:it": 11, "mailman:ja": 7, "mailman:ko": 2,
    "mailman:nl": 8, "mailman:pl": 4, "mailman:pt_br": 9, "mailman:ru": 7, "mailman:sv": 5, "mailman:tr": 6,
    "mailman:uk": 4, "mailman:zh_cn": 5, "mailscanner:ca": 9, "mailscanner:cz": 8, "mailscanner:de": 8,
    "mailscanner:dk": 3, "mailscanner:es": 7, "mailscanner:fr": 9, "mailscanner:hu": 5, "mailscanner:it": 7,
    "mailscanner:nl": 9, "mailscanner:pt_br": 8, "mailscanner:ro": 7, "mailscanner:se": 7, "mailscanner:sk": 6,
    "mlmmj:ast": 3, "mlmmj:cs": 5, "mlmmj:de": 5, "mlmmj:en": 6, "mlmmj:fr": 5, "mlmmj:it": 5, "mlmmj:zh_cn": 4,
    "sympa:ca": 4, "sympa:de": 6, "sympa:el": 4, "sympa:es": 5, "sympa:eu": 3, "sympa:fi": 3, "sympa:fr": 6,
    "sympa:gl": 4, "sympa:hu": 4, "sympa:ja": 5, "sympa:nb": 2, "sympa:nl": 4, "sympa:oc": 3, "sympa:pt_br": 3,
    "sympa:ro": 2, "sympa:ru": 6, "sympa:sv": 4, "sympa:tr": 2, "sympa:vi": 2,
}


def _corpus_sources() -> set[str]:
    files = [*sorted((ROOT / "corpus" / "replies" / "real").glob("*.jsonl")),
             ROOT / "corpus" / "postfix" / "real" / "lines.jsonl", ROOT / "corpus" / "wild" / "mail" / "labels.jsonl"]
    lines = (line for path in files for line in path.read_text(encoding="utf-8").splitlines())
    rows = (json.loads(line) for line in lines if line.strip())
    return {row["source"] for row in rows if row.get("source")}


def test_no_catalogue_falls_newly_on_both_sides_of_the_split() -> None:
    parts: dict[str, set[str]] = {}
    sources: dict[str, int] = {}
    for source in _corpus_sources():
        if (key := catalogue_key(source)) is not None:
            parts.setdefault(key, set()).add(part_of(source))
            sources[key] = sources.get(key, 0) + 1
    split = {key: sources[key] for key, sides in parts.items() if len(sides) == 2}
    grown = {key: count for key, count in split.items() if count > SPLIT_CATALOGUES_BEFORE_ROUND_35.get(key, 0)}
    assert grown == {}


def _case(part_source: str, text: str) -> accuracy.Case:
    return accuracy.Case("replies", text, part_source, text, {"reason": "userunknown"})


def _source_in(part: str) -> str:
    return next(s for i in range(1000) if part_of(s := f"https://example.org/thread/{i}") == part)


def test_a_test_case_repeating_a_tuning_text_is_a_twin_whatever_its_variable_parts() -> None:
    tune = _case(_source_in("tune"), "550 5.1.1 <ann@example.com>: no mailbox by that name (queue 4211)")
    twin = _case(_source_in("test"), "550 5.1.1 bob@example.net: No mailbox by that name, queue 77")
    other = _case(_source_in("test"), "550 5.1.1 <bob@example.net>: mailbox unavailable")
    kept = accuracy.without_tuning_twins([tune, twin, other])
    assert kept == [tune, other]


def test_a_text_too_short_to_tell_is_never_a_twin() -> None:
    assert accuracy.twin_key("550 <a@b.c>") == ""
    tune, test = _case(_source_in("tune"), "Invalid"), _case(_source_in("test"), "invalid.")
    assert accuracy.without_tuning_twins([tune, test]) == [tune, test]
