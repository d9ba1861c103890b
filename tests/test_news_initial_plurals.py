"""A plural agent noun opening a sentence that the parser took for a proper noun (issue 10,
actors: "Rebels" read as a name, its lemma left as written, so no agent and no source), on
sentences written for the test. In the story below the parser tags the second sentence's
"Rebels" PROPN with the lemma "Rebels": before, the attack had no source; now the noun's
singular finds the agent (CODREB, the story's country). A capitalised plural inside a sentence
("the Rebels", a team's name) is left as it is."""

from __future__ import annotations

import pytest

from coder.engine.view import singular
from news_helpers import triples_on

triples = triples_on("2025-03-12")


def test_an_opening_plural_read_as_a_name_is_still_an_agent(code):
    found = triples(code, "Rebels seized the town of Walikale in eastern Congo on Wednesday. "
                          "Rebels also attacked an army post.")
    assert ("CODREB", "190", "CODMIL") in found


@pytest.mark.parametrize("text,expected", [
    ("KINSHASA — Rebels attacked an army post in eastern Congo.", ("CODREB", "190", "CODMIL")),
    ("Rebels seized the town of Walikale in eastern Congo on Wednesday. Militants also attacked an army post.",
     ("CODREB", "190", "CODMIL")),
])
def test_an_opening_plural_after_a_dateline_or_in_a_story(code, text, expected):
    assert expected in triples(code, text)


def test_a_plural_name_inside_a_sentence_is_no_agent(code):
    assert triples(code, "The Rebels beat the Lions in Nairobi on Sunday.") == set()


@pytest.mark.parametrize("plural,expected", [
    ("rebels", "rebel"), ("militias", "militia"), ("authorities", "authority"), ("gunmen", "gunman"),
    ("witnesses", "witness"), ("police", "police"), ("congress", "congress"),
])
def test_singular(plural, expected):
    assert singular(plural) == expected
