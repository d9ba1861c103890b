"""An event noun with "any" or "no" names any such act, or none, not one that was done
(filters.indefinite, the settings' ``indefinite_determiners``), and a verb whose object has
"no" reports nothing done ("carried out no strikes"; filters.negated_or_hypothetical) (issue 10,
precision: hypotheticals and negated events coded as news). Sentences written for the test.
Before, "warned that any attack on the islands would be met with force" was coded as the
warner's threat to attack the islands (138), "opposes any official contact between X and Y"
as a meeting of X and Y (040), "said it had carried out no strikes in Congo" as a strike (190)."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-06-10")


@pytest.mark.parametrize("text", [
    "Rubio has warned that any attack on Guyana would be met with consequences.",
    "Any attack on Taiwan would be met with a forceful response, the Japanese defense minister said.",
    "China opposes any official contact between the United States and Taiwan.",
    "Uganda said it had carried out no strikes in Congo.",
    "The army said no attack on the village took place.",
])
def test_any_or_no_such_act_is_none_done(code, text):
    coded = triples(code, text)
    assert not {t for t in coded if t[1][:2] in ("04", "13", "18", "19")}


@pytest.mark.parametrize("text,expected", [
    # the verb that governs the noun is coded on its own
    ("Egypt rejected any talks with Ethiopia over the dam.", ("EGY", "125", "ETH")),
    ("Seoul vowed to retaliate against any provocation by Pyongyang.", ("KOR", "138", "PRK")),
    ("Pakistan condemned any interference by India in its internal affairs.", ("PAK", "111", "IND")),
    # a determiner that is no "any" or "no" leaves the act done
    ("Russia launched its largest attack on Kyiv in weeks on Monday.", ("RUS", "190", "UKR")),
    ("Uganda said it had carried out two strikes in Congo.", ("UGA", "190", "COD")),
])
def test_the_governing_verb_and_done_acts_stay(code, text, expected):
    assert expected in triples(code, text)


def test_the_setting_can_be_emptied(dictionary_folder, nlp):
    from coder import Coder

    folder = dictionary_folder(settings={"indefinite_determiners": []})
    events = Coder(folder, model=nlp).code(
        "China opposes any official contact between the United States and Taiwan.", date="2025-06-10")
    assert ("USA", "040", "TWN") in {(e.source, e.code, e.target) for e in events}
