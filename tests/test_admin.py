"""Issue 13: what an admin sees is right. One test (or more) per numbered finding, then the three summaries agree."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import bouncelib
from bouncelib import RECORD_KEYS, InputError, trends
from bouncelib._vocab import DIRECTIONS
from bouncelib.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "sample" / "mail.log"
DSN = ROOT / "corpus" / "dsn"
S = "Dec  4 10:00:0{n} mx postfix/{prog}[1{n}]: "
# Our smtpd refusing a client listed on Spamhaus (inbound), and a remote server refusing our mail because *our*
# address is on Spamhaus (outbound).
INBOUND = (S.format(n=1, prog="postscreen") + "NOQUEUE: reject: RCPT from [198.51.100.7]:4242: 550 5.7.1 Service "
           "unavailable; client [198.51.100.7] blocked using zen.spamhaus.org; from=<spam@example.net>, "
           "to=<us@example.com>, proto=ESMTP, helo=<spam.example.net>")  # fmt: skip
OUTBOUND = (S.format(n=2, prog="smtp") + "A1B2C3D4E5: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, "
            "delay=1, delays=0/0/0.5/0.5, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.25] said: 554 5.7.1 "
            "Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; "
            "https://www.spamhaus.org/query/ip/203.0.113.9 (in reply to RCPT TO command))")  # fmt: skip
LOCAL = (S.format(n=3, prog="lmtp") + "B1B2C3D4E5: to=<ann@example.com>, relay=mail[private/dovecot-lmtp], delay=0.1, "
         "delays=0/0/0/0.1, dsn=2.0.0, status=sent (250 2.0.0 <ann@example.com> Saved)")  # fmt: skip
FILTER = (S.format(n=4, prog="smtp") + "C1B2C3D4E5: to=<ann@example.com>, relay=127.0.0.1[127.0.0.1]:10024, "
          "delay=0.2, delays=0/0/0/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as D1B2C3D4E5)")  # fmt: skip


def _summary(lines: list[str]) -> trends.Summary:
    return trends.summarize(bouncelib.read_log(lines, year=2025, tz="UTC", kinds="all"))


# -- 1. directions; blocklist incidents are outbound refusals only --------------------------------------------------
def test_1_every_record_has_a_direction() -> None:
    assert "direction" in RECORD_KEYS
    assert "year_inferred" in RECORD_KEYS
    recs = [r.to_record() for r in bouncelib.read_log(str(SAMPLE), year=2025, tz="UTC", kinds="all")]
    assert recs
    assert {r["direction"] for r in recs} == set(DIRECTIONS)
    by_line = {ln: bouncelib.parse_log_line(ln, year=2025, tz="UTC") for ln in (INBOUND, OUTBOUND, LOCAL, FILTER)}
    recs = [r for r in by_line.values() if r is not None]
    assert [r.direction for r in recs] == ["inbound", "outbound", "local", "local"]
    assert [r.to_record()["direction"] for r in recs] == ["inbound", "outbound", "local", "local"]
    assert recs[0].to_model().direction == "inbound"
    report = bouncelib.parse_message(DSN / "postfix" / "outlook-blocklist1.eml")
    assert {r["direction"] for r in report.to_records()} == {"outbound"}


def test_1_inbound_list_rejects_are_their_own_section_without_delisting() -> None:
    s = _summary([INBOUND, OUTBOUND])
    incidents = s.blocklist_incidents()
    assert [(i.blocklist, i.hits, i.recipients) for i in incidents] == [("spamhaus-zen", 1, ("bob@example.org",))]
    assert dict(s.inbound_lists) == {"spamhaus-zen": 1}
    assert dict(s.inbound_clients) == {"198.51.100.7": 1}
    text = s.render_text()
    inbound = text.split("Rejected by our blocklist checks (inbound clients)", 1)[1].split("Top 10 remote", 1)[0]
    assert "198.51.100.7" in inbound
    assert "delist" not in inbound
    assert "http" not in inbound
    # Only our own smtpd's refusal: no incident at all, no remote host that "refuses".
    alone = _summary([INBOUND])
    assert alone.blocklist_incidents() == []
    assert alone.top_remote_hosts().rows == []
    page = bouncelib.report_html(bouncelib.read_log([INBOUND], year=2025, tz="UTC"))
    assert 'id="inbound"' in page
    assert "198.51.100.7" in page
    assert "No reply named a blocklist." in page


# -- 2. the summary does not call deferrals "expired" --------------------------------------------------------------
def test_2_a_timed_out_deferral_is_not_counted_as_expired() -> None:
    line = (S.format(n=5, prog="smtp") + "E1B2C3D4E5: to=<c@example.org>, relay=none, delay=30, delays=0/0/30/0, "
            "dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)")  # fmt: skip
    d = _summary([line]).as_dict()
    assert d["by_status"] == {"deferred": 1}
    assert "expired" not in d["reasons"]
    assert d["reasons"] == {"networkerror": 1}


# -- 3. the year rule anchors the last line; year_inferred in every output -------------------------------------------
def _log_file(tmp_path: Path, mtime: datetime) -> Path:
    path = tmp_path / "mail.log"
    path.write_text("\n".join([
        "Oct 26 01:30:00 mx postfix/smtp[1]: A1B2C3D4E5: to=<a@example.org>, relay=none, delay=1, "
        "delays=0/0/0/1, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for "
        "name=example.org type=A: Host found but no data record of requested type)",
        "Jan  1 00:59:04 mx postfix/qmgr[2]: A1B2C3D4E5: removed",
    ]) + "\n", encoding="utf-8")  # fmt: skip
    os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    return path


def test_3_year_anchored_at_the_last_line(tmp_path: Path) -> None:
    mtime = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    path = _log_file(tmp_path, mtime)
    recs = list(bouncelib.read_log(str(path), tz="UTC", kinds="all"))
    # Anchored at the first line (the old rule), Oct 26 was this year and Jan 1 landed in 2027, after the file.
    assert [r.timestamp.year for r in recs] == [2025, 2026]  # type: ignore[union-attr]
    assert all(r.timestamp is not None and r.timestamp <= mtime for r in recs)
    assert all(r.year_inferred for r in recs)


def test_3_year_inferred_in_json_csv_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _log_file(tmp_path, datetime(2026, 12, 4, 12, 0, tzinfo=UTC))
    assert main(["log", "--tz", "UTC", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["year_inferred"] is True
    assert main(["log", "--tz", "UTC", "--format", "csv", str(path)]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert dict(zip(header.split(","), row.split(","), strict=False))["year_inferred"] == "True"
    assert main(["log", "--tz", "UTC", "--summary", "--format", "json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["year_inferred"] == 1
    assert main(["log", "--tz", "UTC", "--summary", str(path)]) == 0
    assert "year inferred for 1 records" in capsys.readouterr().out
    assert main(["log", "--year", "2025", "--tz", "UTC", "--format", "csv", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[1].split(",")[RECORD_KEYS.index("year_inferred")] == "False"


def test_3_readme_main_job_dates_in_the_past() -> None:
    # The README's command: the sample log's mtime bounds it, so nothing is dated after now.
    now = datetime.now(UTC)
    stamps = [r.timestamp for r in bouncelib.read_log(str(SAMPLE), kinds="all") if r.timestamp is not None]
    assert max(stamps) <= now


# -- 4. one verdict per event ---------------------------------------------------------------------------------------
def test_4_one_verdict_per_dsn_event() -> None:
    events = [ev for eml in sorted(DSN.rglob("*.eml")) for ev in bouncelib.parse_message(eml).recipients]
    assert len(events) > 100
    for ev in events:
        assert ev.reply.reason is ev.reason
        assert ev.reply.hard_bounce == ev.hard_bounce
        rec = ev.to_record()
        assert (rec["reason"], rec["hard_bounce"], rec["permanent"]) == (
            ev.reply.reason.value, ev.reply.hard_bounce, ev.reply.permanent)  # fmt: skip
    fixed = [ev for ev in events if ev.reply.rule and ev.reply.rule.startswith("format:")]
    assert fixed  # the formats that settle the reason themselves say so in the reply's rule


# -- 5. inputs: a str path, FIFOs, /dev/stdin, process substitution --------------------------------------------------
def test_5_parse_message_refuses_a_str_path() -> None:
    with pytest.raises(InputError, match=r"parse_message\(data=\.\.\.\) got the str 'bounce\.eml'.*pathlib\.Path"):
        bouncelib.parse_message("bounce.eml")
    # A str that is a message (it has a header field) is still read as one.
    assert bouncelib.parse_message("Subject: hi\n\nhello\n").kind.value == "not_bounce"


def _fifo(tmp_path: Path, data: bytes) -> Iterator[str]:
    path = tmp_path / "fifo"
    os.mkfifo(path)

    def feed() -> None:
        with open(path, "wb") as fh:
            fh.write(data)

    t = threading.Thread(target=feed, daemon=True)
    t.start()
    yield str(path)
    t.join(timeout=10)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("compress", [False, True])
def test_5_log_reads_a_fifo_like_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], compress: bool
) -> None:
    data = SAMPLE.read_bytes()
    assert main(["log", "--year", "2025", "--tz", "UTC", str(SAMPLE)]) == 0
    expected = capsys.readouterr().out
    for fifo in _fifo(tmp_path, gzip.compress(data) if compress else data):
        assert main(["log", "--year", "2025", "--tz", "UTC", fifo]) == 0
    assert capsys.readouterr().out == expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_5_mail_and_report_read_a_fifo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eml = DSN / "postfix" / "outlook-blocklist1.eml"
    assert main(["mail", str(eml)]) == 0
    expected = [{k: v for k, v in json.loads(line).items() if k != "program"}
                for line in capsys.readouterr().out.splitlines()]  # fmt: skip
    for fifo in _fifo(tmp_path, eml.read_bytes()):
        assert main(["mail", fifo]) == 0
    got = [{k: v for k, v in json.loads(line).items() if k != "program"}
           for line in capsys.readouterr().out.splitlines()]  # fmt: skip
    assert got == expected
    assert got[0]["kind"] != "not_bounce"
    (tmp_path / "fifo").unlink()
    for fifo in _fifo(tmp_path, eml.read_bytes()):
        assert main(["report", "--type", "mail", "-o", str(tmp_path / "r.html"), fifo]) == 0
    assert "alice@example.net" in (tmp_path / "r.html").read_text(encoding="utf-8")


# -- 6. a broken file of a rotation (the CLI side is tests/test_cli_log.py::test_truncated_gzip_is_an_error_line) ----
def test_6_broken_file_is_named_and_the_rest_is_read(tmp_path: Path) -> None:
    bad = tmp_path / "mail.log.2.gz"
    bad.write_bytes(gzip.compress(SAMPLE.read_bytes() * 300)[:-100])
    reader = bouncelib.read_log([str(bad), str(SAMPLE)], year=2025, tz="UTC", kinds="all")
    records = list(reader)
    assert len(reader.stats.errors) == 1
    assert reader.stats.errors[0].startswith(f"{bad}: ")
    whole = len(list(bouncelib.read_log(str(SAMPLE), year=2025, tz="UTC", kinds="all")))
    assert len(records) > whole  # the readable part of the broken file, then all of the good one


# -- 7. progress on a terminal for every long command -------------------------------------------------------------
class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["log", "--year", "2025", "--tz", "UTC", "{a}", "{b}"], ["records", "lines", "/s"]),
        (["log", "-j", "2", "--year", "2025", "--tz", "UTC", "{a}", "{b}"], ["2/2 files", "lines", "records"]),
        (["log", "-j", "2", "--summary", "--year", "2025", "--tz", "UTC", "{a}", "{b}"], ["2/2 files"]),
        (["report", "-o", "{out}", "--year", "2025", "{a}", "{b}"], ["events", "lines"]),
        (["mail", str(DSN / "postfix")], ["messages"]),
    ],
)
def test_7_progress_on_a_terminal(
    argv: list[str], words: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = tmp_path / "mail.log.1", tmp_path / "mail.log"
    a.write_bytes(SAMPLE.read_bytes())
    b.write_bytes(SAMPLE.read_bytes())
    args = [x.format(a=a, b=b, out=tmp_path / "r.html") for x in argv]
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(args) == 0
    shown = tty.getvalue()
    for word in words:
        assert word in shown
    assert shown.endswith("\n")
    assert not re.search(r"\b0 records\b", shown.splitlines()[-1])


def test_7_no_progress_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--year", "2025", "--tz", "UTC", str(SAMPLE)]) == 0
    assert capsys.readouterr().err == ""


# -- 8. Python entry points name the argument (the CLI's lines are pinned in tests/test_errors.py) -------------------
def test_8_python_entry_points_name_the_argument() -> None:
    with pytest.raises(TypeError, match=r"parse_log_line\(line=\.\.\.\) takes one log line as str, not NoneType"):
        bouncelib.parse_log_line(None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"read_log\(source=\.\.\.\)"):
        list(bouncelib.read_log(None))  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"parse_lines\(lines=\.\.\.\) takes an iterable of lines, not NoneType"):
        bouncelib.parse_lines(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"events: expected bouncelib events, reports or records, not NoneType"):
        trends.summarize(None)
    with pytest.raises(TypeError, match=r"source: expected a path, '-' or a binary file object, not NoneType"):
        list(bouncelib.read_mailbox(None))  # type: ignore[arg-type]


# -- 9. the report: colours, examples, weekly bars (the browser checks are tests/test_report_browser.py) -------------
def test_9_one_colour_per_reason_shown() -> None:
    from bouncelib._report.palette import OTHER, PALETTE

    assert len(set(PALETTE)) == len(PALETTE)
    assert OTHER not in PALETTE
    lines = []
    reasons = ["User unknown", "Mailbox full", "Message content rejected as spam", "Relay access denied",
               "Quota exceeded; try again later", "Message too large", "TLS is required, but was not offered",
               "Host or domain name not found", "Connection timed out", "Too many connections", "Policy violation",
               "Account disabled", "Greylisted, try again", "Rate limited", "Virus found"]  # fmt: skip
    for i, text in enumerate(reasons):
        lines.extend(S.format(n=k % 10, prog="smtp") + f"{i:02X}{k:03X}ABCDE: to=<u{i}@example.org>, relay=mx{i}."
                         f"example.org[192.0.2.{i}]:25, delay=1, delays=0/0/0/1, dsn=5.0.0, status=bounced (host "
                         f"mx{i}.example.org[192.0.2.{i}] said: 550 {text} (in reply to RCPT TO command))"
                         for k in range(i + 1))  # fmt: skip
    page = bouncelib.report_html(bouncelib.read_log(lines, year=2025, tz="UTC"))
    legends = re.findall(r'<ul class="legend">(.*?)</ul>', page)
    assert legends
    for legend in legends:
        pairs = re.findall(r'background:(#[0-9A-Fa-f]{6})"></i>([^<]+)</li>', legend)
        colours = [c for c, name in pairs if name != "(other)"]
        assert len(colours) == len(set(colours)), pairs
        assert all(c != OTHER for c in colours)


def test_9_the_example_reply_matches_the_row() -> None:
    host = "mx.example.org[192.0.2.25]"
    full = "552 5.2.2 Mailbox full"
    unknown = "550 5.1.1 User unknown"
    lines = [S.format(n=n, prog="smtp") + f"F{n}B2C3D4E5: to=<u{n}@example.org>, relay={host}:25, delay=1, "
             f"delays=0/0/0/1, dsn=5.0.0, status=bounced (host {host} said: {text} (in reply to RCPT TO command))"
             for n, text in enumerate([full, unknown, unknown])]  # fmt: skip
    row = trends.summarize(bouncelib.read_log(lines, year=2025, tz="UTC")).top_remote_hosts().to_dicts()[0]
    assert row["top_reason"] == "userunknown"
    assert "User unknown" in row["example"]


def test_9_weekly_bounce_rate_bars_span_a_week() -> None:
    pytest.importorskip("matplotlib")
    from bouncelib import plot

    events = list(bouncelib.read_log(str(ROOT / "docs" / "sample" / "mail.log.gz")))
    fig = plot.bounce_rate(events, freq="week")
    widths = {round(p.get_width(), 2) for p in fig.axes[0].patches}
    assert widths == {5.95}
    assert {round(p.get_width(), 2) for p in plot.bounce_rate(events, freq="day").axes[0].patches} == {0.85}


# -- 10. the docs -----------------------------------------------------------------------------------------------------
def test_10_docs_do_not_promise_what_is_not_there() -> None:
    pages = {p.name: p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]}
    for name, text in pages.items():
        assert not re.search(r"pip install ['\"]?bouncelib\b", text), name  # not published on PyPI
        assert "<BLANKLINE>" not in text, name  # shown as such on the site
        for row in (line for line in text.splitlines() if line.startswith("|")):
            assert "\\|" not in row, (name, row)  # an escaped bar in a table cell shows its backslash on the site
    cli = pages["cli.md"]
    for command in ("reply", "log", "mail", "report"):
        assert f"## `bouncelib {command}`" in cli
    assert "the machine's zone) and of the report's days (default: UTC)" in pages["report.md"]


def test_10_the_notebook_is_rendered_on_the_site() -> None:
    nb = json.loads((ROOT / "docs" / "cookbook.ipynb").read_text(encoding="utf-8"))
    code = ["".join(c["source"]).strip() for c in nb["cells"] if c["cell_type"] == "code"]
    page = (ROOT / "docs" / "cookbook-run.md").read_text(encoding="utf-8")
    assert re.findall(r"```python\n(.*?)\n```", page, flags=re.S) == code, "run scripts/notebook_to_md.py"
    for figure in re.findall(r"\]\((img/cookbook-\d+\.png)\)", page):
        assert (ROOT / "docs" / figure).is_file()
    assert "cookbook-run.md" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


# -- 11. ports of thousands of digits; flufl.bounce stays quiet ------------------------------------------------------
@pytest.mark.parametrize("port", ["9" * 5000, "٢٥", "65536", "00025"])
def test_11_odd_ports_do_not_raise(port: str) -> None:
    line = (S.format(n=6, prog="smtp") + f"A9B2C3D4E5: to=<a@example.org>, relay=mx.example.org[192.0.2.25]:{port}, "
            "delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)")  # fmt: skip
    rec = bouncelib.parse_log_line(line, year=2025, tz="UTC")
    assert rec is not None
    assert rec.kind == "delivery"
    assert rec.relay_port == (25 if port == "00025" else None)
    client = S.format(n=7, prog="smtpd") + f"connect from mx.example.org[192.0.2.25]:{port}"
    assert bouncelib.parse_log_line(client, year=2025, tz="UTC") is not None


def test_11_flufl_bounce_failure_is_a_defect_not_stderr_noise(capfd: pytest.CaptureFixture[str]) -> None:
    raw = b"Subject: Undelivered Mail Returned to Sender\n\nhello a@example.org failed\n"
    report = bouncelib.parse_message(raw)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert any(d.startswith("fallback: flufl.bounce") for d in report.defects)


# -- one aggregator: log --summary, mail --summary and the report agree --------------------------------------------
def _cards(page: str) -> dict[str, int]:
    return {k: int(v.replace(",", "")) for k, v in re.findall(r'data-card="([^"]+)"><div class="n">([\d,]+)<', page)}


def test_log_summary_mail_summary_and_report_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--year", "2025", "--tz", "UTC", "--summary", "--format", "json", str(SAMPLE)]) == 0
    log = json.loads(capsys.readouterr().out)
    out = tmp_path / "log.html"
    assert main(["report", "--year", "2025", "--tz", "UTC", "-o", str(out), str(SAMPLE)]) == 0
    cards = _cards(out.read_text(encoding="utf-8"))
    assert {k: cards[k] for k in log["outcomes"]} == log["outcomes"]
    assert cards["events"] == log["records"]
    page = out.read_text(encoding="utf-8")
    for bl in log["blocklists"]:
        assert bl["blocklist"] in page.split('id="blocklists"', 1)[1].split("</section>", 1)[0]
    cells = re.sub(r"<td[^>]*>", "<td>", page.split('id="inbound"', 1)[1].split("</section>", 1)[0])
    for bl, n in log["inbound_blocklists"].items():
        assert f"<td>{bl}</td><td>{n}</td>" in cells

    mbox = tmp_path / "bounces.mbox"
    with mbox.open("wb") as fh:
        for eml in sorted((DSN / "postfix").glob("*.eml")):
            body = eml.read_bytes().replace(b"\nFrom ", b"\n>From ")
            fh.write(b"From MAILER-DAEMON Thu Dec  4 10:00:00 2026\n" + body)
            fh.write(b"\n")
    assert main(["mail", "--summary", "--format", "json", str(mbox)]) == 0
    mail = json.loads(capsys.readouterr().out)
    out = tmp_path / "mail.html"
    assert main(["report", "--type", "mail", "-o", str(out), str(mbox)]) == 0
    cards = _cards(out.read_text(encoding="utf-8"))
    assert {k: cards[k] for k in mail["outcomes"]} == mail["outcomes"]
    assert cards["events"] == mail["records"]
    # And both are the one aggregator's numbers.
    direct = trends.summarize(r for rep in bouncelib.read_mailbox(mbox) for r in rep.to_records()).as_dict()
    assert direct["outcomes"] == mail["outcomes"]
    assert direct["reasons"] == mail["reasons"]
