"""The one asked, after a demand or an appeal (settings ``asked_prepositions``, ``asked_codes``):
"demanded weapons from Germany" is a demand of Germany, not of Ukraine's own government.
Sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expected", [
    ("Ukraine demanded more weapons and ammunition from Germany.", ("UKR", "1032", "DEU")),
    ("Poland demanded an apology from Germany's ambassador over the remarks.", ("POL", "100", "DEUGOV")),
    ("Lebanon requested help from France after the explosion.", ("LBN", "023", "FRA")),
])
def test_from_names_the_one_asked(code, text, expected):
    assert expected in code(text)


@pytest.mark.parametrize("text,expected", [
    # the object's own phrases come first: the troops are the target, not the place they leave
    ("Iraq demanded the withdrawal of Turkish troops from its territory.", ("IRQ", "106", "TURMIL")),
])
def test_the_objects_own_actor_comes_first(code, text, expected):
    assert code(text) == [expected]


def test_from_is_no_target_of_other_codes(code):
    """Aid received from Japan is no appeal to Japan: Japan gives it (the receive pattern's
    `from $source`, the subject the receiver)."""
    assert code("Kenya received aid from Japan.") == [("JPN", "070", "KEN")]


def test_the_setting_can_be_emptied(dictionary_folder):
    from coder import Coder

    folder = dictionary_folder(settings={"asked_codes": []})
    events = Coder(folder).code("Ukraine demanded more weapons and ammunition from Germany.", date="2024-07-31")
    assert ("UKR", "1032", "DEU") not in [(e.source, e.code, e.target) for e in events]
