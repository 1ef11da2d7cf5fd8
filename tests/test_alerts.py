"""``--on EVENT-FILTER --exec CMD``: the filter words, their one-line errors, rate windows, and real commands."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bouncelib._log.alerts import EventFilter, RateLimit, parse_rate
from bouncelib.cli import main
from bouncelib.errors import InputError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SAMPLE = CORPUS / "sample" / "mail.log"
ARGS = ["--year", "2025", "--tz", "Europe/Berlin"]

REC = {
    "source": "postfix", "kind": "delivery", "status": "bounced", "reason": "blocked", "provider": "microsoft",
    "blocklist": "microsoft-eop", "recipient": "carol@example.org", "smtp_code": 550, "permanent": True,
    "hard_bounce": False, "delist": ["delist@messaging.microsoft.com", "https://sender.office.com/"],
    "text": "550 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using Blocklist 1", "sender": "",
    "message_id": None,
}  # fmt: skip


@pytest.mark.parametrize(("words", "matches"), [
    ("blocklist", True),
    ("!blocklist", False),
    ("message_id", False),
    ("!message_id", True),
    ("sender", False),  # the null sender is empty: not set
    ("reason=blocked", True),
    ("reason=BLOCKED provider=microsoft", True),
    ("reason=blocked provider=google", False),
    ("status=deferred,bounced", True),
    ("provider!=google,yahoo", True),
    ("provider!=microsoft", False),
    ("recipient=*@example.org", True),
    ("recipient=*@example.net", False),
    ("delist=https://sender.*", True),  # a list field matches when one item does
    ("text~'blocklist [0-9]'", True),
    ("text~spamhaus", False),
    ("smtp_code>=500", True),
    ("smtp_code<500", False),
    ("permanent hard_bounce=false", True),
    ("kind=deliv*", True),
])  # fmt: skip
def test_filter_words(words: str, matches: bool) -> None:
    assert EventFilter(words).matches(REC) is matches


@pytest.mark.parametrize(("words", "error"), [
    ("reasn=blocked", "--on 'reasn=blocked': unknown field 'reasn'; fields: "),
    ("blocked", "--on 'blocked': unknown field 'blocked' (did you mean reason=blocked?); fields: "),
    ("bounced", "--on 'bounced': unknown field 'bounced' (did you mean status=bounced?); fields: "),
    ("reason=blocklisted", "--on 'reason=blocklisted': unknown reason 'blocklisted'; known: "),
    ("kind=bounce", "--on 'kind=bounce': unknown kind 'bounce'; known: "),
    ("smtp_code>=five", "--on 'smtp_code>=five': >= needs a number, not 'five'"),
    ("text~(unclosed", "--on 'text~(unclosed': bad regular expression (missing ) at position 9)"),
    ("=x", "--on '=x': a field name is missing before '='"),
    ("provider=", "--on 'provider=': an empty value (write the field alone to test that it is set, !field unset)"),
    ("text~'open", "--on \"text~'open\": No closing quotation"),
])  # fmt: skip
def test_filter_errors_are_one_clear_line(words: str, error: str) -> None:
    with pytest.raises(InputError) as info:
        EventFilter(words)
    message = str(info.value)
    assert message.startswith(error)
    assert "\n" not in message


def test_a_pattern_that_runs_too_long_is_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    slow = EventFilter("text~'(?:a|aa)+b'")  # exponential backtracking, even for the regex package
    rec = {**REC, "text": "a" * 60}
    assert slow.matches(rec) is False
    assert slow.matches(rec) is False
    assert capsys.readouterr().err.count("took too long") == 1  # said once


@pytest.mark.parametrize(("text", "expected"), [
    ("5/10", (5, 600.0)), ("1/24h", (1, 86400.0)), ("3/30s", (3, 30.0)), ("2/1d", (2, 86400.0)),
])  # fmt: skip
def test_parse_rate(text: str, expected: tuple[int, float]) -> None:
    assert parse_rate(text) == expected


@pytest.mark.parametrize("text", ["5", "0/10", "5/0", "x/10", "5/-1", "5/10y"])
def test_bad_rates(text: str) -> None:
    with pytest.raises(InputError, match=r"^--rate '.*': expected N/M"):
        parse_rate(text)


def test_rate_window_fires_once_per_window_and_group() -> None:
    rate = RateLimit(3, 600)
    fired = [(t, g) for t, g in [(0, "a"), (10, "a"), (20, "b"), (30, "a"), (40, "a"), (50, "a"), (60, "a"),
                                 (650, "a"), (700, "a"), (1300, "a"), (1310, "a")]
             if rate.hit((g,), t)]  # fmt: skip
    # a: the 3rd event within 10 minutes fires (t=30); then quiet until t=630; 650, 700 and 1300 are not three
    # within 10 minutes of each other... 650 and 700 count, 1300 starts over with 700 dropped; b never reaches 3.
    assert fired == [(30, "a")]
    assert rate.hit(("a",), 1320) is True  # 1300, 1310, 1320


def _sink(tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / "alerts.jsonl"
    script = ("import json, os, sys; rec = json.load(sys.stdin); rec['env'] = {k: v for k, v in "
              "os.environ.items() if k.startswith('BOUNCELIB_ALERT_')}; "
              "open(sys.argv[1], 'a').write(json.dumps(rec) + chr(10))")
    return out, f'{sys.executable} -c "{script}" {out}'


def _alerts(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_exec_runs_once_per_matching_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, command = _sink(tmp_path)
    assert main(["log", *ARGS, "--on", "blocklist", "--on", "status=bounced", "--exec", command, str(SAMPLE)]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = [r for r in printed if r["blocklist"] and r["status"] == "bounced"]
    got = _alerts(out)
    assert len(got) == len(expected) > 0
    # The commands run in parallel (at most 4 at once): compare as sets of whole records.
    assert sorted(json.dumps({k: v for k, v in r.items() if k != "env"}, sort_keys=True) for r in got) == sorted(
        json.dumps(r, sort_keys=True) for r in expected)
    assert {json.dumps(r["env"]) for r in got} == {json.dumps({"BOUNCELIB_ALERT_FILTER": "blocklist status=bounced"})}


def test_exec_with_a_rate_runs_once_per_window(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, command = _sink(tmp_path)
    assert main(["log", *ARGS, "--status", "reject", "--on", "blocklist", "--rate", "2/1d", "--by", "blocklist",
                 "--exec", command, str(SAMPLE)]) == 0  # fmt: skip
    rejects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    per_list: dict[str, int] = {}
    for r in rejects:
        if r["blocklist"]:
            per_list[r["blocklist"]] = per_list.get(r["blocklist"], 0) + 1
    got = _alerts(out)
    # The sample spans less than a day: one alert per list that refused at least twice, at its second refusal.
    assert sorted(r["blocklist"] for r in got) == sorted(name for name, n in per_list.items() if n >= 2)  # type: ignore[type-var]
    assert {r["env"]["BOUNCELIB_ALERT_COUNT"] for r in got} == {"2"}  # type: ignore[index]
    assert {r["env"]["BOUNCELIB_ALERT_WINDOW"] for r in got} == {"86400"}  # type: ignore[index]
    assert sorted(r["env"]["BOUNCELIB_ALERT_GROUP"] for r in got) == sorted(  # type: ignore[index]
        f"blocklist={r['blocklist']}" for r in got)


def test_a_failing_command_is_logged_and_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["log", *ARGS, "--on", "status=bounced", "--exec", f"{sys.executable} -c 'raise SystemExit(3)'",
               str(SAMPLE)])  # fmt: skip
    out, err = capsys.readouterr()
    assert rc == 0
    bounced = sum(1 for line in out.splitlines() if json.loads(line)["status"] == "bounced")
    lines = err.splitlines()
    assert len(lines) == bounced > 0
    assert set(lines) == {f"bouncelib log: alert: \"{sys.executable} -c 'raise SystemExit(3)'\" exited with status 3"}


def test_a_command_that_cannot_start_is_logged(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", *ARGS, "--on", "reason=blocked", "--exec", "/nonexistent/pager --now", str(SAMPLE)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err
    assert set(err) == {
        "bouncelib log: alert: cannot run '/nonexistent/pager --now': No such file or directory"}


def test_no_shell_unless_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    marker = tmp_path / "shell-ran"
    # Without --shell the ";" is an argument of echo, not a command separator: no file is made.
    assert main(["log", *ARGS, "--on", "reason=blocked", "--exec", f"echo ; touch {marker}", str(SAMPLE)]) == 0
    assert not marker.exists()
    assert main(["log", *ARGS, "--on", "reason=blocked", "--shell", "--exec", f"cat > /dev/null; touch {marker}",
                 str(SAMPLE)]) == 0  # fmt: skip
    assert marker.exists()
    capsys.readouterr()


@pytest.mark.parametrize(("argv", "error"), [
    (["--on", "blocklist"], "--on needs --exec CMD (what to run for the matching records)"),
    (["--rate", "2/10", "--exec", "true", "--on", "blocklist", "--by", "nope"],
     "--on '--by nope': unknown field 'nope'; fields: "),
    (["--by", "provider", "--exec", "true"], "--by goes with --rate"),
    (["--shell"], "--shell goes with --exec"),
    (["--exec", "true", "--rate", "often"], "--rate 'often': expected N/M, N events in M minutes (e.g. 5/10, 1/24h)"),
])  # fmt: skip
def test_alert_option_errors(argv: list[str], error: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", *ARGS, *argv, str(SAMPLE)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"bouncelib log: error: {error}")
    assert err.count("\n") == 1


def test_rate_uses_event_time() -> None:
    rate = RateLimit(2, 60)
    t0 = datetime(2025, 3, 6, tzinfo=UTC)
    assert [rate.hit((), (t0 + timedelta(seconds=s)).timestamp()) for s in (0, 59, 61, 200, 230)] == [
        False, True, False, False, True]  # fmt: skip
