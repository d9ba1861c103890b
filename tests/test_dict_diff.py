"""coder dict diff: the events a dictionary change gains and loses, with the entries behind them."""

from __future__ import annotations

import json

import pytest

from coder.cli import main

ACTORS = """\
actors:
  - code: ARN
    names: [Arnor]
  - code: GON
    names: [Gondor]
"""
VERBS = """\
verbs:
  - verb: condemn
    code: "111"
"""
STORIES = [
    {"id": "s1", "date": "2024-03-01", "text": "Arnor condemned Gondor. Arnor rebuffed Gondor."},
    {"id": "s2", "date": "2024-03-02", "text": "Zorvan Ketil condemned Gondor."},
]


@pytest.fixture
def setup(tmp_path, dictionary_folder):
    base = dictionary_folder(actors=ACTORS, verbs=VERBS)
    new = dictionary_folder(verbs='verbs:\n  - verb: rebuff\n    code: "125"\n',
                            actors="actors:\n  - code: ARNGOV\n    names: [Zorvan Ketil]\n")
    stories = tmp_path / "stories.jsonl"
    stories.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    return base, new, stories


def diff(capsys, old, new, stories, base, *extra) -> tuple:
    status = main(["dict", "diff", old, new, str(stories), "--dict", str(base), "--no-builtins", *extra])
    return status, capsys.readouterr().out


def test_events_gained_with_the_entries_that_fired(capsys, setup):
    base, new, stories = setup
    status, out = diff(capsys, "builtins", str(new), stories, base, "--format", "jsonl")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    changes = [r for r in rows if r["change"] != "root"]
    assert [(r["change"], r["story_id"], r["sentence_id"], r["source"], r["code"], r["target"]) for r in changes] == [
        ("gained", "s1", "2", "ARN", "125", "GON"), ("gained", "s2", "1", "ARNGOV", "111", "GON")]
    rebuff = {e["what"]: (e["words"], e["entry"]) for e in changes[0]["entries"]}
    assert rebuff["verb"] == ("rebuff", f"{new}/verbs.yaml:2")
    assert rebuff["source actor ARN"][0] == "Arnor" and rebuff["target actor GON"][0] == "Gondor"
    ketil = {e["what"]: e["entry"] for e in changes[1]["entries"]}
    assert ketil["source actor ARNGOV"].startswith(f"{new}/actors.yaml:2:")
    assert changes[0]["sentence"] == "Arnor rebuffed Gondor."
    roots = {r["root"]: (r["old"], r["new"]) for r in rows if r["change"] == "root"}
    assert roots == {"11": (1, 2), "12": (0, 1)}


def test_events_lost_when_the_new_side_removes_an_entry(capsys, setup, dictionary_folder):
    base, _, stories = setup
    removing = dictionary_folder(verbs="verbs:\n  - verb: condemn\n    remove: true\n")
    status, out = diff(capsys, "builtins", str(removing), stories, base)
    assert status == 0
    assert "0 events gained, 1 event lost" in out
    assert "s1#1  ARN 111 GON" in out
    lost = out[out.index("lost (1):"):]
    assert "verb" in lost and "condemn" in lost and "sentence: Arnor condemned Gondor." in lost


def test_no_change_is_exit_0_with_nothing_gained_or_lost(capsys, setup):
    base, _, stories = setup
    status, out = diff(capsys, "builtins", "builtins", stories, base)
    assert status == 0 and "0 events gained, 0 events lost" in out
    assert "gained (0):\n  none" in out


def test_folders_joined_by_commas_are_layered_in_order(capsys, setup, dictionary_folder):
    base, new, stories = setup
    again = dictionary_folder(verbs="verbs:\n  - verb: rebuff\n    remove: true\n")
    _, out = diff(capsys, str(new), f"{new},{again}", stories, base, "--format", "jsonl")
    changes = [row for row in map(json.loads, out.splitlines()) if row["change"] != "root"]
    assert [(c["change"], c["code"]) for c in changes] == [("lost", "125")]


def test_an_unknown_folder_is_a_user_error(capsys, setup, tmp_path):
    base, _, stories = setup
    status = main(["dict", "diff", "builtins", str(tmp_path / "nowhere"), str(stories)])
    assert status == 2 and "no such folder of dictionaries" in capsys.readouterr().err


def test_diff_results_compares_sentence_by_sentence(nlp, setup):
    from coder import Coder
    from coder.dictdiff import diff_corpus

    base, new, _ = setup
    old_coder = Coder([base], model=nlp, builtins=False)
    new_coder = Coder([base, new], model=nlp, builtins=False)
    result = diff_corpus(old_coder, new_coder, STORIES)
    assert result.stories == 2 and not result.lost
    assert [(c.event.sentence_id, c.event.code) for c in result.gained] == [("2", "125"), ("1", "111")]
    assert result.roots() == [("11", 1, 2), ("12", 0, 1)]
