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


def test_noun_chunks_of_plain_tokens_are_spacy_s(nlp):
    """The plain tokens' noun chunks (spaCy's English rules, run on them) are spaCy's own:
    subjects, objects, pronouns, coordinated nouns, appositions, chunks not nested."""
    from coder.engine.tokens import plain

    doc = nlp("Egypt and its Arab allies praised the plan, which Jordan's king, Abdullah, drafted. "
              "They urged Israel, Hamas and the militias in Gaza to accept it on Monday.")
    ours = [(c.start, c.end, c.label_) for c in plain(doc[:]).doc.noun_chunks]
    assert ours == [(c.start, c.end, c.label_) for c in doc.noun_chunks]
    assert len(ours) > 6


def test_plain_span_text_is_spacy_s(nlp):
    """The text of a run of plain tokens (``tokens.span_text``, which the noun phrases' actors
    read without a Span) is spaCy's own, whitespace kept inside and dropped at the end."""
    from coder.engine.tokens import plain, span_text

    doc = nlp("The U.N. envoy,  who arrived on Monday, said: \"Talks (in Geneva) will resume.\"")
    ours = plain(doc[:]).doc
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(ours.tokens, start, end) == doc[start:end].text
            assert ours[start:end].text == doc[start:end].text


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


def test_regular_base_forms_of_an_inflected_verb():
    from coder.engine.view import base_forms
    assert "stage" in base_forms("staged") and "stage" in base_forms("staging")
    assert "stop" in base_forms("stopped") and "deny" in base_forms("denies") and "push" in base_forms("pushes")
    assert base_forms("go") == () and base_forms("it") == ()


def test_a_verb_spacy_lemmatises_wrongly_is_found_by_its_base_form(dictionary_folder, nlp):
    """spaCy's small model lemmatises "staged" as "stag": the entry for "stage" still codes it,
    its patterns too; a lemma that an entry knows is left alone."""
    from coder import Coder
    from coder.dictionary import load
    folder = dictionary_folder(
        actors="actors:\n  - {code: FRA, names: [France, French]}\n  - {code: CHL, names: [Chile, Chilean]}\n",
        verbs='verbs:\n  - verb: stage\n    patterns: ["* ..2 raid ..2 $target => 190"]\n'
              '  - verb: praise\n    code: "051"\n')
    coder = Coder(load(folder), model=nlp)
    coded = {(e.source, e.code, e.target) for e in coder.code("Chilean commandos staged a raid on French positions.")}
    assert coded == {("CHL", "190", "FRA")}
    coded = {(e.source, e.code, e.target) for e in coder.code("Chilean commandos staged a concert for French troops.")}
    assert coded == set()  # the pattern's words, not any "stage"
    assert {(e.source, e.code, e.target) for e in coder.code("Chile praised France.")} == {("CHL", "051", "FRA")}
