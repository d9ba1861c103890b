"""Layered dictionaries: folders laid over the built-ins (or over each other), a later layer
winning entry by entry, `remove: true`, standing alone (`--no-builtins`, `builtins: false`, an
imported PETRARCH set), `coder dict export` and the layers `coder dict info` shows.

Most tests lay two small folders of invented actors (Gondor, Arnor, Rohan) over each other
without the built-ins, which compiles in a moment; one module fixture compiles the built-ins
once with a folder over them, for coding through the API and the command line.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from coder.cli import main
from coder.dictionary import BUILTIN, load_cached, load_layers, stack
from coder.errors import DictionaryError
from coder.resources import dictionaries_dir
from coder import yamlsource

BASE = {
    "actors.yaml": """
        actors:
          - code: GON
            names: [Gondor, Minas Tirith]
            adjectives: [Gondorian]
          - code: ARN
            names: [Arnor]
          - code: ARNGOV
            names: [Arvedui]
    """,
    "verbs.yaml": """
        verbs:
          - verb: condemn
            synonyms: [denounce, decry]
            code: "111"
          - verb: praise
            code: "051"
        synsets:
          weapon: [sword, bow]
    """,
    "other.yaml": """
        agents:
          - code: GOV
            nouns: [minister, steward]
        discards:
          story: [tournament, horse race]
        issues:
          - code: WAR
            phrases: [siege, battle]
          - code: TRADE
            phrases: [tariff]
    """,
}


def folder(root: Path, name: str, files: dict) -> Path:
    target = root / name
    for file, text in files.items():
        path = target / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return target


def actor(dictionaries, name: str):
    """The code a name resolves to (None when no actor has it)."""
    words = name.split()
    lowers = [w.lower() for w in words]
    found = dictionaries.actors.longest(lowers, lowers, 0, words)
    return found[1].code if found and found[0] == len(words) else None


def verb(dictionaries, lemma: str):
    entries = dictionaries.events.get(lemma, ())
    return [e.code for e in entries] or None


@pytest.fixture
def base(tmp_path):
    return folder(tmp_path, "base", BASE)


# --- overriding, entry by entry ----------------------------------------------------------

def test_a_later_layer_wins_name_by_name_and_the_earlier_entry_keeps_the_rest(tmp_path, base):
    top = folder(tmp_path, "top", {"a.yaml": """
        actors:
          - {code: ROH, names: [Minas Tirith]}
        verbs:
          - {verb: denounce, code: "112"}
        agents:
          - {code: MIL, nouns: [steward]}
    """})
    loaded = load_layers([base, top], builtins=False)
    assert actor(loaded, "Minas Tirith") == "ROH"
    assert actor(loaded, "Gondor") == "GON" and actor(loaded, "Gondorian") == "GON"  # the rest of the entry
    assert verb(loaded, "denounce") == ["112"]
    assert verb(loaded, "condemn") == ["111"] and verb(loaded, "decry") == ["111"]  # its other lemmas stay
    steward = loaded.agents.longest(["steward"], ["steward"], 0)[1]
    assert steward.role == "MIL" and loaded.agents.longest(["minister"], ["minister"], 0)[1].role == "GOV"


def test_the_order_of_the_folders_decides(tmp_path, base):
    first = folder(tmp_path, "first", {"a.yaml": "actors:\n  - {code: ROH, names: [Arnor]}\n"})
    second = folder(tmp_path, "second", {"a.yaml": "actors:\n  - {code: DUN, names: [Arnor]}\n"})
    assert actor(load_layers([base, first, second], builtins=False), "Arnor") == "DUN"
    assert actor(load_layers([base, second, first], builtins=False), "Arnor") == "ROH"


def test_the_api_takes_a_list_of_folders_and_builtins(tmp_path, base, nlp):
    from coder import Coder

    top = folder(tmp_path, "top", {"a.yaml": "actors:\n  - {code: ROH, names: [Arnor]}\n"})
    coder = Coder([base, str(top)], builtins=False, model=nlp, cache=False)
    assert [layer.folder for layer in coder.dictionaries.layers] == [f"{BUILTIN} codebook", str(base), str(top)]
    events = [(e.source, e.code, e.target) for e in coder.code("Arnor condemned Gondor.", date="2024-07-31")]
    assert events == [("ROH", "111", "GON")]


def test_within_one_layer_a_name_with_two_codes_is_still_an_error(tmp_path, base):
    top = folder(tmp_path, "top", {"a.yaml": "actors:\n  - {code: ROH, names: [Arnor]}\n  - {code: DUN, names: [Arnor]}\n"})
    with pytest.raises(DictionaryError, match=r"top/a\.yaml:3:\d+: actor name 'Arnor' is already ROH"):
        load_layers([base, top], builtins=False)


def test_settings_codes_and_synsets_are_replaced_key_by_key(tmp_path, base):
    top = folder(tmp_path, "top", {"a.yaml": """
        synsets:
          weapon: [spear]
        settings:
          negating_verbs: [forbear]
        codes:
          "051": {label: "Praise, as we read it", root: "05", quad_class: 1, goldstein: 3.5}
    """})
    loaded = load_layers([base, top], builtins=False)
    assert loaded.settings.negating_verbs == frozenset({"forbear"})
    assert loaded.codebook["051"].goldstein == 3.5
    assert len(loaded.synsets["weapon"].sequences) == 1  # spear only


# --- removing ----------------------------------------------------------------------------

def test_remove_takes_out_names_lemmas_phrases_and_sets(tmp_path, base):
    top = folder(tmp_path, "top", {"a.yaml": """
        actors:
          - {names: [Minas Tirith], remove: true}
          - {code: ARN, remove: true}
        verbs:
          - {verb: decry, remove: true}
          - {verb: praise, remove: true}
        agents:
          - {nouns: [steward], remove: true}
        issues:
          - {code: TRADE, remove: true}
          - {code: WAR, phrases: [siege], remove: true}
        discards:
          story:
            - {phrase: tournament, remove: true}
        synsets:
          weapon: {remove: true}
    """})
    loaded = load_layers([base, top], builtins=False)
    assert actor(loaded, "Minas Tirith") is None and actor(loaded, "Gondor") == "GON"
    assert actor(loaded, "Arnor") is None and actor(loaded, "Arvedui") == "ARNGOV"  # by its code, not a prefix
    assert verb(loaded, "decry") is None and verb(loaded, "condemn") == ["111"] and verb(loaded, "praise") is None
    assert loaded.agents.longest(["steward"], ["steward"], 0) is None
    assert len(loaded.issues) == 1  # "battle" is left
    assert len(loaded.story_discards) == 1 and "weapon" not in loaded.synsets
    info = loaded.layers[-1]
    assert ("actor name 'Minas Tirith'", f"{base}/actors.yaml:4") in info.removes
    assert any(label.startswith("actor code ARN") for label, _ in info.removes)


@pytest.mark.parametrize("text, place, message", [
    ("actors:\n  - {names: [Mordor], remove: true}\n", "a.yaml:2:14", "actor name 'Mordor': `remove: true`, but no layer below"),
    ("verbs:\n  - {verb: flee, remove: true}\n", "a.yaml:2:12", "verb lemma 'flee'"),
    ("issues:\n  - {code: PEACE, remove: true}\n", "a.yaml:2:5", "issue code PEACE"),
    ("discards:\n  sentence:\n    - {phrase: tournament, remove: true}\n", "a.yaml:3:16", "sentence discard 'tournament'"),
])
def test_a_remove_that_finds_nothing_is_an_error_at_its_place(tmp_path, base, text, place, message):
    top = folder(tmp_path, "top", {"a.yaml": text})
    with pytest.raises(DictionaryError) as caught:
        load_layers([base, top], builtins=False)
    assert str(caught.value).startswith(f"{top}/{place}: "), str(caught.value)
    assert message in str(caught.value)


# --- standing alone ------------------------------------------------------------------------

def test_without_builtins_the_codebook_is_the_bottom_layer(tmp_path, base):
    layers = stack([base], builtins=False)
    assert [layer.folder for layer in layers] == [f"{BUILTIN} codebook", str(base)]
    assert stack([base])[0].folder == BUILTIN


@pytest.mark.parametrize("settings, first_line, alone", [
    ("settings:\n  builtins: false\n", "", True),
    ("settings:\n  builtins: true\n", "# Imported from PETRARCH dictionaries by `coder dict import-petrarch`.\n", False),
    (None, "# Imported from PETRARCH dictionaries by `coder dict import-petrarch`.\n", True),  # an old import
    (None, "", False),
])
def test_a_folder_says_whether_it_stands_alone(tmp_path, settings, first_line, alone):
    files = {"actors.yaml": first_line + "actors:\n  - {code: GON, names: [Gondor]}\n"}
    if settings:
        files["settings.yml"] = settings
    target = folder(tmp_path, "f", files)
    assert (stack([target])[0].folder != BUILTIN) is alone


def test_an_imported_petrarch_set_is_coded_alone(tmp_path, capsys):
    (tmp_path / "verbs.txt").write_text("--- CRITICIZE [111] ---\nCRITICIZE\n")
    (tmp_path / "actors.txt").write_text("ARNOR [ARN]\nGONDOR [GON]\n")
    out = tmp_path / "phoenix"
    assert main(["dict", "import-petrarch", "--out", str(out), "--verbs", str(tmp_path / "verbs.txt"),
                 "--actors", str(tmp_path / "actors.txt")]) == 0
    assert "builtins: false" in (out / "settings.yaml").read_text()
    capsys.readouterr()
    assert main(["dict", "info", "--dict", str(out), "--no-cache"]) == 0
    shown = capsys.readouterr().out
    assert "layers (2, the last wins):" in shown and f"1. {BUILTIN} codebook: 1 file" in shown
    assert f"2. {out}: " in shown and re.search(r"^  actor names +2$", shown, re.M)


# --- over the built-ins (one compile for the module) -----------------------------------------

MINE = {"mine.yaml": """
    actors:
      - {code: GON, names: [Gondor]}
    verbs:
      - {verb: condemn, code: "112"}
"""}


@pytest.fixture(scope="module")
def mine(tmp_path_factory):
    """A folder over the built-ins, compiled once into a cache the CLI tests share."""
    root = tmp_path_factory.mktemp("layers")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CODER_CACHE_DIR", str(root / "cache"))
        target = folder(root, "mine", MINE)
        load_cached([target])
        yield target, root / "cache"


def test_a_folder_over_the_builtins_codes_with_both_through_the_api(mine, nlp, monkeypatch):
    from coder import Coder

    target, cache = mine
    monkeypatch.setenv("CODER_CACHE_DIR", str(cache))
    coder = Coder(target, model=nlp)
    events = [(e.source, e.code, e.target) for e in coder.code("Iraq condemned Gondor.", date="2024-07-31")]
    assert events == [("IRQ", "112", "GON")]  # Iraq from the built-ins, Gondor and 112 from mine/
    assert coder.dictionaries.layers[0].folder == BUILTIN and len(coder.dictionaries.layers) == 2


def test_dict_info_shows_the_layers_and_what_they_override(mine, capsys, monkeypatch):
    target, cache = mine
    monkeypatch.setenv("CODER_CACHE_DIR", str(cache))
    assert main(["dict", "info", "--dict", str(target)]) == 0
    shown = capsys.readouterr().out
    assert f"1. {BUILTIN}: " in shown and f"2. {target}: 1 file, 2 entries" in shown
    assert "overrides 1: 1 verb lemma" in shown and "verb lemma 'condemn' (was verbs/11-disapprove.yaml:" in shown


def test_the_compiled_cache_is_keyed_on_every_layer(tmp_path, base):
    top = folder(tmp_path, "top", {"a.yaml": "actors:\n  - {code: ROH, names: [Arnor]}\n"})
    from coder.dictionary import fingerprint

    keys = {fingerprint([base]), fingerprint([base, top]), fingerprint([top, base]), fingerprint([base], builtins=False)}
    assert len(keys) == 4
    before = fingerprint([base, top])
    (top / "a.yaml").write_text("actors:\n  - {code: DUN, names: [Arnor]}\n")
    assert fingerprint([base, top]) != before


# --- the command line ----------------------------------------------------------------------

def test_cli_dict_is_repeatable_and_no_builtins_uses_only_the_folders(tmp_path, base, capsys):
    top = folder(tmp_path, "top", {"a.yaml": "actors:\n  - {code: ROH, names: [Arnor]}\n"})
    assert main(["dict", "info", "--dict", str(base), "--dict", str(top), "--no-builtins", "--no-cache",
                 "--overrides"]) == 0
    shown = capsys.readouterr().out
    assert f"2. {base}: 3 files" in shown and f"3. {top}: 1 file, 1 entries" in shown
    assert f"actor name 'Arnor' (was {base}/actors.yaml:7)" in shown
    assert re.search(r"^  actor names +5$", shown, re.M)  # Gondor, Minas Tirith, Gondorian, Arnor, Arvedui


def test_cli_a_broken_layer_is_reported_by_its_folder(tmp_path, base, capsys):
    top = folder(tmp_path, "top", {"a.yml": "actors:\n  - {code: ROH, names: [Arnor], adjectivs: [x]}\n"})
    assert main(["dict", "info", "--dict", str(base), "--dict", str(top), "--no-builtins", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert f"coder: error: {top}/a.yml:2:33: unknown key 'adjectivs'" in err and "did you mean `adjectives`" in err


# --- export ----------------------------------------------------------------------------------

def test_export_writes_a_copy_that_stands_alone(tmp_path, capsys):
    target = tmp_path / "copy"
    assert main(["dict", "export", str(target)]) == 0
    builtin = dictionaries_dir()
    copied = {p.relative_to(target).as_posix() for p in yamlsource.yaml_files(target)}
    assert copied == {p.relative_to(builtin).as_posix() for p in yamlsource.yaml_files(builtin)}
    assert {p.name for p in (target / "schema").glob("*.json")} == {p.name for p in (builtin / "schema").glob("*.json")}
    leaders = (target / "actors" / "leaders" / "asia.yaml").read_text().splitlines()
    assert leaders[0] == "# yaml-language-server: $schema=../../schema/dictionary.schema.json"
    assert (target / "actors" / "leaders" / "../../schema/dictionary.schema.json").is_file()
    assert yamlsource.load(target / "settings.yaml")["settings"]["builtins"] is False
    layers = stack([target])
    assert layers[0].folder == f"{BUILTIN} codebook"  # alone: no built-ins under it
    assert yamlsource.load(target / "cameo.yaml")["codes"] == yamlsource.load(builtin / "cameo.yaml")["codes"]


def test_export_refuses_a_folder_that_is_not_empty_unless_forced(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["dict", "export", str(tmp_path)]) == 2
    assert "is not empty" in capsys.readouterr().err
    assert main(["dict", "export", str(tmp_path), "--force"]) == 0
    assert (tmp_path / "notes.txt").read_text() == "mine" and (tmp_path / "cameo.yaml").is_file()
