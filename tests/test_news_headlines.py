"""Headlines whose verb the parser reads as a plural noun (issue 10: parser quirks; the module
coder/engine/headlines.py), on headlines written for the test. "Myanmar junta arrests
journalists" was parsed as one noun phrase: no verb, no event, and one actor MMRGOVMED."""

from __future__ import annotations

import pytest

from coder.engine.headlines import repair_headline

from news_helpers import triples_on

DATE = "2024-05-02"


triples = triples_on(DATE)


@pytest.mark.parametrize("text,expected", [
    # the verb a modifier in the compound whose head is the object
    ("Myanmar junta arrests journalists.", {("MMRGOV", "173", "MMRMED")}),
    ("Myanmar junta arrests journalists in Yangon", {("MMRGOV", "173", "MMRMED")}),
    # the verb the parse's root, the object after it
    ("Sudan army attacks rebel camp", {("SDNMIL", "190", "SDNREB")}),
    ("Chad junta expels French ambassador", {("TCDGOV", "161", "FRAGOV")}),
])
def test_a_headline_verb_read_as_a_noun_is_a_verb(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # tagged a verb but hung in the compound: one actor (court and activist), no object before
    ("Indian court acquits activist of terror charges", {("INDJUD", "0841", "INDHRI")}),
    ("Kenyan court frees opposition leader on bail", {("KENJUD", "0841", "KENOPP")}),
])
def test_a_headline_verb_hung_in_the_compound_is_the_verb(code, text, expected):
    assert triples(code, text) == expected


def test_a_verb_outside_the_compound_keeps_the_parse(coder_builtin):
    """Only verbs the parser hung in the compound are hidden: a sentence with a verb of its own
    ("Kenyan court frees ... after he pleads") is left alone."""
    nlp, dictionaries = coder_builtin.nlp, coder_builtin.dictionaries
    assert not repair_headline(nlp("The Kenyan court freed the opposition leader on bail.")[:], dictionaries)


@pytest.mark.parametrize("text", [
    "Border clashes death toll",  # no name before the plural noun
    "Ukraine peace talks",  # nothing after it for an object
    "Russia attacks aftermath",  # repaired, but the object holds no actor
])
def test_a_noun_phrase_headline_codes_nothing(code, text):
    assert triples(code, text) == set()


def test_only_a_verbless_sentence_is_repaired(coder_builtin):
    """A sentence with a verb keeps spaCy's parse; a repaired one is repaired once, in the doc:
    its verb is the root, the noun before it the subject, the compound's head the object."""
    nlp, dictionaries = coder_builtin.nlp, coder_builtin.dictionaries
    with_verb = nlp("Police fired tear gas at protesters.")
    assert not repair_headline(with_verb[:], dictionaries)
    doc = nlp("Myanmar junta arrests journalists.")
    assert repair_headline(doc[:], dictionaries)
    assert [(t.text, t.dep_, t.head.text) for t in doc][:4] == [
        ("Myanmar", "compound", "junta"), ("junta", "nsubj", "arrests"), ("arrests", "ROOT", "arrests"),
        ("journalists", "dobj", "arrests")]
    assert doc[2].pos_ == "VERB"
    assert not repair_headline(doc[:], dictionaries)  # now it has a verb
