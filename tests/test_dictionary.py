"""Loading and compiling dictionaries: the built-in set, and errors that point at the mistake."""

from __future__ import annotations

import pickle
import textwrap

import pytest

from coder.dictionary import ActorEntry, load, load_cached
from coder.errors import DictionaryError


def write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def test_the_built_in_dictionaries_load_and_cover_every_cameo_root(dictionaries):
    assert len(dictionaries.codebook) == 311
    codes = {e.code for entries in dictionaries.events.values() for e in entries if e.code}
    codes |= {p.code for entries in dictionaries.events.values() for e in entries for p in e.patterns}
    assert {code[:2] for code in codes} == {f"{r:02d}" for r in range(1, 21)}
    assert dictionaries.counts["actor names"] > 500
    assert dictionaries.counts["agent nouns"] > 300


def test_compiled_dictionaries_pickle(dictionaries):
    again = pickle.loads(dictionaries.dumps())
    assert again.counts == dictionaries.counts


def test_cache_is_reused_and_invalidated_by_edits(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    write(tmp_path, "d/actors.yaml", "actors:\n  - {code: IRQ, names: [Iraq]}\n")
    first = load_cached(tmp_path / "d", builtins=False)
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert load_cached(tmp_path / "d", builtins=False).counts == first.counts
    write(tmp_path, "d/actors.yaml", "actors:\n  - {code: IRQ, names: [Iraq, Baghdad]}\n")
    assert load_cached(tmp_path / "d", builtins=False).counts["actor names"] == 2
    assert len(list((tmp_path / "cache").iterdir())) == 2
    layered = load_cached(tmp_path / "d")  # over the built-ins: a cache entry of its own
    assert layered.counts["actor names"] > 1000 and len(list((tmp_path / "cache").iterdir())) == 3


@pytest.mark.parametrize("files, place, message", [
    ({"v.yaml": """
        verbs:
          - verb: condemn
            code: "999"
     """}, "v.yaml:3:12", "unknown event code '999'"),
    ({"v.yaml": """
        verbs:
          - verb: condemn
            patterns:
              - "* $target for => 111"
              - "* [the => 111"
     """}, "v.yaml:5:17", "unexpected '=>'; expected `]`"),
    ({"v.yaml": """
        verbs:
          - verb: condemn
            patterns: ["* $target => 1111"]
     """}, "v.yaml:3:17", "unknown event code '1111'"),
    ({"a.yaml": """
        actors:
          - {code: IRQ, names: [Iraq]}
          - {code: IRN, names: [Iran, iraq]}
     """}, "a.yaml:3:31", "actor name 'iraq' is already IRQ at a.yaml:2"),
    ({"a.yaml": """
        actors:
          - code: USAELI
            names: [Joe Biden]
            terms: [{code: USAGOV, from: 2025-01-20, to: 2021-01-20}]
     """}, "a.yaml:4:13", "dates are out of order"),
    ({"a.yaml": """
        actors:
          - {code: iraq, names: [Iraq]}
     """}, "a.yaml:2:12", "actors[1].code: 'iraq': expected an upper-case actor code such as IRQ"),
    ({"x.yaml": "verbz: []\n"}, "x.yaml:1:1", "unknown key 'verbz' (did you mean `verbs`?)"),
    ({"x.yaml": "actors:\n  - {code: IRQ, names: [Iraq]\n"}, "x.yaml:3:1", "not valid YAML"),
    ({"v.yaml": """
        verbs:
          - verb: meet
            code: "040"
          - verb: meet
            code: "041"
     """}, "v.yaml:4:11", "verb 'meet' is already defined at v.yaml:2"),
])
def test_errors_name_file_line_column(tmp_path, files, place, message):
    for name, text in files.items():
        write(tmp_path, name, text)
    with pytest.raises(DictionaryError) as caught:
        load(tmp_path)
    assert str(caught.value).startswith(place + ": "), str(caught.value)
    assert message in str(caught.value)


def test_a_folder_without_codebook_or_settings_uses_the_built_in_ones(tmp_path):
    write(tmp_path, "v.yaml", "verbs:\n  - {verb: condemn, code: '111'}\n")
    loaded = load(tmp_path)
    assert len(loaded.codebook) == 311 and loaded.settings.pronouns


def test_date_bounded_codes():
    entry = ActorEntry("USAELI", (("USAGOV", "2021-01-20", "2025-01-20"),), "a.yaml:1")
    assert entry.code_on("2024-07-31") == "USAGOV"
    assert entry.code_on("2025-01-20") == "USAGOV"
    assert entry.code_on("2026-01-01") == "USAELI"
    assert entry.code_on(None) == "USAGOV"
    assert ActorEntry(None, (("IRQGOV", "2022-10-27", None),), "").code_on("2020-01-01") is None


def test_stems_place_before_and_extra_codes(tmp_path, nlp):
    from coder.engine.view import view_of

    write(tmp_path, "d.yaml", """
        actors:
          - {code: ARG, names: ["Argentin*"]}
          - {code: USA, names: [US]}
        agents:
          - {code: NGO, place: before, nouns: [MSF]}
          - {code: GOV, nouns: [diplomat]}
        codes:
          "903": {label: imported, root: "90", quad_class: 0, goldstein: 0.0}
        verbs:
          - {verb: praise, code: "903"}
        """)
    loaded = load(tmp_path)
    assert "903" in loaded.codebook and "111" in loaded.codebook
    span = nlp("An MSF Argentine diplomat told us that the US Argentines agreed.")[:]
    names = [(span[n.start:n.end].text, n.code or n.role, n.before) for n in view_of(span, loaded, None, loaded.reading).names]
    assert names == [("MSF", "NGO", True), ("Argentine", "ARG", False), ("diplomat", "GOV", False),
                     ("US", "USA", False), ("Argentines", "ARG", False)]
