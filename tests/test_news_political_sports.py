"""A story-discard phrase (sports: "Olympic Games", "World Cup") no longer vetoes a story that
codes an event between political actors: a state's officials (the settings' official_roles)
and anyone but their own bare state (engine.story.political_event). Real sports reports stay
discarded. Sentences written for the test; before, every one of them coded nothing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2024-07-31")


@pytest.mark.parametrize("text,expected", [
    ("The German chancellor met the Chinese president on the sidelines of the Olympic Games "
     "in Beijing on Friday.", {("DEUGOV", "040", "CHNGOV")}),
    ("The French president will fly to Tokyo on Thursday for the opening of the Olympic Games, "
     "hoping to repair relations with Japan.", {("FRAGOV", "036", "JPN")}),
    ("The Chinese president welcomed the US president to Beijing for the opening of the "
     "Olympic Games.", {("CHNGOV", "043", "USAGOV")}),
    # the sports word in one sentence, the politics in the next: the story is political
    ("The Olympic Games opened in Beijing on Friday. The US president met the Chinese president "
     "at the opening ceremony and urged China to improve human rights.",
     {("USAGOV", "040", "CHNGOV"), ("USAGOV", "0243", "CHN")}),
])
def test_a_political_story_with_a_sports_word_is_coded(code, text, expected):
    assert expected <= triples(code, text)


@pytest.mark.parametrize("text", [
    # two bare states: national teams, a sports report
    "Spain will meet Italy in the World Cup final in Berlin on Sunday.",
    "Spain will meet Italy in the World Cup final in Berlin on Sunday. The Spanish coach praised his players.",
    # police and fans: no state official
    "Police arrested dozens of fans outside the World Cup stadium in Berlin.",
])
def test_a_sports_story_stays_discarded(code, text):
    assert triples(code, text) == set()


def test_the_story_is_reported_discarded(coder_builtin):
    from coder.model import Story

    result = next(coder_builtin.analyse_stories([Story(id="s", text="Spain will meet Italy in the World Cup final.", date="2024-07-31")]))
    assert result.discarded and "world cup" in result.discarded
