"""The engine's stages, each guarded by a sentence that needs it: the de-duplication of events,
the hop from a relative pronoun ("which", "who") to the phrase it stands for, the source of a
verb governed by "prompted X to", a noun event that is the object of a verb with its code, the
pairs of an actor with itself, the "$mutual" slot, and the reading settings that no test
without ../shared exercised (clause_subject_target, verb_phrase_target, source_before_verb,
comma_bmin/comma_bmax).

Every sentence here is written for this file. Tests on the built-in dictionaries use the
`code` fixture of conftest.py; the settings tests use a small dictionary of their own (below),
written to a temporary folder with the built-in settings, some of them changed."""

from __future__ import annotations


import pytest
import yaml

DATE = "2024-07-31"


def coder_for(nlp, folder, **changes):
    """A coder over the dictionaries in ``folder``, coder's reading with some options (or word
    lists) changed in the folder's settings.yaml: returns code(text) -> [(source, code, target),
    ...], in order.

    The only place this file touches coder's API: when the API changes, change it here."""
    from coder import Coder
    from coder.dictionary import Settings, load
    from coder.reading import OPTIONS

    unknown = set(changes) - set(OPTIONS) - set(Settings.__dataclass_fields__)
    assert not unknown, f"not settings: {unknown}"
    if changes:
        (folder / "settings.yaml").write_text(yaml.safe_dump({"settings": changes}, sort_keys=False), encoding="utf-8")
    coder = Coder(load(folder), model=nlp)

    def code(text: str, date: str = DATE) -> list:
        return [(e.source, e.code, e.target) for e in coder.code(text, date=date)]

    return code


# --- a small dictionary of real countries, for the settings ---------------------------------

ACTORS = """
actors:
  - {code: FRA, names: [France, French]}
  - {code: DEU, names: [Germany, German]}
  - {code: IRN, names: [Iran, Iranian]}
  - {code: ISR, names: [Israel, Israeli]}
  - {code: RUS, names: [Russia, Russian]}
  - {code: UKR, names: [Ukraine, Ukrainian]}
  - {code: TUR, names: [Turkey, Turkish]}
  - {code: SYR, names: [Syria, Syrian]}
"""
AGENTS = """
agents:
  - {code: GOV, nouns: [official, government, minister]}
"""
VERBS = """
verbs:
  - verb: criticize
    code: "111"
  - verb: complain
    code: "114"
  - verb: attack
    code: "190"
  - verb: expel
    code: "161"
  - verb: agree
    code: "030"
    patterns: ["$mutual ..6 * => 030"]
"""


@pytest.fixture
def coder_with(dictionary_folder, nlp):
    """A coder over the small dictionary above, with the given settings changed."""
    def make(**changes):
        return coder_for(nlp, dictionary_folder(actors=ACTORS, agents=AGENTS, verbs=VERBS), **changes)
    return make


# --- built-in dictionaries --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, event", [
    # a verb and an event noun with the same code and actors
    ("China praised Pakistan and expressed support for Pakistan.", ("CHN", "051", "PAK")),
    # two verbs, one target
    ("Japan condemned North Korea's missile test and criticized North Korea.", ("JPN", "111", "PRK")),
])
def test_an_event_is_coded_once_per_sentence(code, sentence, event):
    """De-duplication (`_unique`): any (source, code, target) a sentence gives twice, from a verb
    and an event noun ("praised Pakistan and expressed support for Pakistan") or from two verbs
    ("condemned North Korea's missile test and criticized North Korea"), is one event."""
    events = code(sentence)
    assert events.count(event) == 1
    assert len(events) == len(set(events))


@pytest.mark.parametrize("sentence, event", [
    ("Germany, which criticized Russia last week, expelled two Russian diplomats.", ("DEU", "111", "RUS")),
    ("Iran's foreign minister, who met with Iraqi officials in Baghdad, praised Iraq.", ("IRNGOV", "040", "IRQGOV")),
])
def test_a_relative_pronoun_stands_for_the_phrase_it_modifies(code, sentence, event):
    """The "which"/"who" hop: the subject of a relative clause is the phrase the clause
    modifies. "Germany, which criticized Russia last week, expelled ...": Germany criticized
    Russia; "Iran's foreign minister, who met with Iraqi officials ...": the minister met them."""
    events = code(sentence)
    assert event in events
    assert len(events) >= 2  # the main clause is coded too


def test_the_object_of_prompted_to_is_the_source_of_its_verb(code):
    """A verb in an infinitive complement ("xcomp") takes the governing verb's object as its
    subject: "The shelling prompted Egypt to condemn Israel": Egypt condemns Israel."""
    assert code("The shelling prompted Egypt to condemn Israel.") == [("EGY", "111", "ISR")]
    assert code("The bombing prompted France to criticize Russia.") == [("FRA", "111", "RUS")]


def test_an_event_noun_that_is_the_object_of_its_own_code_is_not_coded_again(code):
    """An event noun that is the direct object of an event verb with the same code is the
    verb's event, not one of its own: "Iraq condemned Turkish airstrikes on Syria" is Iraq
    criticizing Turkey, not Turkey criticizing Syria (the airstrikes' noun pattern gives 111)."""
    assert code("Iraq condemned Turkish airstrikes on Syria.") == [("IRQ", "111", "TUR")]
    assert code("Jordan condemned the Israeli attack on Lebanon.") == [("JOR", "111", "ISR")]


def test_an_actor_is_not_its_own_target(code):
    """Source and target differ: "Saudi Arabia hosted talks between Saudi Arabia and Iran"
    hosts Iran only; Saudi Arabia hosting itself is no event."""
    assert code("Saudi Arabia hosted talks between Saudi Arabia and Iran.") == [("SAU", "043", "IRN")]
    assert code("China hosted talks between China and India.") == [("CHN", "043", "IND")]


# --- the small dictionary: the $mutual slot and the reading settings ---------------------------

def test_mutual_actors_act_on_each_other(coder_with):
    """`$mutual ..6 *` before the verb: coordinated actors act on each other, and a target the
    parse finds in the verb's phrase is dropped: "Russia and Ukraine agreed a prisoner swap with
    Turkish mediation" is Russia and Ukraine agreeing with each other, not with Turkey."""
    code = coder_with()
    assert set(code("Russia and Ukraine agreed a prisoner swap with Turkish mediation.")) == {
        ("RUS", "030", "UKR"), ("UKR", "030", "RUS")}
    assert set(code("Israel and Syria agreed a ceasefire with French mediation.")) == {
        ("ISR", "030", "SYR"), ("SYR", "030", "ISR")}


def test_clause_subject_target(coder_with):
    """clause_subject_target: with no target among the verb's objects, the subject of its
    clause complement is the target: "Israel complained that Iran was arming militias in Syria"
    is Israel complaining about Iran. Off, and with no code family that takes a that-clause's
    subject (the settings' clause_target_codes, which list 11 by default), it has no target."""
    text = "Israel complained that Iran was arming militias in Syria."
    assert coder_with(clause_subject_target=True, clause_target_codes=[])(text) == [("ISR", "114", "IRN")]
    assert coder_with(clause_target_codes=[])(text) == []
    assert coder_with()(text) == [("ISR", "114", "IRN")]  # a complaint's clause names whom it is about


def test_verb_phrase_target(coder_with):
    """verb_phrase_target: the last resort, the first actor anywhere in the verb's phrase:
    "Russia complained loudly about Ukraine's grain exports" ("about" is no target preposition)
    is Russia complaining about Ukraine. Off (the default), it has no target."""
    text = "Russia complained loudly about Ukraine's grain exports."
    assert coder_with(verb_phrase_target=True)(text) == [("RUS", "114", "UKR")]
    assert coder_with()(text) == []


def test_source_before_verb(coder_with):
    """source_before_verb: a source standing after the verb is none. "Criticizing Israel,
    Turkey expelled the Israeli ambassador": the parse gives "Criticizing" the subject of
    "expelled", Turkey, which stands after it, so with the setting only the expulsion is coded;
    by default both are."""
    text = "Criticizing Israel, Turkey expelled the Israeli ambassador."
    assert set(coder_with()(text)) == {("TUR", "111", "ISR"), ("TUR", "161", "ISR")}
    assert coder_with(source_before_verb=True)(text) == [("TUR", "161", "ISR")]


def test_an_initial_comma_clause_is_left_out(coder_with):
    """comma_bmin/comma_bmax: the clause before the first comma, when its length in words lies
    within the bounds, is left out: "As Russia attacked Ukraine, Germany criticized Russia"
    codes only Germany's criticism with comma_bmin 2 and comma_bmax 8; with the rule off (a
    maximum of 0, the default) the attack is coded too."""
    text = "As Russia attacked Ukraine, Germany criticized Russia."
    both = {("RUS", "190", "UKR"), ("DEU", "111", "RUS")}
    assert set(coder_with()(text)) == both
    assert coder_with(comma_bmin=2, comma_bmax=8)(text) == [("DEU", "111", "RUS")]
    assert set(coder_with(comma_bmin=2, comma_bmax=3)(text)) == both  # 4 words: too long to leave out
