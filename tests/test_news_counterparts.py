"""A counterpart of a minister or a leader is one too: "met his Chinese counterpart" is the
Chinese government (agents.yaml: counterpart, GOV). Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,expected", [
    ("The Indian foreign minister met his Chinese counterpart in Beijing.", ("INDGOV", "040", "CHNGOV")),
    ("Egypt's defense minister spoke by phone with his Israeli counterpart.", ("EGYGOV", "041", "ISRGOV")),
])
def test_a_counterpart_is_government(code, text, expected):
    """Before, the counterpart was the bare country (CHN, ISR)."""
    assert expected in triples(code, text)


def test_a_named_counterpart_is_the_name(code):
    """The appositive name decides: "his Chinese counterpart Wang Yi" is Wang Yi's code."""
    found = triples(code, "The Indian foreign minister met his Chinese counterpart Wang Yi in Beijing.")
    assert ("INDGOV", "040", "CHNGOV") in found


def test_no_country_no_actor(code):
    """A counterpart of no country named is no actor of its own."""
    assert not triples(code, "The minister thanked his counterpart for the invitation.")


@pytest.mark.parametrize("text", [
    "The Kenyan president met his counterpart in Nairobi.",
    "The Ghanaian foreign minister spoke with her counterpart on Friday.",
])
def test_his_counterpart_is_not_him(code, text):
    """counterpart_nouns: before, "his counterpart" was read as the president himself."""
    assert not any(s == t for s, _, t in triples(code, text))
    assert not any("KENGOV" == t or "GHAGOV" == t for _, _, t in triples(code, text))
