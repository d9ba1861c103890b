"""The pattern language: grammar, compilation errors with positions, matching."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from coder.errors import DictionaryError
from coder.patterns import TokenView, compile_pattern, match, phrase_alternatives


def split(text):
    return text.lower().replace("-", " - ").split()


SYNSETS = {"weapon": phrase_alternatives(["gun", "rocket launcher"], split)}


def compile_(text, synsets=SYNSETS):
    return compile_pattern(text, "verbs.yaml:3", split, synsets, ("verbs.yaml", 3, 10))


def view(words, phrases=None):
    """A token view of plain words; ``phrases`` maps start -> (end, head) of actor phrases."""
    lowers = tuple(w.lower() for w in words)
    lemmas = tuple(w.lower().rstrip("s") for w in words)
    phrases = phrases or {}
    return TokenView(lowers, lemmas, {k: v[0] for k, v in phrases.items()}, {k: v[1] for k, v in phrases.items()})


def test_compiles_every_element():
    pattern = compile_('[not] .. * [the] $target (for | over) ..3 &weapon "talks" => 111')
    assert pattern.code == "111"
    assert pattern.slots == {"target"}
    assert pattern.origin == "verbs.yaml:3"
    assert pattern.reverse is None


def test_a_reverse_code_is_coded_from_the_target_back_to_the_source():
    assert (compile_("* for $target => 042 : 043").code, compile_("* => 042:043").reverse) == ("042", "043")


@pytest.mark.parametrize("text, column, expected", [
    ("* $target", 10, "`=>`"),
    ("* $target =>", 13, "event code"),
    ("* $target => 042 :", 19, "event code"),
    ("* $victim => 111", 3, "unexpected"),
    ("* [the => 111", 8, "`]`"),
    ("$target => 111", 1, "exactly one `*`"),
    ("* * => 111", 1, "exactly one `*`"),
    ("* &nosuch => 111", 1, "unknown synonym set &nosuch"),
    ("[*] => 111", 1, "may not stand inside"),
])
def test_errors_name_file_line_column_and_what_was_expected(text, column, expected):
    with pytest.raises(DictionaryError) as caught:
        compile_(text)
    error = caught.value
    assert (error.path, error.line) == ("verbs.yaml", 3)
    assert error.column == 10 + column - 1
    assert expected in str(error)
    assert str(error).startswith(f"verbs.yaml:3:{error.column}: pattern ")


def test_words_match_form_or_lemma_literals_only_the_form():
    words = "they condemned the attacks".split()
    assert match(compile_("* [the] attack => 111"), view(words), 1, 2) is not None
    assert match(compile_('* [the] "attack" => 111'), view(words), 1, 2) is None
    assert match(compile_('* [the] "attacks" => 111'), view(words), 1, 2) is not None


def test_elements_are_adjacent_unless_a_gap_stands_between():
    words = "they condemned the brutal attacks".split()
    assert match(compile_("* the attacks => 111"), view(words), 1, 2) is None
    assert match(compile_("* the .. attacks => 111"), view(words), 1, 2) is not None
    assert match(compile_("* ..1 attacks => 111"), view(words), 1, 2) is None
    assert match(compile_("* ..2 attacks => 111"), view(words), 1, 2) is not None


def test_words_before_the_verb():
    words = "they did not really condemn it".split()
    assert match(compile_("not .. * => 111"), view(words), 4, 5) is not None
    assert match(compile_("not * => 111"), view(words), 4, 5) is None


def test_alternatives_optional_and_synsets():
    words = "they fired a rocket launcher at them".split()
    pattern = compile_("* [a] &weapon (at | on) => 190")
    found = match(pattern, view(words), 1, 2)
    assert found is not None and found.score == 4
    assert match(pattern, view("they fired a gun on them".split()), 1, 2) is not None
    assert match(pattern, view("they fired a worker on them".split()), 1, 2) is None


def test_slots_bind_the_head_of_an_actor_phrase():
    words = "police arrested the opposition leader yesterday".split()
    phrases = {2: (5, 4)}  # "the opposition leader", head "leader"
    found = match(compile_("* $target => 173"), view(words, phrases), 1, 2)
    assert found.slots == (("target", 4),)
    assert match(compile_("* $target yesterday => 173"), view(words, phrases), 1, 2) is not None
    assert match(compile_("* ..1 $target => 173"), view(words, {3: (5, 4)}), 1, 2) is not None
    assert match(compile_("* $target => 173"), view(words, {}), 1, 2) is None


def test_the_most_specific_alternative_wins():
    words = "they signed a peace deal".split()
    found = match(compile_("* [a] [peace] deal => 057"), view(words), 1, 2)
    assert found.score == 3


WORDS = st.sampled_from(["attack", "the", "talks", "with", "$target", "$source", "&weapon", "..", "..2", '"word"'])


@st.composite
def patterns(draw, depth=0):
    def element():
        kind = draw(st.integers(0, 3 if depth < 2 else 0))
        if kind == 0:
            return draw(WORDS)
        inner = " ".join(draw(st.lists(WORDS, min_size=1, max_size=3)))
        if kind == 1:
            return f"[{inner}]"
        other = " ".join(draw(st.lists(WORDS, min_size=1, max_size=2)))
        return f"({inner} | {other})"

    before = [element() for _ in range(draw(st.integers(0, 2)))]
    after = [element() for _ in range(draw(st.integers(0, 4)))]
    return " ".join(before + ["*"] + after) + " => " + draw(st.sampled_from(["111", "0233", "04"]))


@settings(max_examples=200, deadline=None)
@given(patterns())
def test_generated_patterns_compile_and_match_without_error(text):
    pattern = compile_(text)
    words = "the rebels attack the town with a gun and talks with word".split()
    match(pattern, view(words, {1: (2, 1), 4: (6, 5)}), 2, 3)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="*$[]()|&.\"=> abc12", max_size=30))
def test_any_text_compiles_or_fails_with_a_located_error(text):
    try:
        compile_(text)
    except DictionaryError as error:
        assert error.path == "verbs.yaml" and error.line == 3 and error.column >= 10


def test_a_mutual_slot_binds_coordinated_actors_acting_on_each_other():
    pattern = compile_("$mutual ..3 * => 030")
    assert pattern.slots == {"mutual"}
    found = match(pattern, view(["Gondor", "and", "Osgiliath", "agree"], {0: (3, 2)}), 3, 4)
    assert found is not None and dict(found.slots) == {"mutual": 2}


def test_a_caret_skips_one_noun_phrase():
    pattern = compile_("* at ^ of $target => 162")
    words = ["warned", "at", "the", "capital", "of", "Gondor"]
    phrases = view(words, {5: (6, 5)})
    skipped = TokenView(phrases.lowers, phrases.lemmas, phrases.phrase_end, phrases.phrase_head,
                        {2: 4, 3: 4, 5: 6})  # "the capital", "Gondor"
    assert dict(match(pattern, skipped, 0, 1).slots) == {"target": 5}
    assert match(pattern, phrases, 0, 1) is None  # no noun phrase known there


def test_a_pattern_knows_the_words_it_requires():
    """The prefilter: a pattern whose required word is absent is rejected before matching, and
    one whose words are all optional, or spread over alternatives, stays possible."""
    split = str.split
    pattern = compile_pattern("* [the] (deal | agreement) with $target => 057", "t:1", split, {}, ("t", 1, 1))
    assert pattern.required == (frozenset({"deal", "agreement"}), frozenset({"with"})) and pattern.needs_slot
    view = TokenView(("they", "signed", "a", "deal"), ("they", "sign", "a", "deal"), {}, {})
    assert not view.may_match(pattern)  # no "with", no actor phrase
    optional = compile_pattern("* [with] => 057", "t:2", split, {}, ("t", 1, 1))
    assert optional.required == () and view.may_match(optional)


def test_a_pattern_knows_where_around_its_verb_its_words_stand():
    """The positional prefilter (``Pattern.around``): "* ..2 talks" needs "talks" within the
    verb's next few tokens; a sentence holding it only before the verb, or further on, is
    rejected before matching; one holding it in reach matches."""
    pattern = compile_("* ..2 talks => 043")
    assert pattern.around == ((1, 3, (frozenset({"talks"}),)),)
    before = view("the talks ended and they welcomed the outcome".split())
    assert before.may_match(pattern) and not before.holds_around(pattern, 4, 5, {})
    far = view("they welcomed the end of the long and difficult talks".split())
    assert not far.holds_around(pattern, 1, 2, {}) and match(pattern, far, 1, 2) is None
    near = view("they welcomed the new talks".split())
    assert near.holds_around(pattern, 1, 2, {}) and match(pattern, near, 1, 2) is not None
    words_before = compile_("not .. * => 111")
    assert words_before.around == ((0, 5, (frozenset({"not"}),)),)


@settings(max_examples=300, deadline=None)
@given(patterns(), st.lists(st.sampled_from(["attack", "the", "talks", "with", "word", "gun", "rebels"]),
                            min_size=3, max_size=12), st.data())
def test_the_positional_prefilter_rejects_only_what_cannot_match(text, words, data):
    """Sound: whenever the prefilter rejects a pattern around a verb, matching it finds no way."""
    from coder.patterns import _Matcher

    pattern = compile_(text)
    verb = data.draw(st.integers(0, len(words) - 1))
    tokens = view(words, {0: (2, 1)} if len(words) > 2 else {})
    if not tokens.holds_around(pattern, verb, verb + 1, {}):
        starts = [(k, (), 0, k) for k in pattern.starts(tokens, verb)]
        assert not _Matcher(tokens, verb, verb + 1).sequence(pattern.elements, starts)
