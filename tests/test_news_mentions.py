"""Names that spaCy's noun chunks leave out (issue 10), on sentences written for the test: a
title of two nouns before a name ("Secretary of State X") takes the chunk, and the person was no
mention, so a pronoun after it found the title's last word instead of the person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expected", [
    ("Eight senators sent a letter to Secretary of State Marco Rubio about the shipments, urging him to act.",
     {("---LEG", "010", "USAGOV"), ("---LEG", "020", "USAGOV")}),
    ("Kenya welcomed Minister of Foreign Affairs Ahmed Attaf, and he praised Kenya.",
     {("KEN", "051", "DZAGOV"), ("DZAGOV", "051", "KEN")}),
    # a title without a name stays the agent it was
    ("Eight senators sent a letter to the Secretary of State, urging him to act.",
     {("---LEG", "010", "---GOV"), ("---LEG", "020", "---GOV")}),
])
def test_title_before_a_name(code, text, expected):
    assert set(code(text, date="2025-03-06")) == expected
