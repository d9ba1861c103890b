"""Who did it to whom when one subject does one thing and then undergoes another: an active verb
conjoined to a passive with its own auxiliary and a "by" phrase ("marched ... and were arrested by
police"). Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,expected", [
    ("Kenyan opposition supporters marched to parliament and were arrested by police.",
     ("KENCOP", "173", "KENOPP")),
    ("The Ugandan journalist criticized the president and was detained by security forces.",
     ("UGACOP", "173", "UGAMED")),
    ("Protesters gathered outside the Iranian embassy in London and were dispersed by British police.",
     ("GBRCOP", "175", "GBRCVL")),
    ("Egypt hosted the talks and was praised by the United States.",
     ("USA", "051", "EGY")),
])
def test_a_conjoined_passive_shares_the_subject(code, text, expected):
    """passive_subject_of: the second verb's own passive auxiliary makes the shared subject its
    target and its "by" phrase the source (before, the shared subject read as the source of
    the passive and no event was coded)."""
    assert expected in triples(code, text)


@pytest.mark.parametrize("text,unwanted", [
    # no "by": nobody is named who detained her
    ("The Ugandan journalist criticized the president and was later detained.", "173"),
    # an active second verb keeps the shared subject as its source
    ("Kenyan police surrounded the opposition office and arrested two senators.", None),
])
def test_no_agent_no_source(code, text, unwanted):
    found = triples(code, text)
    if unwanted:
        assert not any(c == unwanted for _, c, _ in found)
    else:
        assert any(s.startswith("KEN") and c == "173" and t.startswith("KEN") and s != t for s, c, t in found)


@pytest.mark.parametrize("text,expected", [
    ("The Ugandan opposition leader was arrested in Kampala and charged with treason by a military court.",
     ("UGAJUD", "173", "UGAOPP")),
])
def test_a_conjoined_participle_read_as_past_tense(code, text, expected):
    """passive_subject_of: a conjunct the tagger read as a past tense (VBD) with a "by" agent of
    its own is the passive conjoined to the first (before, the leader read as its source and
    nothing was coded)."""
    assert expected in triples(code, text)


def test_an_active_conjunct_without_agent(code):
    """An active conjunct keeps the shared subject as its source."""
    found = triples(code, "Kenyan police arrested the senator and charged him with incitement.")
    assert ("KENCOP", "173", "KENLEG") in found
    assert not any(s == "KENLEG" for s, _, _ in found)
