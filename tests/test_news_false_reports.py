"""The that-clause of a report or claim that the sentence calls false tells what was not done
(filters.called_false, the settings' ``report_nouns`` and ``falsity_words``; issue 10,
precision: denied events coded as news). Sentences written for the test. Before, "the ministry
said reports that Egyptian troops had entered Sudan were false" was coded EGYMIL 192 SDN."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-06-10")


@pytest.mark.parametrize("text", [
    "The ministry said reports that Egyptian troops had entered Sudan were false.",
    "The Kenyan government said reports that its soldiers had shelled a Somali village were completely untrue.",
    "Beijing called reports that it had supplied weapons to Russia groundless.",
    "Ankara dismissed as baseless reports that Turkish jets had bombed Iraqi villages.",
])
def test_what_a_report_called_false_says_is_not_done(code, text):
    coded = triples(code, text)
    assert not {t for t in coded if t[1][:2] in ("07", "19")}


@pytest.mark.parametrize("text,expected", [
    ("The ministry said reports that Egyptian troops had entered Sudan were accurate.", ("EGYMIL", "192", "SDN")),
    ("The ministry said Egyptian troops had entered Sudan.", ("EGYMIL", "192", "SDN")),
])
def test_a_report_not_called_false_is_news(code, text, expected):
    assert expected in triples(code, text)


def test_the_setting_can_be_emptied(dictionary_folder, nlp):
    from coder import Coder

    folder = dictionary_folder(settings={"falsity_words": []})
    events = Coder(folder, model=nlp).code(
        "The ministry said reports that Egyptian troops had entered Sudan were false.", date="2025-06-10")
    assert ("EGYMIL", "192", "SDN") in {(e.source, e.code, e.target) for e in events}
