"""A fear of being deported, arrested or forced back is no deportation, arrest or coercion (issue
10, precision: what did not happen). The settings' attitude_adjectives now hold adjectives of fear
beside those of inclination; the parser reads "were terrified" as a passive participle, whose form
is listed. Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text", [
    "The refugees were terrified of being deported back to Afghanistan.",
    "Syrian refugees in Lebanon are afraid of being forced to return to Syria.",
    "Eritrean migrants in Egypt are scared of being sent back to Eritrea.",
    "Uyghur students in Turkey were frightened of being returned to China.",
])
def test_a_feared_act_is_not_done(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Lebanon deported 40 Syrian refugees back to Syria.", ("LBN", "174", "SYRREF")),
    ("Sudanese soldiers detained the frightened villagers of a Darfur town.", ("SDNMIL", "173", "SDNCVL")),
])
def test_the_act_itself_is_coded(code, text, expected):
    assert expected in triples(code, text)
