"""`coder dict lint`: each check on a small dictionary, the command line, the built-in set."""

from __future__ import annotations

import textwrap

import pytest

from coder.cli import main
from coder.dictionary import Compiler, default_splitter
from coder.errors import DictionaryError
from coder.lint import Source, dates, lint, read_documents


def write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def findings(report, check=None):
    """The report's findings as (place, severity, check), optionally of one check."""
    return [(f"{f.path}:{f.line}:{f.column}", f.severity, f.check) for f in report.findings
            if check is None or f.check == check]


def message(report, place):
    return next(f.message for f in report.findings if f"{f.path}:{f.line}:{f.column}" == place)


# --- 1. duplicate names ------------------------------------------------------------------

def test_duplicate_names(tmp_path):
    write(tmp_path, "actors/iraq.yaml", """
        actors:
          - {code: IRQ, names: [Iraq, Republic of Iraq], adjectives: [Iraqi]}
          - code: IRQ
            names: [the Republic of Iraq, Mesopotamia, MESOPOTAMIA]
          - {code: USA, names: [US, us]}
        """)
    write(tmp_path, "agents.yaml", """
        agents:
          - code: GOV
            nouns: [minister, cabinet]
          - code: GOV
            nouns: [Minister]
        """)
    write(tmp_path, "discards.yaml", """
        discards:
          story: [world cup, box office]
          sentence: [video game, World Cup, video game]
        """)
    write(tmp_path, "issues.yaml", """
        issues:
          - {code: TERRORISM, phrases: [terrorism, car bomb]}
          - {code: WEAPONS, phrases: [car bomb, rifle]}
        """)
    report = lint(tmp_path, builtins=False, use_cache=False)
    assert findings(report, "duplicate-name") == [
        ("actors/iraq.yaml:4:13", "error", "duplicate-name"),  # "the" dropped, another entry
        ("actors/iraq.yaml:4:48", "error", "duplicate-name"),  # case, within one entry
        ("agents.yaml:5:13", "error", "duplicate-name"),
        ("discards.yaml:3:26", "warning", "duplicate-name"),  # a sentence discard that is a story one
        ("discards.yaml:3:37", "warning", "duplicate-name"),
        ("issues.yaml:3:31", "warning", "duplicate-name"),
    ]  # "US" and "us" are different names: the short capitals match only in capitals
    assert "already listed at actors/iraq.yaml:2:31 as 'Republic of Iraq'" in message(report, "actors/iraq.yaml:4:13")
    assert "actors/iraq.yaml:4:35" in message(report, "actors/iraq.yaml:4:48")
    assert "agents.yaml:3:13" in message(report, "agents.yaml:5:13")
    assert "as TERRORISM; this listing as WEAPONS is ignored" in message(report, "issues.yaml:3:31")
    assert report.errors == 3 and report.warnings == 3 and report.exit_status() == 1


# --- 2. dates ----------------------------------------------------------------------------

def test_dates_overlap_and_order(tmp_path):
    write(tmp_path, "leaders.yaml", """
        actors:
          - code: USAELI
            names: [Joe Biden]
            terms:
              - {code: USAGOV, from: 2021-01-20, to: 2025-01-20}
              - {code: USAGOV, from: 2024-01-01, to: 2024-06-30}
              - {code: USAMIL, from: 2009-01-20, to: 2021-01-20}
          - code: GBRELI
            names: [Keir Starmer]
            terms:
              - {code: GBRGOV, from: 2024-07-05}
              - {code: GBRLEG, from: 2015-05-07, to: 2024-07-04}
        """)
    report = lint(tmp_path, builtins=False, use_cache=False)
    assert findings(report) == [
        ("leaders.yaml:6:9", "warning", "dates"),  # overlaps a term with the same code
        ("leaders.yaml:7:9", "error", "dates"),  # overlaps (on 2021-01-20) a term with another code
        ("leaders.yaml:7:9", "warning", "dates"),  # and comes after a later term
        ("leaders.yaml:12:9", "warning", "dates"),  # in order, no overlap, but newest first
    ]
    assert "overlaps the term USAGOV at leaders.yaml:5:9 (2021-01-20 to 2025-01-20)" in \
        [f.message for f in report.findings if f.severity == "error"][0]


def test_dates_from_after_to(tmp_path):
    write(tmp_path, "leaders.yaml", """
        actors:
          - code: USAELI
            names: [Joe Biden]
            terms:
              - {code: USAGOV, from: 2025-01-20, to: 2021-01-20}
        """)
    with pytest.raises(DictionaryError):  # the loader stops at it: exit status 2 from the CLI
        lint(tmp_path, builtins=False, use_cache=False)
    source = Source(read_documents(tmp_path, builtins=False), None, Compiler(default_splitter()))
    found = list(dates(source))
    assert [(f.line, f.column, f.severity, f.check) for f in found] == [(5, 9, "error", "dates")]
    assert "from 2025-01-20 to 2021-01-20" in found[0].message


# --- 3. shadowed patterns ----------------------------------------------------------------

def test_shadowed_patterns(tmp_path):
    write(tmp_path, "verbs.yaml", """
        verbs:
          - verb: condemn
            code: "111"
            patterns:
              - "* $target for ..3 attack => 111"
              - "* => 111"
              - "* $target  for ..3   attack => 112"
              - "* strongly => 111"
              - "* [the] attack => 111"
              - "* ..2 strongly => 111"
              - "not * => 111"
          - verb: denounce
            code: "111"
            patterns:
              - "* strongly => 111"
              - "* $target => 112"
          - verb: decry
            code: "111"
            patterns:
              - "* $target => 112"
              - "* strongly => 111"
          - noun: attack
            code: "190"
        """)
    report = lint(tmp_path, builtins=False, use_cache=False)
    assert findings(report, "shadowed-pattern") == [
        ("verbs.yaml:6:10", "warning", "shadowed-pattern"),  # "* => 111": the default anyway
        ("verbs.yaml:7:10", "error", "shadowed-pattern"),  # the same elements as line 5
        # line 8, "* strongly", can tie with line 9, 10 or 11 and win: it keeps them from firing.
        # Those matter: line 9 covers the event noun "attack", line 10 has a gap, line 11 "not".
        # Line 15 can tie with the $target pattern after it, and win the tie: it matters.
        ("verbs.yaml:21:10", "warning", "shadowed-pattern"),  # after the $target pattern: it loses ties
    ]
    assert "identical to the one at verbs.yaml:5:10 which gives 111" in message(report, "verbs.yaml:7:10")


# --- 4. unreachable ----------------------------------------------------------------------

def test_unreachable_entries(tmp_path, nlp):
    write(tmp_path, "verbs.yaml", """
        synsets:
          nothing: []
        verbs:
          - verb: say
            patterns: ["* $target be responsible => 112", "* ..2 &nothing => 112"]
          - verb: says
            code: "010"
          - verb: attacked
            code: "190"
          - verb: found
            code: "010"
          - noun: talks
            synonyms: [talk]
            code: "040"
          - noun: hostilities
            code: "190"
          - noun: cut-off
            code: "160"
          - noun: meeting
            code: "040"
        """)
    write(tmp_path, "agents.yaml", """
        agents:
          - code: GOV
            nouns: [official, officials, heads of state, head of state, news]
          - code: MIL
            nouns: [soldier]
          - code: REB
            nouns: [soldiers]
        """)
    report = lint(tmp_path, builtins=False, nlp=nlp, use_cache=False)
    assert findings(report, "unreachable") == [
        ("agents.yaml:3:23", "warning", "unreachable"),  # officials: official matches it by lemma
        ("agents.yaml:3:34", "warning", "unreachable"),  # heads of state
        ("agents.yaml:7:13", "warning", "unreachable"),  # soldiers, with another role than soldier
        ("verbs.yaml:5:58", "error", "unreachable"),  # &nothing, at its column
        ("verbs.yaml:6:11", "error", "unreachable"),  # says: "say" has an entry
        ("verbs.yaml:8:11", "warning", "unreachable"),  # attacked: found only as written
        # found: a verb lemma of its own ("to found a party"), although "found" is also find's past
        ("verbs.yaml:12:11", "warning", "unreachable"),  # talks, next to talk in the same entry
        ("verbs.yaml:15:11", "warning", "unreachable"),  # hostilities: only as written
        ("verbs.yaml:17:11", "error", "unreachable"),  # cut-off: three tokens
    ]
    assert "spaCy's lemma of 'says' is 'say', so the entry at verbs.yaml:4 codes it" in \
        message(report, "verbs.yaml:6:11")
    assert "write `attack`" in message(report, "verbs.yaml:8:11")
    assert "(cut - off)" in message(report, "verbs.yaml:17:11")
    assert "which role a text gets is arbitrary" in message(report, "agents.yaml:7:13")


def test_lemma_checks_are_skipped_without_a_model(tmp_path):
    write(tmp_path, "verbs.yaml", "verbs:\n  - {verb: says, code: '010'}\n  - {noun: go-slow, code: '143'}\n")
    report = lint(tmp_path, builtins=False, nlp=None, use_cache=False)
    assert findings(report) == [("verbs.yaml:3:12", "error", "unreachable")]  # needs no model
    assert report.notes and "no spaCy model" in report.notes[0]


# --- 5. codes ----------------------------------------------------------------------------

def test_unused_codes_only_with_coverage(tmp_path):
    write(tmp_path, "d.yaml", """
        codes:
          "901": {label: imported one, root: "90", quad_class: 0, goldstein: 0.0}
          "902": {label: imported two, root: "90", quad_class: 0, goldstein: 0.0}
        verbs:
          - verb: praise
            code: "901"
        """)
    assert lint(tmp_path, builtins=False, use_cache=False).findings == []
    report = lint(tmp_path, builtins=False, coverage=True, use_cache=False)
    ours = [f for f in report.findings if f.path == "d.yaml"]
    assert [(f.line, f.column, f.severity, f.check) for f in ours] == [(3, 4, "warning", "codes")]
    assert "event code 902 (imported two)" in ours[0].message
    builtin = "cameo.yaml (built-in)"  # the built-in codebook under the folder
    assert any(f.path == builtin and f.message.startswith("event code 111 ") for f in report.findings)
    roots = [f.message for f in report.findings if f.message.split()[2].isdigit() and len(f.message.split()[2]) == 2]
    assert roots == []  # "01" ... "20" head their families: no entry gives them, by design
    assert report.errors == 0 and report.exit_status() == 0 and report.exit_status(strict=True) == 1


# --- the command line --------------------------------------------------------------------

def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_prints_findings_sorted_with_a_summary(tmp_path, capsys):
    write(tmp_path, "b.yaml", "actors:\n  - {code: IRN, names: [Iran, Persia, persia]}\n")
    write(tmp_path, "a.yaml", "verbs:\n  - verb: condemn\n    code: '111'\n    patterns: ['* => 111']\n")
    status, out, _ = run(capsys, "dict", "lint", "--dict", str(tmp_path), "--no-builtins", "--no-cache")
    lines = out.splitlines()
    assert lines[0] == ("a.yaml:4:17: warning: pattern gives the entry's default code 111 and binds no slot: "
                        "the event is the same without it (only the `pattern` column differs) [shadowed-pattern]")
    assert lines[1].startswith("b.yaml:2:39: error: actor name 'persia' is already listed at b.yaml:2:31 ")
    assert lines[1].endswith(" [duplicate-name]")
    assert lines[-1] == "1 error, 1 warning in 4 files"  # with the built-in codebook and settings
    assert status == 1


def test_cli_exit_status_warnings_strict_and_load_errors(tmp_path, capsys):
    write(tmp_path, "d/v.yaml", "verbs:\n  - {noun: talks, synonyms: [talk], code: '040'}\n")
    status, out, _ = run(capsys, "dict", "lint", "--dict", str(tmp_path / "d"), "--no-builtins", "--no-cache")
    assert status == 0 and out.splitlines()[-1] == "0 errors, 1 warning in 3 files"
    assert run(capsys, "dict", "lint", "--dict", str(tmp_path / "d"), "--no-builtins", "--no-cache", "--strict")[0] == 1
    write(tmp_path, "bad/v.yaml", "verbs:\n  - verb: condemn\n    code: \"999\"\n")
    status, out, err = run(capsys, "dict", "lint", "--dict", str(tmp_path / "bad"), "--no-builtins", "--no-cache")
    assert status == 2 and out == ""
    assert "v.yaml:3:12: unknown event code '999'" in err


def test_cli_help_teaches_the_checks(capsys):
    with pytest.raises(SystemExit):
        main(["dict", "lint", "--help"])
    out = capsys.readouterr().out
    for check in ("duplicate-name", "dates", "shadowed-pattern", "unreachable", "codes", "schema", "--strict", "--coverage"):
        assert check in out


# --- the built-in dictionaries -------------------------------------------------------------

def test_the_built_in_dictionaries_have_no_errors(nlp):
    report = lint(nlp=nlp)  # loaded afresh: the session's copy may predate edits to the files
    assert [str(f) for f in report.findings if f.severity == "error"] == []
