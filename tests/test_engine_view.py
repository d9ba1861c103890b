"""The sentence view and the story context stay linear in a long story, with the same results."""

from __future__ import annotations

from coder.engine.phrases import Earlier, story_country
from coder.engine.view import noun_chunks
from coder.model import Actor


def test_noun_chunks_found_once_per_doc_are_spacy_s_per_sentence(nlp):
    doc = nlp("Egypt praised Jordan. The Iraqi prime minister met his Turkish counterpart in Baghdad. "
              "Rebels attacked a convoy near the border, officials said.")
    for sent in doc.sents:
        assert [(c.start, c.end) for c in noun_chunks(sent)] == [(c.start, c.end) for c in sent.noun_chunks]
    assert "coder.noun_chunks" in doc.user_data  # found once, kept with the doc


def test_earlier_reads_the_story_then_the_sentence_backwards_without_copying():
    story, sentence = [Actor("EGY", "Egypt", 0, 1)], [Actor("JOR", "Jordan", 2, 3)]
    earlier = Earlier(story, sentence)
    assert [a.code for a in reversed(earlier)] == ["JOR", "EGY"]
    assert [a.code for a in earlier] == ["EGY", "JOR"]
    story.append(Actor("IRQ", "Iraq", 0, 1))  # a view, not a copy
    assert [a.code for a in earlier] == ["EGY", "IRQ", "JOR"]
    assert not Earlier([], [])


def test_the_story_country_needs_a_majority():
    from collections import Counter

    assert story_country(Counter({"HTI": 3, "USA": 2})) == "HTI"
    assert story_country(Counter({"HTI": 2, "USA": 2})) is None
    assert story_country(Counter()) is None
