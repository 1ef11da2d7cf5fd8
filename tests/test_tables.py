"""The typed tables of bouncelib._data: well-formed, unique, every row sourced."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from bouncelib._classify._match import compile_phrase
from bouncelib._data import blocklists as bl
from bouncelib._data import providers as pv
from bouncelib._data import reasons as rs
from bouncelib._data import status_codes as sc
from bouncelib.models import Reason

_CLEAN = re.compile(r"\S(?:.*\S)?\Z")


def _dupes(items: list[str]) -> list[str]:
    return [k for k, n in Counter(items).items() if n > 1]


def test_phrases_are_lowercase_trimmed_and_unique() -> None:
    texts = [p.text for p in rs.PHRASES]
    assert _dupes(texts) == []
    for p in rs.PHRASES:
        assert p.text == p.text.lower(), p
        assert _CLEAN.match(p.text), p
        assert "  " not in p.text, p
        assert p.source, p
        compile_phrase(p.text)


def test_concept_terms_are_unique_and_tokenised_as_replies_are() -> None:
    from bouncelib._classify._concepts import sentences
    from bouncelib._data.concepts import TERMS

    assert _dupes([f"{t.concept}:{t.words}" for t in TERMS]) == []
    for t in TERMS:
        # A term is found only if it is written the way a reply is split into words.
        assert sentences(t.words) == [t.words.split()], t
        # Contractions are read spelt out ("doesn t" never reaches the terms).
        assert sentences(t.words.replace("n t ", "n't ")) == [t.words.split()], t


def test_invalid_is_a_narrower_unknown() -> None:
    # INVALID names the words of UNKNOWN that say invalid / not valid / incorrect (round r67inv): each stays an
    # UNKNOWN term (its source comment is there, and every pair with UNKNOWN still reads it).
    from bouncelib._data.concepts import TERMS

    unknown = {t.words for t in TERMS if t.concept == "UNKNOWN"}
    assert sorted(t.words for t in TERMS if t.concept == "INVALID" and t.words not in unknown) == []


def test_language_tags_name_terms_and_languages_of_the_fixed_list() -> None:
    from concept_languages import LANGUAGES, languages_of

    from bouncelib._data.concepts import TERM_LANGUAGES, TERMS

    terms = set(TERMS)
    for term, languages in TERM_LANGUAGES.items():
        # A tag names a term the classifier reads; the languages are codes of bench/concept_languages.py
        # (a word of a language outside the list may carry its code too: Catalan, Basque, ...).
        assert term in terms, term
        assert languages, term
        assert all(len(code) == 2 and code.islower() for code in languages), term
        assert languages_of(term) == set(languages), term
    assert {"bg", "id", "ko", "lt", "lv", "uk", "vi"} <= {c for ls in TERM_LANGUAGES.values() for c in ls}
    assert len(LANGUAGES) == 34


def test_every_reason_has_a_description_and_a_rank() -> None:
    assert set(rs.DESCRIPTIONS) == set(Reason)
    assert all(d.endswith(".") and len(d) > 20 for d in rs.DESCRIPTIONS.values())
    assert sorted(rs.PRIORITY) == sorted(Reason)
    assert len(rs.PRIORITY) == len(set(rs.PRIORITY))


def test_providers_unique_and_hosts_lowercase() -> None:
    ids = [p.id for p in pv.PROVIDERS]
    assert _dupes(ids) == []
    assert _dupes([h for p in pv.PROVIDERS for h in p.hosts]) == []
    assert _dupes([m for p in pv.PROVIDERS for m in p.markers]) == []
    for p in pv.PROVIDERS:
        assert p.source, p
        assert all(h == h.lower() and "." in h for h in p.hosts), p
        assert all(m == m.lower() for m in p.markers), p


def test_provider_rules_reference_known_providers() -> None:
    ids = {p.id for p in pv.PROVIDERS}
    assert {r.provider for r in pv.RULES} <= ids
    assert {r.provider for r in pv.CODE_RULES} - {None} <= ids  # None: an MTA's codes, whoever runs it
    assert {r.provider for r in pv.STATUS_RULES} <= ids
    assert _dupes([f"{r.provider}:{r.phrase}" for r in pv.RULES]) == []
    for r in pv.RULES:
        assert r.phrase == r.phrase.lower(), r
        assert r.source, r


def test_code_rules_compile_with_one_group_and_derived_literals() -> None:
    from bouncelib._classify._codes import required_literals

    families = [rule.family for rule in pv.CODE_RULES]
    assert _dupes(families) == []
    for rule in pv.CODE_RULES:
        pattern = re.compile(rule.pattern)
        assert pattern.groups == 1, rule.family
        assert all(code == code.lower() for code in rule.codes), rule.family
        # The pre-test literals are derived from the pattern, and every code the family maps matches it
        # with one of them in the text: the pre-test never hides a code.
        needles = required_literals(rule.pattern)
        assert needles, rule.family
        for code in rule.codes:
            hits = [m for m in pattern.finditer(f"x {_sample(rule.family, code)} x") if m.group(1) == code]
            assert hits, (rule.family, code)
            assert any(n in hits[0].group(0) for n in needles), (rule.family, code)


def _sample(family: str, code: str) -> str:
    """How a family writes one of its codes (the shapes of their documentation)."""
    return {
        "yahoo": f"[{code}]",
        "apple": f"[{code}]",
        "orange": f"ofr006_{code}",
        "laposte": f"lpn007_{code}",
        "godaddy": f"ib{code}",
        "t-online": f"({code})",
        "spectrum": f"aup#i-{code}",
        "microsoft": f"({code})",
        "exchange-ims": f"({code})",
        "united-internet": f"?c={code}",
        "yahoo-deferral": f"deferred - {code}",
        "strato": f"no spam please! ({code})",
        "trendmicro-ers": f"recipient address rejected: ers-{code}",
    }.get(family, code)


def test_status_rules_are_valid_codes() -> None:
    for rule in pv.STATUS_RULES:
        assert all(re.fullmatch(r"[245]\.\d{1,3}\.\d{1,3}", s) for s in rule.statuses), rule


def test_blocklists_unique_and_code_lists_known() -> None:
    ids = [row.id for row in bl.BLOCKLISTS]
    assert _dupes(ids) == []
    assert _dupes([z for row in bl.BLOCKLISTS for z in row.zones]) == []
    assert _dupes([m for row in bl.BLOCKLISTS for m in row.markers]) == []
    assert set(bl.CODE_LISTS.values()) <= set(ids)
    for row in bl.BLOCKLISTS:
        assert all((row.source, row.name, row.operator)), row.id
        assert all(m == m.lower() for m in row.markers), row.id


def test_blocklist_ids_are_the_shared_reference_ids(shared_dir: Path) -> None:
    """The ids are those of the shared folder's reference/blocklists.json where it has the list (skipped without
    the folder, failed in CI)."""
    path = shared_dir / "reference" / "blocklists.json"
    reference = {entry["id"] for entry in json.loads(path.read_text(encoding="utf-8"))}
    ours = {row.id for row in bl.BLOCKLISTS}
    assert len(ours & reference) >= 30
    # A list the reference lacks (URIBL, SURBL) cites its operator's own page instead.
    assert all(row.source.startswith("https://") for row in bl.BLOCKLISTS if row.id not in reference)


def test_status_registry_rows() -> None:
    codes = [c.code for c in sc.CODES]
    assert _dupes(codes) == []
    for c in sc.CODES:
        subject, detail = c.code.split(".")
        assert int(subject) in sc.SUBJECTS, c
        assert 0 <= int(detail) < 1000, c
        assert all((c.title, c.source)), c
    assert all(re.fullmatch(r"0\.9\d\d", k) for k in sc.PSEUDO)


# -- provenance: every row says where it comes from, and never from the cases written to test it -------------
def _sources() -> list[tuple[str, str]]:
    from bouncelib._data import concepts as cn

    rows: list[tuple[str, str]] = [(f"phrase {p.text!r}", p.source) for p in rs.PHRASES]
    rows += [(f"provider rule {r.phrase!r}", r.source) for r in pv.RULES]
    rows += [(f"code family {r.family}", r.source) for r in pv.CODE_RULES]
    rows += [(f"status rule {r.provider}", r.source) for r in pv.STATUS_RULES]
    rows += [(f"blocklist {r.id}", r.source) for r in bl.BLOCKLISTS]
    rows += [(f"provider {p.id}", p.source) for p in pv.PROVIDERS]
    rows += [(f"concept rule {r.subject}+{r.predicate}", r.source) for r in cn.RULES]
    rows += [(f"status {c.code}", c.source) for c in sc.CODES]
    return rows


def test_every_table_row_has_a_real_source() -> None:
    bad = [(what, src) for what, src in _sources() if len(src) < 8 or "corpus/" in src or "shared/reference" in src]
    assert bad == []


def test_provider_rules_carry_a_reply_of_their_provider() -> None:
    # Sisimai's practice: the provider's own message beside the row that reads it.
    for rule in pv.RULES:
        pattern = compile_phrase(rule.phrase)
        example = " ".join(rule.example.lower().split()).removesuffix(" ...")
        assert pattern.search(example), (rule.phrase, rule.example)


#: Phrases that contain another reason's phrase on purpose: the longer wording refines the meaning
#: and wins (outermost match). A new containment must be added here deliberately.
INTENDED_CONTAINMENTS = {
    ("client host rejected", "client host rejected: cannot find your"),
    ("listed in", "not listed in domino directory"),
    ("spam", "bloquee pour incident de spam"),
    ("unsolicited mail", "unusual rate of unsolicited mail"),
    ("too many messages", "too many messages in this connection"),
    ("too many messages", "too many messages on the server"),
    ("frequency limited", "connection frequency limited"),
    ("frequency limited", "ip frequency limited"),
    ("null mx", "sender address has null mx"),
    ("timeout", "retry timeout exceeded"),
    ("lookup failure", "temporary lookup failure"),
    ("lookup failure", "user lookup failure"),
    ("lookup failure", "recipient lookup failure"),
    ("dkim", "dkim signing error"),
    ("dkim", "failed to dkim sign"),
    ("dkim", "could not dkim sign"),
    ("virus", "spam or virus"),
    ("virus", "virus or spam"),
    ("virus", "spam/virus"),
    ("virus", "virus/spam"),
    # Content refused because it *may* carry malware names no virus found: the precaution is the policy (r54pol).
    ("viruses", "may contain viruses"),
    ("virus", "may contain a virus"),
    ("malware", "may contain malware"),
    ("viruses", "might contain viruses"),
    ("virus", "might contain a virus"),
    ("malware", "might contain malware"),
    ("viruses", "could contain viruses"),
    ("virus", "could contain a virus"),
    ("malware", "could contain malware"),
}


def test_no_phrase_shadows_another_reasons_phrase_unless_intended() -> None:
    def words(text: str) -> tuple[str, ...]:
        return tuple(re.findall(r"[^\W_]+|\*", text.lower()))

    strong = [p for p in rs.PHRASES if not p.weak]
    found = set()
    for inner in strong:
        a = words(inner.text)
        for outer in strong:
            b = words(outer.text)
            if inner.reason is not outer.reason and len(b) > len(a) and any(
                b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1)
            ):
                found.add((inner.text, outer.text))
    assert found == INTENDED_CONTAINMENTS
