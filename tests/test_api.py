"""The library: ``import coder`` and code, stream, explain; readings chosen by name."""

from __future__ import annotations

import pytest

import coder
from coder import Coder, CoderError, Event, Story


def test_the_package_exposes_the_api():
    for name in ("Coder", "Event", "Story", "Reading", "Explanation", "CoderError", "__version__"):
        assert hasattr(coder, name), name


def test_code_a_string(coder_builtin):
    events = coder_builtin.code("Iraq condemned the United States on Monday.", date="2024-07-31")
    assert [(e.source, e.code, e.target) for e in events] == [("IRQ", "111", "USA")]
    event = events[0]
    assert isinstance(event, Event) and event.date == "2024-07-31" and event.story_id == "text"
    row = event.to_dict()
    assert list(row)[:6] == ["story_id", "sentence_id", "date", "source", "target", "code"]
    assert row["verb_text"] == "condemned" and row["pattern"].startswith("verbs/11-")


def test_dates_are_normalised_and_checked(coder_builtin):
    assert coder_builtin.code("Iraq condemned the United States.", date="20240731")[0].date == "2024-07-31"
    with pytest.raises(CoderError, match="expected yyyy-mm-dd"):
        coder_builtin.code("Iraq condemned the United States.", date="31/07/2024")


def test_code_stories_streams_stories_and_mappings_in_order(coder_builtin):
    stories = [
        {"id": "a", "text": "Egypt praised Jordan.", "date": "2024-01-02"},
        Story(id="b", text="Nothing happened here today.", date="2024-01-03"),
        {"id": "c", "text": "Turkey criticized Greece. Greece rejected the criticism.", "date": "2024-01-04"},
    ]
    results = list(coder_builtin.code_stories(iter(stories)))
    assert [story.id for story, _ in results] == ["a", "b", "c"]
    assert [(e.source, e.code, e.target) for e in results[0][1]] == [("EGY", "051", "JOR")]
    assert results[1][1] == []
    assert ("TUR", "111", "GRC") in [(e.source, e.code, e.target) for e in results[2][1]]
    assert {e.sentence_id for e in results[2][1]} <= {"1", "2"}


def test_a_story_needs_an_id_and_a_text(coder_builtin):
    with pytest.raises(CoderError, match="needs id"):
        list(coder_builtin.code_stories([{"text": "Egypt praised Jordan."}]))
    with pytest.raises(CoderError, match="a story is"):
        list(coder_builtin.code_stories(["Egypt praised Jordan."]))


def test_explain_returns_the_analysis(coder_builtin):
    explanation = coder_builtin.explain("Iraq did not condemn the United States.")
    assert explanation.events == []
    (analysis,) = explanation.sentences
    (candidate,) = analysis.candidates
    assert candidate.skipped.startswith("negated")
    text = str(explanation)
    assert "tokens:" in text and "no event: negated" in text


def test_a_reading_by_name_changes_how_sentences_are_read(coder_builtin):
    text = "Egypt had condemned Israel."  # background in coder's reading; PETRARCH codes it
    assert coder_builtin.reading.name == "coder"
    assert coder_builtin.code(text) == []
    petrarch2 = coder_builtin.with_reading("petrarch2")
    assert petrarch2.reading.name == "petrarch2" and petrarch2.dictionaries is coder_builtin.dictionaries
    assert [(e.source, e.code, e.target) for e in petrarch2.code(text)] == [("EGY", "111", "ISR")]
    assert coder_builtin.reading.name == "coder"  # with_reading makes another coder


def test_an_unknown_reading_is_an_error_naming_the_presets(dictionaries):
    with pytest.raises(CoderError, match="unknown reading 'petrarch3'.*coder, petrarch1, petrarch2"):
        Coder(dictionaries, reading="petrarch3")


def test_a_pipeline_without_a_parser_is_refused_with_a_clear_error(tmp_path, capsys):
    import spacy

    from coder.cli import main

    spacy.blank("en").to_disk(tmp_path / "blank")
    story = tmp_path / "s.txt"
    story.write_text("Egypt praised Jordan.\n", encoding="utf-8")
    assert main(["code", str(story), "--model", str(tmp_path / "blank")]) == 2
    assert "has no tagger and no parser" in capsys.readouterr().err


def test_a_loaded_pipeline_without_a_parser_is_refused_when_given(dictionaries):
    import spacy

    with pytest.raises(CoderError, match="has no tagger and no parser"):
        Coder(dictionaries, model=spacy.blank("en"))


def test_a_loaded_pipeline_codes_irregular_forms_as_one_loaded_by_name(dictionaries):
    """The irregular verb forms come from the given pipeline's lemmatizer, not from whatever
    else the process loaded before: "forgave", tagged as a base form, is still "forgive"."""
    import spacy

    from coder import lemma_cache
    from coder.nlp import MODELS

    kept = dict(lemma_cache.IRREGULAR_VERBS)
    lemma_cache.IRREGULAR_VERBS.clear()
    try:
        nlp = next(spacy.load(m, exclude=["ner"]) for m in MODELS if spacy.util.is_package(m))
        coder = Coder(dictionaries, model=nlp)
        assert lemma_cache.irregular_base("forgave") == "forgive"
        assert ("KEN", "071", "UGA") in {(e.source, e.code, e.target)
                                         for e in coder.code("Kenya forgave Uganda's debt.", date="2024-01-01")}
    finally:
        lemma_cache.IRREGULAR_VERBS.update(kept)


def test_explain_shows_the_stance(coder_builtin):
    text = str(coder_builtin.explain("Germany will send humanitarian aid to Sudan.", date="2024-01-01"))
    assert "stance: intent (will send)" in text and "-> DEU 0333 SDN" in text
