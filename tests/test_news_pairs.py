""""The two leaders", "both countries", "the two sides" refer back to two actors named before
(issue 10: actors pointed to by a definite description; the settings' pair_person_nouns,
pair_state_nouns, pair_nouns), on sentences written for the test. A story's second sentence
("The two leaders agreed to strengthen security cooperation") coded nothing: no actor."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2025-06-17"


triples = triples_on(DATE)


@pytest.mark.parametrize("text,expected", [
    ("Sudan's army chief Abdel Fattah al-Burhan met Egyptian President Abdel Fattah el-Sisi in Cairo on Sunday. "
     "The two leaders agreed to strengthen security cooperation.",
     {("EGYGOV", "0312", "SDNGOV"), ("SDNGOV", "0312", "EGYGOV")}),
    # the states named, not the persons, for "countries"
    ("The Kenyan president met the Somali president in Nairobi. Both countries agreed to resume trade talks.",
     {("KEN", "036", "SOM"), ("SOM", "036", "KEN")}),
])
def test_a_pair_refers_to_the_latest_two_actors_of_its_kind(code, text, expected):
    assert expected <= triples(code, text)


@pytest.mark.parametrize("text", [
    # described: no reference back
    "Kenya welcomed the peace deal. Both African leaders agreed to resume trade talks.",
    "Kenya welcomed the peace deal. The two sides of the border agreed to resume trade talks.",
    # one actor before: no pair
    "Kenya welcomed the peace deal. The two leaders agreed to resume trade talks.",
])
def test_no_pair_without_two_actors_or_with_a_description(code, text):
    coded = triples(code, text)
    assert not any(c == "036" and s.startswith("KEN") and t.startswith("KEN") for s, c, t in coded)
    assert not any(c == "036" and "---" not in s and "---" not in t and s[:3] != t[:3] for s, c, t in coded)
