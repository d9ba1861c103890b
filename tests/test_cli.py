"""End to end through the command line: the reference article, every format, bad input."""

from __future__ import annotations

import json
import subprocess
import sys


from coder.cli import main

from conftest import ARTICLE, need_shared


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_reference_article_codes_the_expected_events(capsys):
    need_shared(ARTICLE)
    status, out, err = run(capsys, "code", str(ARTICLE), "--date", "2024-07-31", "--format", "jsonl")
    assert status == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    triples = {(e["source"], e["code"], e["target"]) for e in events}
    # The Iraqi government's condemnation of the US-led strikes (the headline).
    assert ("IRQGOV", "111", "USA") in triples
    # Kataib Hezbollah's warning to Kuwaiti officials.
    assert any(s == "IRQMIL" and t == "KWTGOV" and c[:2] in ("01", "13") for s, c, t in triples)
    # The Iraq-US defense meetings: consultations both ways.
    assert any(s.startswith("IRQ") and c[:2] == "04" and t.startswith("USA") for s, c, t in triples)
    assert any(s.startswith("USA") and c[:2] == "04" and t.startswith("IRQ") for s, c, t in triples)
    # Background sentences invent nothing: the last two (past criticism, the 2020 assassination).
    sentence_ids = {int(e["sentence_id"]) for e in events}
    assert not sentence_ids & {19, 20}
    assert all(e["pattern"] and ":" in e["pattern"] for e in events)
    assert "coder: 1 stories coded" in err


def test_table_output_is_the_default(capsys):
    need_shared(ARTICLE)
    status, out, _ = run(capsys, "code", str(ARTICLE), "--date", "2024-07-31")
    assert status == 0
    assert out.splitlines()[0].split()[:5] == ["story", "sent", "date", "source", "code"]
    assert "iraq-airstrikes-article" in out and "IRQGOV" in out


def test_output_is_byte_identical_across_runs(tmp_path, capsys):
    need_shared(ARTICLE)
    outputs = []
    for k in range(2):
        path = tmp_path / f"out{k}.tsv"
        assert run(capsys, "code", str(ARTICLE), "--date", "2024-07-31", "-f", "tsv", "-o", str(path))[0] == 0
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") > 3


def test_bad_stories_are_reported_and_skipped_good_ones_coded(tmp_path, capsys):
    stories = tmp_path / "stories.jsonl"
    stories.write_text("\n".join([
        json.dumps({"id": "good", "date": "2024-07-31", "text": "Iraq condemned the United States."}),
        "{broken",
        json.dumps({"id": "nodate", "date": "yesterday", "text": "Iran condemned Israel."}),
    ]) + "\n")
    status, out, err = run(capsys, "code", str(stories), "-f", "csv")
    assert status == 0
    assert f"coder: skipped {stories}:2: not valid JSON" in err
    assert f"coder: skipped {stories}:3: date 'yesterday'" in err
    assert out.splitlines()[1].startswith("good,1,2024-07-31,IRQ,USA,111,")
    assert run(capsys, "code", str(stories), "--strict", "-q")[0] == 2  # stops at the first bad record


def test_petrarch_xml_keeps_sentence_ids(tmp_path, capsys):
    xml = tmp_path / "s.xml"
    xml.write_text('<Sentences><Sentence id="AFP01-3" date="20240731"><Text>Iraq condemned the '
                   'United States.</Text></Sentence></Sentences>')
    status, out, _ = run(capsys, "code", str(xml), "-f", "jsonl")
    event = json.loads(out.splitlines()[0])
    assert (event["story_id"], event["sentence_id"], event["date"]) == ("AFP01", "AFP01-3", "2024-07-31")


def test_stdin_and_missing_files(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "x", "text": "Iraq condemned Iran."}\n'))
    status, out, _ = run(capsys, "code", "-", "-f", "tsv", "--date", "2024-07-31")  # undated: skipped
    assert status == 0 and "\tIRQ\tIRN\t111\t" in out
    status, _, err = run(capsys, "code", "no-such-file.jsonl")
    assert status == 2 and "no such file" in err


def test_a_broken_dictionary_is_reported_with_its_place(tmp_path, capsys):
    (tmp_path / "verbs.yaml").write_text('verbs:\n  - verb: condemn\n    patterns: ["* $target =>"]\n')
    status, _, err = run(capsys, "explain", "--dict", str(tmp_path), "--no-cache", "Iraq condemned Iran.")
    assert status == 2
    assert "verbs.yaml:3:29: pattern '* $target =>': unexpected end of the pattern" in err


def test_explain_shows_tokens_actors_pattern_and_events(capsys):
    status, out, _ = run(capsys, "explain", "Iraqi police arrested Kuwaiti officials.")
    assert status == 0
    for heading in ("tokens:", "actors (noun phrases", "event words:", "events:"):
        assert heading in out
    assert "IRQCOP" in out and "KWTGOV" in out and "'arrested': verb arrest" in out


def test_explain_says_why_no_event(capsys):
    _, out, _ = run(capsys, "explain", "Iraq did not condemn the United States.")
    assert "no event: negated (not condemn)" in out


def test_console_script_help_teaches():
    result = subprocess.run([sys.executable, "-m", "coder", "code", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "examples:" in result.stdout and "--format" in result.stdout and "file:line" in result.stdout


def test_dict_info_counts_entries(capsys):
    status, out, _ = run(capsys, "dict", "info")
    assert status == 0 and "patterns" in out and "actor names" in out


def test_dict_info_per_file_counts_each_file(capsys):
    status, out, _ = run(capsys, "dict", "info", "--per-file")
    assert status == 0
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith(("verbs/", "agents"))}
    assert int(rows["verbs/19-fight.yaml"][2].replace(",", "")) > 0  # patterns
    assert int(rows["agents.yaml"][1].replace(",", "")) >= 300  # agent nouns


def test_inputs_and_the_output_path_are_checked_before_any_coding(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("Egypt praised Jordan.\n", encoding="utf-8")
    out = tmp_path / "events.tsv"
    assert main(["code", str(good), str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2
    assert "missing.jsonl: no such file or folder" in capsys.readouterr().err
    assert not out.exists()  # nothing was written
    assert main(["code", str(good), "-o", str(tmp_path / "no" / "such" / "events.tsv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_table_written_to_a_file_has_its_provenance_beside_it(tmp_path, capsys):
    import hashlib

    story = tmp_path / "a.txt"
    story.write_text("Egypt praised Jordan.\n", encoding="utf-8")
    out = tmp_path / "events.tsv"
    assert main(["code", str(story), "--date", "2024-07-31", "-f", "tsv", "-o", str(out), "-q"]) == 0
    meta = json.loads((tmp_path / "events.tsv.meta.json").read_text(encoding="utf-8"))
    assert meta["reading"] == "coder" and meta["dictionaries"]["folder"] == "built-in"
    assert len(meta["dictionaries"]["fingerprint"]) == 32 and meta["spacy"] and meta["model"]
    assert meta["inputs"] == [{"path": str(story), "bytes": story.stat().st_size,
                               "sha256": hashlib.sha256(story.read_bytes()).hexdigest()}]
    assert meta["counts"] == {"stories": 1, "discarded": 0, "sentences": 1, "events": 1, "skipped": 0,
                              "skipped_by_reason": {}}
    assert meta["options"]["format"] == "tsv" and meta["started"] <= meta["finished"]


def test_a_table_is_renamed_into_place_when_whole(tmp_path, capsys):
    story = tmp_path / "a.txt"
    story.write_text("Egypt praised Jordan.\n", encoding="utf-8")
    out = tmp_path / "events.tsv"
    assert main(["code", str(story), "--date", "2024-07-31", "-f", "tsv", "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8").count("\n") == 2  # the header and the event
    assert not (tmp_path / ".events.tsv.part").exists()


def test_the_output_files_suffix_gives_the_format(tmp_path, capsys):
    """'-o events.tsv' is a TSV an analyst loads in pandas or R; '-f' wins; another suffix
    (or stdout) keeps the aligned table."""
    story = tmp_path / "a.txt"
    story.write_text("Egypt praised Jordan.\n", encoding="utf-8")
    for name, first in (("events.tsv", "story_id\t"), ("events.csv", "story_id,"), ("events.jsonl", "{"),
                        ("events.txt", "story ")):
        out = tmp_path / name
        assert main(["code", str(story), "--date", "2024-07-31", "-o", str(out), "-q"]) == 0
        assert out.read_text(encoding="utf-8").startswith(first), name
    out = tmp_path / "table.tsv"
    assert main(["code", str(story), "--date", "2024-07-31", "-f", "table", "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8").startswith("story ")
