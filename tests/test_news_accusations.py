"""Engine rules for accusations and threats in real news (CAMEO 11x, 13x), each on sentences
written for the test, positive and negative: whom a conditional threat targets, whose threat
a speaker states, what an allegation in a quote frame alleges, and who accuses when a pattern
names the verb of saying."""

from __future__ import annotations

import pytest


def triples(code, text, date="2024-07-31"):
    return set(code(text, date=date))


# --- a threat is made to the one whose act its condition names --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Peru said sanctions would be imposed if Bolivia closed the border.", ("PER", "1312", "BOL")),
    ("Russia threatened to cut gas supplies unless Moldova paid its debts.", ("RUS", "1311", "MDA")),
])
def test_a_conditional_threat_targets_the_subject_of_its_condition(code, text, expected):
    assert expected in triples(code, text)


def test_a_condition_gives_no_target_to_what_is_no_threat(code):
    assert triples(code, "Peru said talks would be held if Bolivia agreed.") == set()


# --- a threat stated of one's own side's forces is the speaker's --------------------------------

def test_a_threat_stated_of_the_speaker_s_own_forces_is_the_speaker_s(code):
    coded = triples(code, "Colombia's president said the FARC will be crushed by Colombian troops.")
    assert coded == {("COLGOV", "137", "COLREB")}


def test_another_side_s_forces_make_a_forecast_not_a_threat(code):
    assert triples(code, "Colombia's president said the FARC will be crushed by Venezuelan troops.") == set()


# --- an allegation's quote is what it alleges ---------------------------------------------------

def test_an_allegation_in_a_quote_frame_targets_the_quote_s_subject(code):
    coded = triples(code, '"Serbia has broken its promises again," the Kosovo prime minister alleged.')
    assert coded == {("XKXGOV", "112", "SRB")}


def test_a_quote_frame_of_plain_speech_is_no_event(code):
    assert triples(code, '"Serbia will hold talks next week," the Kosovo prime minister said.') == set()
    assert triples(code, '"The talks were useful," the Kosovo prime minister alleged.') == set()


# --- a pattern that names the verb of saying: its speaker accuses --------------------------------

def test_saying_another_took_part_in_a_crime_is_the_speaker_s_accusation(code):
    coded = triples(code, "The Ghanaian minister said the Togolese official was involved in bribery.")
    assert coded == {("GHAGOV", "1121", "TGOGOV")}


def test_taking_part_in_talks_is_no_accusation(code):
    assert triples(code, "The Ghanaian minister said the Togolese official was involved in the negotiations.") == set()
    assert triples(code, "The plan involves talks with Iran.") == set()


# --- a past perfect dated to the story's own days is news ----------------------------------------

def test_a_past_perfect_of_the_story_s_days_is_news(code):
    text = "Al-Shabaab had warned a day earlier that it would kill the Kenyan soldiers it holds if Kenya did not free its fighters."
    assert triples(code, text) == {("SOMREB", "138", "KENMIL")}
    assert triples(code, "Al-Shabaab had attacked a Kenyan convoy two hours earlier.") == {("SOMREB", "190", "KEN")}


def test_a_past_perfect_without_a_recent_date_is_background(code):
    assert triples(code, "Chad had expelled the French ambassador.") == set()
    assert triples(code, "Al-Shabaab had attacked a Kenyan convoy in 2019.") == set()
    assert triples(code, "Al-Shabaab had attacked a Kenyan convoy.") == set()


# --- what is done only once the asked-for is done is not done -----------------------------------

def test_a_deed_after_before_in_a_clause_that_asks_is_not_done(code):
    assert not any(c.startswith("08") for _, c, _ in
                   triples(code, "Peru asked for a full withdrawal before lifting any sanctions on Bolivia."))
    assert triples(code, "Peru wants guarantees from Bolivia before releasing the Bolivian prisoners.") == set()


def test_a_deed_after_before_a_deed_is_done(code):
    assert ("PER", "040", "BOLGOV") in triples(code, "Peru met the Bolivian envoy before leaving for Chile.")


# --- a rejection with no object answers the clause it is conjoined to ----------------------------

def test_a_refusal_answers_the_proposal_of_its_conjoined_clause(code):
    assert triples(code, "Peru proposed new talks, but Chile refused.") == {("CHL", "120", "PER")}


def test_a_conjunct_with_its_own_subject_is_no_part_of_the_intent(code):
    # "refused" is Chile's own clause: not a proposal of Peru's, and not filtered as one
    assert ("CHL", "120", "PER") in triples(code, "Peru wants new talks, but Chile refused.")
    assert triples(code, "Peru refused.") == set()
    assert triples(code, "Russia did not attack and occupy the Ukrainian town.") == set()
