"""What someone covers, films or monitors is no act of theirs (issue 10, actors): an event noun
that is the object of a verb of looking on (the settings' ``onlooking_verbs``) and names no doer
of its own is done by no one named, on sentences written for the test.

- "Police arrested two journalists covering protests in Istanbul": before, the journalists also
  protested (---MED 141 TURGOV); "as they covered protests" made the police protest.
- A doer of its own keeps the act: "filmed the clashes between police and protesters".
"""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-10")


@pytest.mark.parametrize("text", [
    "Police arrested two journalists covering protests in Istanbul on Saturday.",
    "Police arrested two journalists as they covered protests in Istanbul on Saturday.",
    "Police detained two reporters who were covering a rally in Istanbul.",
])
def test_what_journalists_cover_is_no_protest(code, text):
    found = triples(code, text)
    assert any(c == "173" for _, c, _ in found)
    assert not any(c.startswith("14") for _, c, _ in found)


def test_a_covered_clash_between_named_sides_stays(code):
    found = triples(code, "Reporters filmed the clashes between police and protesters in Lagos.")
    assert ("NGACOP", "145", "NGACVL") in found


def test_a_protest_staged_is_still_coded(code):
    found = triples(code, "Opposition supporters staged protests in Istanbul on Saturday.")
    assert ("TUROPP", "141", "TURGOV") in found
