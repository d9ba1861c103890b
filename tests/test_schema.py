"""The dictionaries' JSON Schema (dictionaries/schema/): every kind's mistakes are errors naming
file:line:col and what was expected, at load and in `coder dict lint`; `*.yml` is read like
`*.yaml`; the built-in files pass; the schema stays in step with what the loader knows."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from coder import reading, schema, yamlsource
from coder.cli import main
from coder.dictionary import KINDS, WORD_LISTS, load
from coder.errors import DictionaryError
from coder.resources import dictionaries_dir


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


# one mistake of each kind: (file text, file:line:col, what the message says)
MISTAKES = {
    "actors-unknown-key": ("""
        actors:
          - code: GON
            names: [Gondor]
            adjectivs: [Gondorian]
        """, "x.yaml:4:5", "unknown key 'adjectivs' in actors[1] (did you mean `adjectives`?)"),
    "actors-term-date": ("""
        actors:
          - code: GONELI
            names: [Denethor]
            terms: [{code: GONGOV, from: "2019-13"}]
        """, "x.yaml:4:35", "actors[1].terms[1].from: '2019-13': expected a date, yyyy-mm-dd"),
    "actors-impossible-date": ("""
        actors:
          - code: GONELI
            names: [Denethor]
            terms: [{code: GONGOV, from: 2019-02-30}]
        """, "x.yaml:4:34", "impossible date '2019-02-30'"),
    "actors-code": ("""
        actors:
          - {code: Gon, names: [Gondor]}
        """, "x.yaml:2:12", "actors[1].code: 'Gon': expected an upper-case actor code such as IRQ"),
    "agents-place": ("""
        agents:
          - {code: GOV, nouns: [steward], place: behind}
        """, "x.yaml:2:42", "agents[1].place: 'behind': expected `after` (the default: IRQ + GOV) or `before`"),
    "agents-type": ("""
        agents:
          - {code: GOV, nouns: [steward], as_written: 1}
        """, "x.yaml:2:35", "agents[1].as_written: the number 1"),
    "verbs-unknown-key": ("""
        verbs:
          - verb: condemn
            pattern: ["* $target => 111"]
        """, "x.yaml:3:5", "unknown key 'pattern' in verbs[1] (did you mean `patterns`?)"),
    "verbs-code": ("""
        verbs:
          - {verb: condemn, code: "11x"}
        """, "x.yaml:2:28", "verbs[1].code: '11x': expected a quoted CAMEO event code"),
    "synsets-name": ("""
        synsets:
          good: [sword]
          bad name: [bow]
        """, "x.yaml:3:3", "synsets: key 'bad name': expected a set's name"),
    "discards-scope": ("""
        discards:
          stories: [tournament]
        """, "x.yaml:2:3", "unknown key 'stories' in discards (did you mean `story`?)"),
    "issues-required": ("""
        issues:
          - phrases: [siege]
        """, "x.yaml:2:5", "issues[1]: 'code' is missing"),
    "codes-quad": ("""
        codes:
          "0991": {label: Muster, root: "09", quad_class: 7, goldstein: 0}
        """, "x.yaml:2:39", "codes.0991.quad_class: the number 7"),
    "intents-number": ("""
        intents:
          "04": 36
        """, "x.yaml:2:4", "intents.04: the number 36 (YAML reads unquoted digits as a number)"),
    "implied-enum": ("""
        implied_targets:
          "11": city
        """, "x.yaml:2:9", "implied_targets.11: 'city': expected `government`, `country`, `home`, `place`, `host` or `none`"),
    "settings-unknown-key": ("""
        settings:
          negating_verb: [refuse]
        """, "x.yaml:2:3", "unknown setting 'negating_verb' in settings (did you mean `negating_verbs`?)"),
    "unknown-section": ("""
        verbz: []
        """, "x.yaml:1:1", "unknown key 'verbz' (did you mean `verbs`?)"),
}


@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_each_kind_of_mistake_is_an_error_at_its_place_when_loading(tmp_path, name):
    text, place, message = MISTAKES[name]
    write(tmp_path, "x.yaml", text)
    with pytest.raises(DictionaryError, match=f"^{re.escape(place)}: (.* )?{re.escape(message)}"):
        load(tmp_path)


def test_an_unknown_event_code_is_an_error_at_its_place(tmp_path):
    """The schema checks a code's form; the loader, that the codebook has it."""
    write(tmp_path, "x.yaml", 'verbs:\n  - {verb: condemn, code: "1190"}\n')
    with pytest.raises(DictionaryError, match=r"^x\.yaml:2:28: unknown event code '1190'"):
        load(tmp_path)


def test_yml_files_are_read_like_yaml_files(tmp_path):
    write(tmp_path, "actors.yml", "actors:\n  - {code: GON, names: [Gondor]}\n")
    write(tmp_path, "verbs/condemn.yml", 'verbs:\n  - {verb: condemn, code: "111"}\n')
    loaded = load(tmp_path)
    assert loaded.counts["actor names"] == 1 and "condemn" in loaded.events
    assert {"actors.yml", "verbs/condemn.yml"} <= set(loaded.files)
    write(tmp_path, "broken.yml", "agents:\n  - {code: GOV, nounz: [steward]}\n")
    with pytest.raises(DictionaryError, match=r"^broken\.yml:2:17: unknown key 'nounz'"):
        load(tmp_path)


def test_lint_lists_every_schema_error_at_once_and_exits_2(tmp_path, capsys):
    write(tmp_path, "a.yaml", MISTAKES["verbs-unknown-key"][0])
    write(tmp_path, "b.yml", MISTAKES["actors-unknown-key"][0])
    write(tmp_path, "c.yaml", MISTAKES["settings-unknown-key"][0])
    status = main(["dict", "lint", "--dict", str(tmp_path), "--no-builtins", "--no-cache"])
    lines = capsys.readouterr().out.splitlines()
    assert status == 2
    assert lines[:3] == [  # a folder alone: its files named relative to it
        "a.yaml:3:5: error: unknown key 'pattern' in verbs[1] (did you mean `patterns`?); "
        "expected one of code, forms, noun, patterns, remove, symmetric, synonyms, verb [schema]",
        "b.yml:4:5: error: unknown key 'adjectivs' in actors[1] (did you mean `adjectives`?); "
        "expected one of adjectives, code, metonyms, names, remove, terms [schema]",
        lines[2]]
    assert lines[2].startswith("c.yaml:2:3: error: unknown setting 'negating_verb'")
    assert lines[-1] == "3 errors, 0 warnings in 3 files"
    other = write(tmp_path.parent / f"{tmp_path.name}-over", "x.yaml", MISTAKES["issues-required"][0]).parent
    status = main(["dict", "lint", "--dict", str(tmp_path), "--dict", str(other), "--no-builtins", "--no-cache"])
    lines = capsys.readouterr().out.splitlines()
    places = sorted(line.split(": error:")[0] for line in lines[:-2])
    assert status == 2 and places == sorted([f"{tmp_path}/a.yaml:3:5", f"{tmp_path}/b.yml:4:5",
                                             f"{tmp_path}/c.yaml:2:3", f"{other}/x.yaml:2:5"])


def test_every_built_in_file_passes_the_schema():
    builtin = dictionaries_dir()
    paths = yamlsource.yaml_files(builtin)
    assert len(paths) > 30
    problems = [str(e) for path in paths
                for e in schema.errors(yamlsource.load(path, path.name), path.name)]
    assert problems == []


def test_the_schema_knows_what_the_loader_knows():
    """A new word list, reading option or section must be added to the schema too."""
    folder = schema.schema_dir()
    top = json.loads((folder / "dictionary.schema.json").read_text())
    assert set(top["properties"]) == set(KINDS)
    settings = json.loads((folder / "settings.schema.json").read_text())["$defs"]["settings"]["properties"]
    assert set(settings) == {"reading", "builtins", *reading.OPTIONS, *WORD_LISTS}


def test_the_schema_files_are_valid_json_schema_and_refer_only_to_each_other():
    import jsonschema

    folder = schema.schema_dir()
    names = {p.name for p in folder.glob("*.schema.json")}
    for path in folder.glob("*.schema.json"):
        text = path.read_text()
        jsonschema.Draft202012Validator.check_schema(json.loads(text))
        for ref in re.findall(r'"\$ref": "([^"#]*)#', text):
            assert ref == "" or ref in names, f"{path.name}: $ref to {ref}"
    schema._validator()  # the inlined whole is a valid schema too
