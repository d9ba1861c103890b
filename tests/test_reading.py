"""Readings as data: the presets, a folder's settings.yaml choosing and changing one, PETRARCH's
options read in one place, and the compiled-dictionary cache key."""

from __future__ import annotations

import textwrap

import pytest

from coder import reading as readings
from coder.cli import main
from coder.dictionary import Settings, fingerprint, load
from coder.errors import CoderError, DictionaryError
from coder.resources import dictionaries_dir


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_presets_and_what_they_change():
    assert readings.names() == ["coder", "petrarch1", "petrarch2"]
    coder, p2, p1 = (readings.preset(n) for n in ("coder", "petrarch2", "petrarch1"))
    assert coder.require_target and coder.inner_verbs and coder.skip_past_perfect and not coder.passive_needs_by
    assert coder.words == ()
    # petrarch2 changes where arguments are found, not which clauses are coded
    assert p2.passive_needs_by and p2.source_before_verb and p2.verb_phrase_target and not p2.skip_past_perfect
    assert p2.inner_verbs and p2.comma_emax == 0
    assert dict(p2.words)["intent_verbs"] == ()
    # petrarch1 extends petrarch2: its options, then PETRARCH-1's own
    assert p1.passive_needs_by and not p1.inner_verbs and not p1.pattern_lemmas
    assert (p1.comma_min, p1.comma_max, p1.comma_emin, p1.comma_emax, p1.comma_bmax) == (2, 8, 2, 8, 0)
    assert p1.words == p2.words


def test_a_reading_with_an_option_changed_says_so_in_its_name():
    changed = readings.preset("petrarch1").replace(require_target=False)
    assert changed.name == "petrarch1+require_target=False" and not changed.require_target
    assert readings.preset("petrarch1").replace(require_target=True) == readings.preset("petrarch1")
    with pytest.raises(ValueError, match="unknown reading option 'require_dyad'"):
        readings.preset("coder").replace(require_dyad=False)
    with pytest.raises(ValueError, match="whole number"):
        readings.preset("coder").replace(comma_max=-1)


def test_petrarch_options_are_read_one_way():
    for value in ("False", "false", "0", "no", "off"):
        assert readings.petrarch_option("require_dyad", value) == ("require_target", False)
    for value in ("True", "1", "yes"):
        assert readings.petrarch_option("require_dyad", value) == ("require_target", True)
    assert readings.petrarch_option("require_dyad", "maybe")[0] is None
    assert readings.petrarch_option("comma_max", "10") == ("comma_max", 10)
    assert readings.petrarch_option("new_actor_length", "0") == (None, "does not change what coder codes")
    changes, unused = readings.petrarch_options([("require_dyad", "false", "a:1"), ("comma_max", "x", "a:2")])
    assert changes == {"require_target": False} and unused == [("comma_max", "a:2", "value 'x': expected a whole number of words")]


def test_a_partial_settings_file_changes_only_what_it_names(tmp_path):
    write(tmp_path, "settings.yaml", """
        settings:
          reading: petrarch1
          require_target: false
          intent_verbs: [want]
        """)
    loaded = load(tmp_path)
    builtin = load()
    assert loaded.reading.name == "petrarch1+require_target=False"
    assert not loaded.reading.inner_verbs and not loaded.reading.require_target
    assert loaded.settings.intent_verbs == frozenset({"want"})
    assert loaded.settings.pronouns == builtin.settings.pronouns != frozenset()  # not emptied
    assert loaded.settings.target_prepositions == builtin.settings.target_prepositions
    words = loaded.words(loaded.reading)
    assert words.intent_verbs == frozenset({"want"})  # the folder's own list beats the reading's
    assert "in" in words.target_prepositions  # the reading's list where the folder gives none
    assert builtin.words(readings.preset("coder")) is builtin.settings


@pytest.mark.parametrize("text,where,message", [
    ("settings:\n  pronoun: [he]\n", "settings.yaml:2:3", "unknown setting 'pronoun'"),
    ("settings:\n  reading: tabari\n", "settings.yaml:2:3", "unknown reading 'tabari'"),
    ("settings:\n  inner_verbs: maybe\n", "settings.yaml:2:3", "expected true or false"),
])
def test_a_bad_setting_is_an_error_with_its_place(tmp_path, text, where, message):
    write(tmp_path, "settings.yaml", text)
    with pytest.raises(DictionaryError) as error:
        load(tmp_path)
    assert str(error.value).startswith(where) and message in str(error.value)


def test_the_builtin_settings_hold_only_word_lists_and_the_reading():
    text = (dictionaries_dir() / "settings.yaml").read_text(encoding="utf-8")
    assert "reading: coder" in text
    for option in readings.OPTIONS:
        assert f"  {option}:" not in text
    assert set(Settings.__dataclass_fields__) <= set(load().settings.__dict__)


def test_the_cache_key_covers_the_grammar_and_the_readings(tmp_path, monkeypatch):
    import coder.dictionary as dictionary

    before = fingerprint(tmp_path)
    grammar = tmp_path / "pattern.lark"
    grammar.write_text(dictionary.grammar_path().read_text(encoding="utf-8") + "\n// changed\n", encoding="utf-8")
    monkeypatch.setattr(dictionary, "grammar_path", lambda: grammar)
    assert fingerprint(tmp_path) != before
    monkeypatch.undo()
    preset = tmp_path / "extra.yaml"
    preset.write_text("reading: extra\nextends: coder\n", encoding="utf-8")
    presets = readings.files()
    monkeypatch.setattr(readings, "files", lambda: [*presets, preset])
    assert fingerprint(tmp_path) != before


def test_the_reading_option_on_the_command_line(tmp_path, capsys):
    story = write(tmp_path, "s.txt", "Egypt had condemned Israel.\n")
    assert main(["code", str(story), "--date", "2024-07-31", "-f", "tsv", "-q"]) == 0
    assert capsys.readouterr().out.count("\n") == 1  # the header: background is not coded
    assert main(["code", str(story), "--date", "2024-07-31", "-f", "tsv", "-q", "--reading", "petrarch2"]) == 0
    assert "\tEGY\tISR\t111\t" in capsys.readouterr().out
    assert main(["code", str(story), "--reading", "tabari"]) == 2
    assert "unknown reading 'tabari'" in capsys.readouterr().err
    assert main(["dict", "info", "--reading", "petrarch1"]) == 0
    assert "reading          petrarch1" in capsys.readouterr().out


def test_an_unknown_preset_is_an_error():
    with pytest.raises(CoderError, match="unknown reading"):
        readings.preset("nope")
