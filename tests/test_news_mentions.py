"""Names that spaCy's noun chunks leave out (issue 10), on sentences written for the test: a
title of two nouns before a name ("Secretary of State X") takes the chunk, and the person was no
mention, so a pronoun after it found the title's last word instead of the person; and a plain
statement that carries a more specific event (the appeal of "urging him") is that event."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expected", [
    ("Two lawmakers wrote to Secretary of State Marco Rubio on Monday, urging him to act.",
     {("---LEG", "020", "USAGOV")}),
    ("Kenya welcomed Minister of Foreign Affairs Ahmed Attaf, and he praised Kenya.",
     {("KEN", "051", "DZAGOV"), ("DZAGOV", "051", "KEN")}),
    # a title without a name stays the agent it was
    ("Two lawmakers wrote to the Secretary of State on Monday, urging him to act.",
     {("---LEG", "020", "---GOV")}),
])
def test_title_before_a_name(code, text, expected):
    assert set(code(text, date="2025-03-06")) == expected


@pytest.mark.parametrize("text,expected", [
    # a plain statement carrying a more specific event between the same actors is that event
    ("The senators sent a letter to the Secretary of State on Monday, urging him to act.",
     {("---LEG", "020", "---GOV")}),
    ("Kenya sent a letter to Uganda, urging it to reopen the border.", {("KEN", "025", "UGA")}),
    # a statement alone stays; one to another actor than the carried event's stays too
    ("Kenya sent a message to Uganda.", {("KEN", "010", "UGA")}),
    ("Kenya sent a letter to Uganda, urging Somalia to withdraw its troops.",
     {("KEN", "010", "UGA"), ("KEN", "0256", "SOM")}),
])
def test_statement_carrying_an_event(code, text, expected):
    assert set(code(text, date="2025-03-06")) == expected
