"""coder dict gaps: names no actor matches, verbs between two actors, actors never in an event.

Small dictionaries of our own (Arnor, Gondor, Rohan) with --no-builtins, stories of our own."""

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
  - code: ROH
    names: [Rohan]
"""
AGENTS = """\
agents:
  - code: GOV
    nouns: [minister]
"""
VERBS = """\
verbs:
  - verb: condemn
    code: "111"
  - verb: attack
    code: "190"
"""
STORIES = [
    {"id": "s1", "date": "2024-03-01", "text": "Arnor condemned Gondor on Monday. "
                                               "Zorvan Ketil condemned Gondor."},
    {"id": "s2", "date": "2024-03-02", "text": "Zorvan Ketil condemned Gondor again. Arnor rebuffed Gondor."},
    {"id": "s3", "date": "2024-03-03", "text": "Rohan hosted a harvest festival. The herders attacked Gondor."},
]


@pytest.fixture
def corpus(tmp_path, dictionary_folder):
    folder = dictionary_folder(actors=ACTORS, agents=AGENTS, verbs=VERBS)
    stories = tmp_path / "stories.jsonl"
    stories.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    return folder, stories


def gaps_jsonl(capsys, folder, stories, *extra) -> list:
    assert main(["dict", "gaps", str(stories), "--format", "jsonl", "--dict", str(folder), "--no-builtins",
                 *extra]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def by_phrase(rows, kind) -> dict:
    return {row["phrase"]: row for row in rows if row["kind"] == kind}


def test_a_name_no_actor_matches_is_a_candidate_actor_with_its_country(capsys, corpus):
    rows = gaps_jsonl(capsys, *corpus)
    actors = by_phrase(rows, "actor")
    assert actors["Zorvan Ketil"]["count"] == 2 and actors["Zorvan Ketil"]["stories"] == 2
    assert actors["Zorvan Ketil"]["with"][0]["value"] == "GON"
    assert actors["Zorvan Ketil"]["suggestion"] == "coder dict add actor 'Zorvan Ketil' GON"
    examples = actors["Zorvan Ketil"]["examples"]
    assert [(e["story_id"], e["sentence_id"]) for e in examples] == [("s1", "2"), ("s2", "1")]
    assert "Zorvan Ketil condemned Gondor" in examples[0]["text"]
    assert "Monday" not in actors  # a day is no actor


def test_a_verb_between_two_actors_in_a_sentence_coding_nothing_is_a_candidate_verb(capsys, corpus):
    verbs = by_phrase(gaps_jsonl(capsys, *corpus), "verb")
    assert verbs["rebuff"]["with"] == [{"value": "ARN -> GON", "count": 1}]
    assert verbs["rebuff"]["suggestion"] == "coder dict add verb rebuff CODE"
    assert "condemn" not in verbs and "attack" not in verbs  # listed verbs are no gap


def test_a_subject_of_an_event_word_no_agent_matches_is_a_candidate_agent(capsys, corpus):
    agents = by_phrase(gaps_jsonl(capsys, *corpus), "agent")
    assert agents["herder"]["count"] == 1
    assert agents["herder"]["suggestion"] == "coder dict add agent herder ROLE"


def test_an_actor_found_but_never_in_an_event_is_listed_with_its_entry(capsys, corpus):
    unused = by_phrase(gaps_jsonl(capsys, *corpus), "unused")
    assert set(unused) == {"Rohan"}  # Arnor and Gondor are in events
    assert unused["Rohan"]["code"] == "ROH" and unused["Rohan"]["entry"].startswith("actors.yaml:")
    assert unused["Rohan"]["with"][0]["value"] == "host"


def test_kind_and_top_choose_the_rows(capsys, corpus):
    rows = gaps_jsonl(capsys, *corpus, "--kind", "actor", "--top", "1", "--examples", "1")
    assert [(r["kind"], r["rank"], r["phrase"]) for r in rows] == [("actor", 1, "Zorvan Ketil")]
    assert len(rows[0]["examples"]) == 1


def test_the_table_has_a_section_per_kind_with_examples(capsys, corpus):
    folder, stories = corpus
    assert main(["dict", "gaps", str(stories), "--dict", str(folder), "--no-builtins"]) == 0
    out = capsys.readouterr().out
    assert "candidate actors:" in out and "candidate verbs:" in out and "never in an event" in out
    assert "coder dict add actor 'Zorvan Ketil' GON" in out
    assert "s2#1: Zorvan Ketil condemned Gondor again." in out


def test_a_missing_corpus_is_a_user_error(capsys, tmp_path):
    assert main(["dict", "gaps", str(tmp_path / "none.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_find_gaps_from_the_library(nlp, corpus):
    from coder import Coder
    from coder.gaps import find_gaps

    folder, _ = corpus
    coder = Coder([folder], model=nlp, builtins=False)
    found = find_gaps(coder.analyse_stories(STORIES), coder.dictionaries, examples=1, kinds=("verb", "noun"))
    assert set(found) == {"verb", "noun"}
    assert [g.phrase for g in found["verb"]] == ["rebuff"]
    assert found["verb"][0].examples[0].story_id == "s2"


def test_an_event_noun_between_two_actors_is_a_candidate_noun(nlp, dictionary_folder):
    from coder import Coder
    from coder.gaps import find_gaps

    coder = Coder([dictionary_folder(actors=ACTORS, verbs=VERBS)], model=nlp, builtins=False)
    story = {"id": "n1", "text": "Arnor announced a blockade against Gondor."}
    nouns = find_gaps(coder.analyse_stories([story]), coder.dictionaries, kinds=("noun",))["noun"]
    assert [(g.phrase, g.top_context(1)) for g in nouns] == [("blockade", ["ARN -> GON"])]
