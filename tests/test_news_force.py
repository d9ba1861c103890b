"""Force, coercion, sanctions and reduced relations in news wording (issue 10), with the actors
such events need: each rule tested on sentences of our own, one that codes and one that must not.
"""

from __future__ import annotations

import pytest


def test_is_in_capitals_is_the_islamic_state_not_the_verb(nlp):
    """'IS' as written is read as a name by the tagger and parser (its norm is that of ISIS);
    'is' and 'Is' stay the verb."""
    doc = nlp("Kurdish troops drove IS out of the town. Is it over? It is.")
    words = list(doc)
    assert (words[3].text, words[3].pos_, words[3].dep_) == ("IS", "PROPN", "dobj")
    assert (words[9].text, words[9].pos_) == ("Is", "AUX")
    assert (words[14].text, words[14].pos_) == ("is", "AUX")


@pytest.mark.parametrize("text,expected", [
    ("Iraqi special forces eliminated IS commander Hamid Dawar in a raid.", [("IRQMIL", "190", "IMGMOSISIMIL")]),
    ('Kurdish officials said Iraqi commandos "eliminated" IS commander Hamid Dawar.',
     [("IRQMIL", "190", "IMGMOSISIMIL")]),
    ("The government eliminated tariffs on Canadian steel.", [("GOV", "085", "CAN")]),
])
def test_eliminating_a_commander_is_force_eliminating_tariffs_is_not(code, text, expected):
    events = code(text, date=None)
    assert len(events) == len(expected)
    for (source, event, target), (role, wanted, whom) in zip(events, expected):
        assert source.endswith(role) and (event, target) == (wanted, whom)


def test_a_name_never_ends_on_a_quote_after_it(coder_builtin):
    """'the army "successfully eliminated" X': the agent noun before the quote stays an agent."""
    (sentence,) = coder_builtin.explain('Sudanese officials said the army "successfully eliminated" the rebels.').sentences
    assert [(a.code, a.text) for a in sentence.mentions][:2] == [("SDNGOV", "Sudanese officials"), ("SDNMIL", "the army")]


@pytest.mark.parametrize("text,expected", [
    ("Kurdish forces pushed IS out of its strongholds.", ("190", "IMGMOSISI")),
    ("Iraqi troops drove the militants out of some of their key strongholds.", ("190", "REB")),
    ("Iraqi troops drove the villagers out of their homes.", ("201", "CVL")),
])
def test_driven_out_of_strongholds_is_combat(code, text, expected):
    (event,) = code(text, date=None)
    assert event[1] == expected[0] and event[2].endswith(expected[1])


@pytest.mark.parametrize("text", ["The minister pushed Iraq out of the talks.",
                                  "Police pushed the protesters out of the square."])
def test_pushed_out_of_other_places_is_no_combat(code, text):
    assert code(text, date=None) == []


@pytest.mark.parametrize("text,expected", [
    ("Iraq's prime minister said the country's intelligence service killed the militant leader.",
     [("IRQSPY", "190", "IRQREB")]),
    ("Kenya hosted talks with Uganda, and the country's army later attacked Somali militants.",
     None),
])
def test_the_countrys_agent_is_the_state_named_before(code, text, expected):
    events = code(text, date=None)
    if expected is not None:
        assert events == expected
    else:  # the last state named before "the country's" is Uganda: its army, not Kenya's
        assert [e for e in events if e[1] == "190"] == [("UGAMIL", "190", "SOMREB")]


def test_our_troops_in_a_quote_are_the_speakers(code):
    assert code('"Our soldiers hunted the rebels down," the Nepali defense minister said.', date=None) \
        == [("NPLMIL", "190", "NPLREB")]


def test_my_colleague_of_another_country_keeps_it(code):
    assert code('"I appeal to my Chinese colleague to help," the US envoy said.', date=None) \
        == [("USAGOV", "023", "CHN")]


def test_he_in_reported_speech_is_the_speaker(code):
    """Only a quote's "he" is never its speaker: "Ruto said he will ..." is Ruto."""
    assert code("Kenyan President Ruto said he will visit Uganda.", date=None) == [("KENGOV", "036", "UGA")]


def test_he_in_a_quote_is_not_its_speaker(code):
    """The speaker speaks of himself as "I": "he" in his own quote is someone else, and with
    no one else to refer to, no event (rather than the speaker attacked by his own troops)."""
    text = ('President Ruto spoke in Nairobi on Monday. '
            '"He was hunted down by our brave soldiers," Ruto wrote.')
    assert code(text, date=None) == []
    # the quote opened a sentence before: still the speaker's quote
    text = ('President Ruto spoke in Nairobi on Monday. "The gang leader fled. '
            'He was hunted down by our brave soldiers," Ruto wrote.')
    assert ("KENMIL", "190", "KENGOV") not in code(text, date=None)


@pytest.mark.parametrize("text,expected", [
    ("Spanish police broke up a terrorist cell on Tuesday.", [("ESPCOP", "173")]),
    ("The Moroccan counterterrorism agency broke up a terror cell.", [("MARCOP", "173")]),
    ("The band broke up in 1970.", []),
])
def test_breaking_up_a_cell_is_an_arrest(code, text, expected):
    events = code(text, date=None)
    assert [e[:2] for e in events] == expected and all(e[2].endswith("UAF") for e in events)


@pytest.mark.parametrize("text,expected", [
    ("On Monday, Kenyan senator Ali Roba was expelled from the ruling Jubilee party.", [("KENPTY", "166", "KEN")]),
    ("Russia was expelled from the Council of Europe.", [("IGOEURCOE", "166", "RUS")]),
    ("Students expelled from the university protested.", []),
])
def test_expelled_from_a_body_is_expelled_by_it(code, text, expected):
    events = code(text, date=None)
    assert [(s, c) for s, c, _ in events] == [(s, c) for s, c, _ in expected]
    assert all(t.startswith(want) for (_, _, t), (_, _, want) in zip(events, expected))


def test_they_in_a_quote_are_not_its_speaker(code):
    """'"They shot the guards," the general said': not the general, but those named before."""
    text = ("Armed rebels stopped a convoy near Goma on Monday, Congolese army spokesman General Sylvain "
            "Ekenge said. \"Then they shot two soldiers,\" Ekenge said.")
    assert [e for e in code(text, date="2024-07-31") if e[1] == "193"] == [("CODREB", "193", "CODMIL")]


def test_they_in_reported_speech_may_be_the_speakers_side(code):
    """Outside a quote, "they" keeps its referent: "X says they are negotiating" (X's side)."""
    assert code("Kenyan trade official Jane Wairimu says they are negotiating with Brazil.", date=None) \
        == [("KENGOV", "046", "BRA")]


@pytest.mark.parametrize("text,expected", [
    ("The attack followed an operation conducted by Kenyan special forces on Monday, which resulted in "
     "the deaths of 12 al-Shabab militants.", [("KENMIL", "190", "SOMREB")]),
    ("A raid carried out by Nigerian troops killed 20 Boko Haram fighters.", [("NGAMIL", "190", "NGAREB")]),
    ("An operation conducted by Kenyan surgeons resulted in the death of a patient.", []),
    ("A study conducted by Kenyan researchers found the killing of elephants had slowed.", []),
])
def test_an_operation_by_x_that_killed_y(code, text, expected):
    """The attack noun, its participle's "by" phrase and the killed named after it."""
    assert code(text, date=None) == expected


def test_a_participle_describing_an_actor_subject_is_still_no_event(code):
    """'supported by the U.S. military' describes the soldiers: no support (05) by anyone. Their
    patrol is a show of force with no one named, made at home (cameo.yaml implied_targets 15)."""
    assert code("Somali soldiers, supported by the U.S. military, are patrolling the border.",
                date=None) == [("SOMMIL", "150", "SOM")]


def test_a_conjunction_inside_a_name_joins_nothing(coder_builtin):
    (sentence,) = coder_builtin.explain("Somalia's National Intelligence and Security Agency detained "
                                        "a Kenyan journalist.").sentences
    assert [a.code for a in sentence.mentions][0] == "SOMSPY"


@pytest.mark.parametrize("text,expected", [
    ("Under the new measures, the former Kenyan minister and his wife are now barred from travel to Britain.",
     [("GBR", "172", "KENELI")]),
    ("Ugandan opposition leader Bobi Wine was barred from entering Kenya.", [("KEN", "172", "UGAOPP")]),
    ("Women were barred from entering the stadium.", []),
])
def test_barred_from_travel_to_a_country_is_its_ban(code, text, expected):
    assert code(text, date="2024-07-31") == expected


def test_a_clause_hung_on_a_noun_root_takes_it_as_subject(code):
    """'Ruto at first rejected ...' parsed as the noun phrase 'Ruto' with a clause on it."""
    assert ("KENGOV", "120") in {e[:2] for e in code("Ruto at first rejected the demands of the protesters.",
                                                     date="2024-07-31")}


def test_new_actors(coder_builtin):
    (first, second) = coder_builtin.explain(
        "Thai lawmaker Kannavee Suebsang criticized the government. "
        "The International Refugee Assistance Project condemned the deportations by Thailand.").sentences
    assert [a.code for a in first.mentions][0] == "THALEG"
    assert [a.code for a in second.mentions][0] == "NGOREFIRP"


@pytest.mark.parametrize("text,expected", [
    ("An offensive launched by Malian forces this week, in part to capture the rebel leader, has succeeded, "
     "pushing IS out of its main bases.", [("MLIMIL", "190", "IMGMOSISI")]),
    ("An operation carried out by Kenyan police this week, pushing prices out of reach, failed.", []),
])
def test_an_offensive_by_x_pushing_y_out(code, text, expected):
    assert code(text, date="2024-07-31") == expected
