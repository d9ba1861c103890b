""""The group", "the bloc", "the alliance" refer back to the latest named organization of the
story (issue 10: a definite description pointing to a named actor; the settings' group_nouns),
on sentences written for the test. Before, such a subject was no actor and its sentence coded
nothing. A name with "the" whose entry has dated terms ("the Taliban", taken for a person elsewhere)
is a body here."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2024-05-01"

triples = triples_on(DATE)


@pytest.mark.parametrize("text,expected", [
    ("The European Union imposed new sanctions on Iran on Monday. "
     "The bloc also froze the assets of six Iranian officials.",
     ("IGOEUREEC", "163", "IRNGOV")),
    ("The Taliban detained a British aid worker in Kabul last week, officials said. "
     "The group accused Britain of sending spies into the country.",
     ("AFGGOV", "112", "GBR")),
    ("Boko Haram fighters attacked a village in Borno state on Sunday. "
     "The group abducted 20 girls from a school in Yobe state.",
     ("NGAREB", "181", "NGA")),
    ("NATO condemned the missile strikes on Ukrainian cities on Tuesday. "
     "The alliance promised to send more air defense systems to Kyiv.",
     ("IGOWSTNAT", "0", "UKR")),
])
def test_the_group_is_the_latest_named_organization(code, text, expected):
    source, root, target = expected
    assert any(s == source and c.startswith(root) and t.startswith(target) for s, c, t in triples(code, text))


@pytest.mark.parametrize("text", [
    # a state named alone is no group
    "Iran expelled two diplomats on Monday. The group accused Britain of spying.",
    # described or indefinite: a new group, not the EU named before
    "The European Union imposed new sanctions on Iran on Monday. A group of lawyers accused Britain of spying.",
    "The European Union imposed new sanctions on Iran on Monday. The group of lawyers accused Britain of spying.",
    # a state's agent is no named organization
    "Kenyan police arrested 40 protesters in Nairobi on Monday. The group accused Britain of spying.",
])
def test_no_group_reference_to_a_state_or_an_agent(code, text):
    coded = triples(code, text)
    # the accuser is no earlier actor: not Iran, the EU or the Kenyan police
    assert not any(c.startswith("112") and s in ("IRN", "IGOEUREEC", "KENCOP") for s, c, t in coded)
