"""A hedged warning is a threat (settings ``warning_verbs``): "X warned it could impose sanctions
on Y" is X's threat (1312), as CAMEO codes it. Another's clause stays a forecast, a plain
"said it could" stays a hypothetical, a negated one is no threat. Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expected", [
    ("Seoul warned it could impose sanctions on Pyongyang.", [("KOR", "1312", "PRK")]),
    ("South Korea warned that it may cut aid to North Korea.", [("KOR", "1311", "PRK")]),
    ("Russia warned it might expel the British ambassador.", [("RUS", "1313", "GBRGOV")]),
])
def test_a_hedged_warning_of_ones_own_act_is_a_threat(code, text, expected):
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "Iran could reject the offer from Washington, officials warned.",  # whose officials: a forecast
    "Analysts warned that Iran could strike Israel.",
    "Seoul said it could impose sanctions on Pyongyang.",  # no warning: a hypothetical
    "Seoul warned it could not impose sanctions on Pyongyang.",
])
def test_no_threat_without_a_warning_of_ones_own(code, text):
    assert code(text) == []


def test_an_obligation_in_a_warning_stays_a_demand(code):
    assert code("Turkey warned that Syria must withdraw its troops.") == [("TUR", "106", "SYR")]


def test_the_setting_can_be_emptied(dictionary_folder):
    from coder import Coder

    # (a warning to impose sanctions is also a pattern of verbs/13-threaten.yaml's warn, so the
    # setting is tested on another hedged act)
    folder = dictionary_folder(settings={"warning_verbs": []})
    events = Coder(folder).code("Russia warned it might expel the British ambassador.", date="2024-07-31")
    assert [(e.source, e.code, e.target) for e in events] == []
