"""The settings that make coder read a sentence the way PETRARCH does, each on a small
dictionary of its own: comma clauses left out, the first coded verb taking its phrase, passive
only with "by", the source before the verb, the first actor of a phrase, null targets; and the
dictionary features imported PETRARCH files need: entries for one written form, gaps in names,
agents matched as written, pattern words as written."""

from __future__ import annotations


import pytest

from coder import Coder, Story
from coder.dictionary import load
from coder.engine.clauses import left_out as left_out_of_span, words
from coder.engine.view import chunk_bounds, noun_chunks
from coder.reading import preset

ACTORS = """
actors:
  - {code: ARN, names: [Arnor]}
  - {code: GON, names: [Gondor]}
  - {code: OSG, names: [Osgiliath]}
  - {code: ELF, names: [Elrond]}
  - {code: ITHTV, names: [Ithilen .. Television]}
  - {code: ITH, names: [Ithilen]}
"""
AGENTS = """
agents:
  - {code: GOV, nouns: [official, government]}
  - {code: COP, as_written: true, nouns: [police]}
"""
VERBS = """
verbs:
  - verb: restore
    code: "064"
  - verb: say
    code: "010"
  - verb: urge
    code: "094"
  - verb: attack
    code: "190"
  - verb: criticize
    code: "111"
  - verb: leave
    code: "012"
  - verb: leave
    forms: [left]
    code: "032:033"
  - verb: adopt
    code: "081"
    patterns: ["* ..3 resolution => 102"]
"""


@pytest.fixture
def coder_with(dictionary_folder, nlp):
    """A coder over the small dictionaries above, with the given settings changed."""
    def make(**changes):
        folder = dictionary_folder(changes, actors=ACTORS, agents=AGENTS, verbs=VERBS)
        coder = Coder(load(folder), model=nlp)

        def code(text: str) -> set:
            story = Story(id="t", text=text, date="1995-01-01", sentences=(("1", text),))
            (_, events), = coder.code_stories([story])
            return {(e.source, e.target, e.code) for e in events}

        return code
    return make


COMMAS = dict(comma_min=2, comma_max=8, comma_emin=2, comma_emax=8)


def left_out(span, reading, dictionaries=None) -> frozenset:
    """The tokens of a parsed sentence that the reading's comma rules leave out."""
    return left_out_of_span(span, chunk_bounds(span, noun_chunks(span)), reading)


def reading_with(**options):
    """coder's reading with some options changed."""
    return preset("coder").replace(**options)


def test_words_are_counted_as_petrarch_counts_them(nlp):
    doc = nlp("after a 12-year rift, Libya's state-run media said")
    assert words(doc[:], 0, len(doc)) == 7  # "12-year" is no word; "Libya's", "state-run" are one each


def test_terminal_and_internal_comma_clauses_are_left_out(nlp, dictionaries):
    text = "Arnor restored ties with Gondor, seven years after rioters torched its consulate, a senior official said."
    doc = nlp(text)
    dropped = left_out(doc[:], reading_with(**COMMAS), dictionaries)
    kept = " ".join(t.text for t in doc if t.i not in dropped)
    assert kept == "Arnor restored ties with Gondor , ."
    assert left_out(doc[:], reading_with(), dictionaries) == frozenset()  # off by default


def test_commas_of_a_list_or_of_adjectives_do_not_delimit_clauses(nlp, dictionaries):
    doc = nlp("Mordor, the Shire, Fornost and Bree restored complete, full ties with Gondor.")
    assert left_out(doc[:], reading_with(**COMMAS), dictionaries) == frozenset()


def test_a_long_terminal_clause_stays(nlp, dictionaries, coder_with):
    code = coder_with(**COMMAS)
    assert code("Arnor restored ties with Gondor, Osgiliath said on Thursday.") == {("ARN", "GON", "064")}
    long = nlp("Arnor restored ties with Gondor, the chief state-owned news service ARNA reported on Friday.")
    assert left_out(long[:], reading_with(**COMMAS), dictionaries) == frozenset()  # 9 words: over comma_emax
    short = nlp("Arnor restored ties with Gondor, the state-owned news service ARNA reported on Friday.")
    assert " ".join(t.text for t in short if t.i in left_out(short[:], reading_with(**COMMAS), dictionaries)) == \
        "the state - owned news service ARNA reported on Friday"  # tokens joined by spaces


def test_the_first_coded_verb_takes_its_phrase(coder_with):
    text = "Arnor said Gondor attacked Osgiliath."
    assert coder_with()(text) == {("GON", "OSG", "190")}
    assert coder_with(inner_verbs=False)(text) == set()  # "said" takes the clause; it has no target
    assert coder_with(inner_verbs=False)("Arnor urged Gondor to attack Osgiliath.") == {("ARN", "GON", "094")}


def test_a_passive_verb_without_by_is_active_for_petrarch(coder_with):
    text = "Arnor was heavily criticized over its dispute with Gondor."
    assert coder_with(passive_needs_by=True)(text) == {("ARN", "GON", "111")}
    assert ("ARN", "GON", "111") not in coder_with()(text)


def test_the_source_stands_before_the_verb(coder_with):
    text = "Criticized by Gondor, Arnor restored its ties with Osgiliath."
    code = coder_with(source_before_verb=True, passive_needs_by=True)
    assert ("GON", "ARN", "111") not in code(text)  # nothing before "Criticized" is a source
    assert ("ARN", "OSG", "064") in code(text)


def test_the_first_actor_of_a_phrase(coder_with):
    assert coder_with(first_actor_in_phrase=True)("Gondor criticized Arnor's Elrond.") == {("GON", "ARN", "111")}
    assert coder_with()("Gondor criticized Arnor's Elrond.") == {("GON", "ELF", "111")}


def test_a_null_target_when_the_verb_phrase_holds_no_actor(coder_with):
    code = coder_with(require_target=False)
    assert code("A senior official said on Saturday.") == {("---GOV", "---", "010")}
    assert code("A senior official said today.") == set()  # a time is no noun phrase for a target
    assert coder_with()("A senior official said on Saturday.") == set()


def test_an_entry_for_one_written_form(coder_with):
    code = coder_with()
    assert code("Arnor left Gondor.") == {("ARN", "GON", "032"), ("GON", "ARN", "033")}
    assert code("Arnor will leave Gondor.") == {("ARN", "GON", "012")}


def test_a_gap_in_a_name_stays_inside_its_noun_phrase(coder_with):
    code = coder_with()
    assert code("Arnor criticized Ithilen state-run television.") == {("ARN", "ITHTV", "111")}
    assert code("Ithilen criticized Arnor on television.") == {("ITH", "ARN", "111")}


def test_an_agent_as_written_has_no_other_forms(coder_with):
    code = coder_with()
    assert code("Arnor criticized Gondor's police.") == {("ARN", "GONCOP", "111")}
    assert code("Arnor criticized Gondor's polices.") == {("ARN", "GON", "111")}


def test_pattern_words_as_written(coder_with):
    text = "Arnor adopted a set of resolutions with Gondor."
    assert coder_with()(text) == {("ARN", "GON", "102")}  # "resolutions" by its lemma
    assert coder_with(pattern_lemmas=False)(text) == {("ARN", "GON", "081")}


def test_a_setting_of_the_wrong_kind_is_an_error_with_its_place(tmp_path):
    from coder.errors import DictionaryError

    (tmp_path / "settings.yaml").write_text("settings:\n  comma_max: eight\n  inner_verbs: no\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load(tmp_path)
    assert "settings.yaml:2:" in str(error.value) and "whole number" in str(error.value)
