"""The batch run of `coder code`: workers, resume after a kill or Ctrl-C, bad records, --strict,
extra columns and Parquet, end to end through the command line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from coder.cli import main
from coder.model import Event

STATES = ["Egypt", "Jordan", "Kenya", "Uganda", "Peru", "Chile", "Japan", "Greece", "Turkey", "Norway"]
VERBS = ["praised", "condemned", "accused", "criticized", "thanked", "threatened"]


def story(number: int, date: str = "2024-03-05") -> dict:
    """A short story of our own: one or two sentences between two states."""
    a, b = STATES[number % len(STATES)], STATES[(number * 3 + 1) % len(STATES)]
    text = f"{a} {VERBS[number % len(VERBS)]} {b}."
    if number % 3 == 0:
        text += f" {b} {VERBS[(number + 2) % len(VERBS)]} {a} on Tuesday."
    return {"id": f"s{number:04d}", "date": date, "text": text}


def corpus(path, count: int, bad: dict = None):
    """``count`` stories as JSON lines; ``bad``: {line number: raw line} put in among them."""
    bad = bad or {}
    lines, number = [], 0
    while number < count:
        if len(lines) + 1 in bad:
            lines.append(bad[len(lines) + 1])
            continue
        lines.append(json.dumps(story(number)).encode())
        number += 1
    path.write_bytes(b"\n".join(line if isinstance(line, bytes) else line.encode() for line in lines) + b"\n")
    return path


def code(capsys, *argv):
    status = main(["code", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, out, err


def fingerprint() -> str:
    from coder.dictionary import fingerprint as of

    return of(None)


def resume(capsys, before: str, *argv) -> tuple:
    """`coder code ... --resume`; skipped when coder's code or dictionaries changed since ``before``
    (other work in a shared checkout): the resume is then rightly refused, or its table is not
    comparable with the one made before."""
    status, out, err = code(capsys, *argv, "--resume")
    if fingerprint() != before:  # refused, or not comparable with the table made before the change
        pytest.skip("coder's code or dictionaries changed while the test ran (a shared checkout)")
    assert status == 0, err
    return status, out, err


def ids(jsonl: str) -> list:
    return [json.loads(line)["story_id"] for line in jsonl.splitlines()]


# --- workers --------------------------------------------------------------------------------

def test_two_workers_write_the_bytes_of_one_in_input_order(tmp_path, capsys):
    stories = corpus(tmp_path / "stories.jsonl", 14)
    tables = {}
    for workers in (1, 2):
        out = tmp_path / f"events{workers}.jsonl"
        status, _, err = code(capsys, stories, "-f", "jsonl", "-o", out, "--workers", workers, "--chunk", 2)
        assert status == 0, err
        tables[workers] = out.read_bytes()
        assert json.loads((tmp_path / f"events{workers}.jsonl.meta.json").read_text())["workers"] == workers
    assert tables[1] == tables[2]
    order = ids(tables[2].decode())
    assert order == sorted(order) and len(set(order)) == 14  # every story, in input order


def test_one_chunk_in_all_is_coded_without_a_pool(tmp_path, capsys):
    stories = corpus(tmp_path / "stories.jsonl", 3)
    out = tmp_path / "events.tsv"
    assert code(capsys, stories, "-f", "tsv", "-o", out, "--workers", 2, "-q")[0] == 0
    assert json.loads((tmp_path / "events.tsv.meta.json").read_text())["workers"] == 1


# --- bad records ----------------------------------------------------------------------------

BAD = {2: "{broken", 4: b'{"id": "latin", "date": "2024-03-05", "text": "caf\xe9 talks"}', 5: "[1, 2]",
       7: json.dumps({"date": "2024-03-05", "text": "Peru thanked Chile."}),
       8: json.dumps({"id": "empty", "date": "2024-03-05", "text": ""}),
       9: json.dumps({"id": "long", "date": "2024-03-05", "text": "Peru thanked Chile. " * 20}),
       11: json.dumps({"id": "when", "date": "someday", "text": "Peru thanked Chile."}),
       12: json.dumps({"id": "undated", "text": "Peru thanked Chile."})}
KINDS = ["invalid-json", "not-utf8", "not-an-object", "no-id", "no-text", "too-long", "bad-date", "no-date"]


def test_every_bad_record_is_reported_written_to_the_errors_file_and_counted(tmp_path, capsys):
    stories = corpus(tmp_path / "stories.jsonl", 6, BAD)
    out, errors = tmp_path / "events.tsv", tmp_path / "bad.jsonl"
    status, _, err = code(capsys, stories, "-f", "tsv", "-o", out, "--errors", errors, "--max-chars", 200)
    assert status == 0, err
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [r["kind"] for r in records] == KINDS
    assert [r["line"] for r in records] == sorted(BAD)
    assert {r["file"] for r in records} == {str(stories)} and all(r["reason"] for r in records)
    for record in records:
        assert f"coder: skipped {stories}:{record['line']}: {record['reason']}" in err
    assert "6 stories coded" in err and "8 bad records skipped (bad-date 1, invalid-json 1," in err
    counts = json.loads((tmp_path / "events.tsv.meta.json").read_text())["counts"]
    assert counts["stories"] == 6 and counts["skipped"] == 8
    assert counts["skipped_by_reason"] == {kind: 1 for kind in sorted(KINDS)}
    coded = {line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines()[1:]}
    assert coded == {f"s{n:04d}" for n in range(6)}


def test_nothing_but_bad_records_exits_1(tmp_path, capsys):
    stories = tmp_path / "stories.jsonl"
    stories.write_text("{broken\n", encoding="utf-8")
    assert code(capsys, stories, "-f", "tsv")[0] == 1


def test_strict_stops_at_the_first_bad_record_with_the_stories_before_it(tmp_path, capsys):
    stories = corpus(tmp_path / "stories.jsonl", 6, {4: "{broken"})
    status, out, err = code(capsys, stories, "-f", "jsonl", "--strict", "--chunk", 2)
    assert status == 2
    assert f"coder: error: {stories}:4: not valid JSON" in err and "--strict stops at the first bad record" in err
    assert sorted(set(ids(out))) == ["s0000", "s0001", "s0002"]  # whole, up to the bad record


# --- resume ---------------------------------------------------------------------------------

def test_resume_finishes_a_stopped_table_and_drops_what_followed_the_checkpoint(tmp_path, capsys):
    before = fingerprint()
    stories = corpus(tmp_path / "stories.jsonl", 9, {5: "{broken"})
    whole, errors_whole = tmp_path / "whole.tsv", tmp_path / "whole-errors.jsonl"
    assert code(capsys, stories, "-f", "tsv", "-o", whole, "--errors", errors_whole, "-q")[0] == 0
    out, errors = tmp_path / "events.tsv", tmp_path / "errors.jsonl"
    status, _, err = code(capsys, stories, "-f", "tsv", "-o", out, "--errors", errors, "--strict", "--chunk", 2)
    assert status == 2 and not out.exists()
    part, checkpoint = tmp_path / ".events.tsv.part", tmp_path / ".events.tsv.part.ckpt"
    assert part.exists() and checkpoint.exists() and str(part) in err
    with part.open("a", encoding="utf-8") as handle:  # as a kill in the middle of a chunk leaves it
        handle.write("s0009\t1\t2024-03-0")
    _, _, err = resume(capsys, before, stories, "-f", "tsv", "-o", out, "--errors", errors, "--chunk", 3)
    assert "(resumed)" in err
    assert out.read_bytes() == whole.read_bytes()
    assert errors.read_bytes() == errors_whole.read_bytes()  # the bad record once
    assert not part.exists() and not checkpoint.exists()
    meta = json.loads((tmp_path / "events.tsv.meta.json").read_text())
    assert meta["resumed"] is True and meta["counts"]["stories"] == 9 and meta["counts"]["skipped"] == 1


def test_resume_refuses_other_options_and_what_it_cannot_resume(tmp_path, capsys):
    stories = corpus(tmp_path / "stories.jsonl", 4, {3: "{broken"})
    out = tmp_path / "events.tsv"
    assert code(capsys, stories, "-f", "tsv", "-o", out, "--strict", "--chunk", 1)[0] == 2
    status, _, err = code(capsys, stories, "-f", "tsv", "-o", out, "--resume", "--columns", "+url")
    assert status == 2 and "the options differ from the interrupted run's" in err
    status, _, err = code(capsys, stories, "-f", "table", "-o", tmp_path / "events.txt", "--resume")
    assert status == 2 and "the table format is finished at the end" in err
    status, _, err = code(capsys, stories, "-f", "tsv", "--resume")
    assert status == 2 and "give the same --output FILE" in err


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A corpus long enough to be stopped half-way, and its table from a run never stopped."""
    before = fingerprint()
    folder = tmp_path_factory.mktemp("big")
    stories = corpus(folder / "stories.jsonl", 300, {7: "{broken"})
    whole = folder / "whole.tsv"
    assert main(["code", str(stories), "-f", "tsv", "-o", str(whole), "-q", "--workers", "1"]) == 0
    return stories, whole.read_bytes(), before


def start_and_stop(stories, out, how: int):
    """Run `coder code` in a subprocess and send it ``how`` once a checkpoint is on disk."""
    checkpoint = out.with_name(f".{out.name}.part.ckpt")
    process = subprocess.Popen([sys.executable, "-m", "coder", "code", str(stories), "-f", "tsv", "-o", str(out),
                                "--workers", "1", "--chunk", "4"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while not checkpoint.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, how)
    _, err = process.communicate(timeout=120)
    assert not out.exists(), "the run ended before it could be stopped"
    return process.returncode, err


def test_resume_after_sigkill_gives_the_table_of_a_run_never_stopped(big, tmp_path, capsys):
    stories, whole, before = big
    out = tmp_path / "events.tsv"
    status, _ = start_and_stop(stories, out, signal.SIGKILL)
    assert status == -signal.SIGKILL
    written = (tmp_path / ".events.tsv.part").read_bytes()
    assert 0 < len(written) < len(whole)
    resume(capsys, before, stories, "-f", "tsv", "-o", out, "--workers", 2)
    assert out.read_bytes() == whole


def test_ctrl_c_stops_after_a_whole_story_and_says_how_to_resume(big, tmp_path, capsys):
    stories, whole, before = big
    out = tmp_path / "events.tsv"
    status, err = start_and_stop(stories, out, signal.SIGINT)
    assert status == 130
    assert "interrupted" in err and "--resume" in err and "Traceback" not in err
    written = (tmp_path / ".events.tsv.part").read_bytes()
    assert written.endswith(b"\n") and whole.startswith(written)  # whole stories, nothing else
    resume(capsys, before, stories, "-f", "tsv", "-o", out)
    assert out.read_bytes() == whole


# --- extra columns and Parquet --------------------------------------------------------------

def test_extra_columns_follow_the_events_fields(tmp_path, capsys):
    stories = tmp_path / "stories.jsonl"
    stories.write_text(json.dumps({"id": "t1", "date": "2024-03-05", "source": "Wire One", "url": "https://x.test/1",
                                   "text": "Kenya condemned the terrorist attack by Uganda."}) + "\n", encoding="utf-8")
    status, out, err = code(capsys, stories, "-f", "jsonl", "--columns", "+issues,+url,+source,+story_source")
    assert status == 0, err
    event = json.loads(out.splitlines()[0])
    assert list(event) == list(Event.FIELDS) + ["issues", "url", "news_source", "story_source"]
    assert event["issues"] == ["TERRORISM"] and event["url"] == "https://x.test/1"
    assert event["news_source"] == "Wire One" and event["story_source"] == f"{stories}:1"
    _, tsv, _ = code(capsys, stories, "-f", "tsv", "--columns", "+story_source,+issues")
    header, row = tsv.splitlines()[:2]
    assert header.split("\t")[-2:] == ["story_source", "issues"] and row.endswith(f"{stories}:1\tTERRORISM")
    _, plain, _ = code(capsys, stories, "-f", "tsv")
    assert plain.splitlines()[0].split("\t") == list(Event.FIELDS)  # the default is unchanged
    status, _, err = code(capsys, stories, "--columns", "+author")
    assert status == 2 and "unknown column '+author'" in err


def test_parquet_holds_the_rows_of_json_lines(tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    stories = corpus(tmp_path / "stories.jsonl", 8)
    out = tmp_path / "events.parquet"
    assert code(capsys, stories, "-f", "parquet", "-o", out, "--columns", "+issues", "-q")[0] == 0
    _, jsonl, _ = code(capsys, stories, "-f", "jsonl", "--columns", "+issues", "-q")
    rows = pq.read_table(out).to_pylist()
    expected = [json.loads(line) for line in jsonl.splitlines()]
    assert len(rows) == len(expected) > 0
    for row, want in zip(rows, expected):
        assert {**row, "date": row["date"].isoformat()} == want


def test_parquet_without_pyarrow_names_the_extra(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow fails as when not installed
    stories = corpus(tmp_path / "stories.jsonl", 1)
    status, _, err = code(capsys, stories, "-f", "parquet", "-o", tmp_path / "events.parquet")
    assert status == 2 and 'pip install "coder[parquet]"' in err


# --- -o - -------------------------------------------------------------------------------------

def test_output_dash_is_stdout_as_without_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a file named - would be written here
    stories = corpus(tmp_path / "stories.jsonl", 4)
    status, plain, err = code(capsys, stories, "-f", "jsonl", "--workers", 1, "-q")
    assert status == 0, err
    status, dashed, err = code(capsys, stories, "-f", "jsonl", "-o", "-", "--workers", 1, "-q")
    assert status == 0, err
    assert dashed == plain and len(set(ids(dashed))) == 4
    status, dashed, err = code(capsys, stories, "--format=tsv", "--output=-", "--workers", 1, "-q")
    assert status == 0 and dashed.startswith("story_id\t"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stories.jsonl"]  # no -, -.meta.json, .-.part


def test_output_dash_cannot_be_resumed_nor_take_parquet(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    stories = corpus(tmp_path / "stories.jsonl", 2)
    status, out, err = code(capsys, stories, "-f", "tsv", "-o", "-", "--resume")
    assert status == 2 and out == "" and "give the same --output FILE" in err
    status, out, err = code(capsys, stories, "-f", "parquet", "-o", "-")
    assert status == 2 and out == "" and "give --output FILE" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stories.jsonl"]
