"""coder dict add: an entry appended to a user folder, keeping the file; refused when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from coder import dictadd
from coder.cli import main
from coder.dictionary import load_layers
from coder.errors import CoderError

BASE = """\
actors:
  - code: ARN
    names: [Arnor]
"""


def add(*argv) -> int:
    return main(["dict", "add", *argv, "--no-builtins"])


def test_an_actor_goes_to_actors_yaml_of_a_new_folder_and_loads(capsys, tmp_path):
    mine = tmp_path / "mine"
    assert add("actor", "Zorvan Ketil", "ARNGOV", "--dict", str(mine)) == 0
    assert "added to" in capsys.readouterr().out
    assert (mine / "actors.yaml").read_text() == "actors:\n  - code: ARNGOV\n    names: [Zorvan Ketil]\n"
    loaded = load_layers([mine], builtins=False)
    assert dictadd.phrase_in(loaded.actors, ["zorvan", "ketil"]).code == "ARNGOV"


def test_dates_give_a_term(tmp_path):
    mine = tmp_path / "mine"
    assert add("actor", "Eldra Vane", "GONGOV", "--from", "2019-05-01", "--to", "2023-02-28", "--dict", str(mine)) == 0
    entry = dictadd.phrase_in(load_layers([mine], builtins=False).actors, ["eldra", "vane"])
    assert entry.terms == (("GONGOV", "2019-05-01", "2023-02-28"),)
    assert entry.code_on("2020-01-01") == "GONGOV" and entry.code_on("2024-01-01") is None


def test_the_file_keeps_its_comments_order_and_indentation(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    original = ("# my kingdoms\nactors:\n    # the north\n    -   code: ARN\n        names: [Arnor]   # old\n"
                "    -   code: GON\n        names: [Gondor]\n")
    (mine / "kingdoms.yaml").write_text(original)
    assert add("actor", "Fornost", "ARN", "--file", "kingdoms.yaml", "--dict", str(mine)) == 0
    text = (mine / "kingdoms.yaml").read_text()
    assert text == original + "    -   code: ARN\n        names: [Fornost]\n"


def test_an_agent_joins_the_group_of_its_role(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "agents.yaml").write_text("agents:\n  - code: CVL\n    nouns:\n      - shepherd   # sheep\n")
    assert add("agent", "goat herder", "CVL", "--dict", str(mine)) == 0
    assert add("agent", "watchman", "COP", "--dict", str(mine)) == 0
    assert (mine / "agents.yaml").read_text() == (
        "agents:\n  - code: CVL\n    nouns:\n      - shepherd   # sheep\n      - goat herder\n"
        "  - code: COP\n    nouns:\n      - watchman\n")


def test_a_verb_with_patterns_is_written_quoted_and_compiles(tmp_path):
    mine = tmp_path / "mine"
    assert add("verb", "rebuff", "125", "--pattern", "* $target ..3 offer",
               "--pattern", "* $target => 128", "--dict", str(mine)) == 0
    assert add("noun", "blockade", "191", "--dict", str(mine)) == 0
    assert (mine / "verbs.yaml").read_text() == (
        'verbs:\n  - verb: rebuff\n    code: "125"\n    patterns:\n      - "* $target ..3 offer => 125"\n'
        '      - "* $target => 128"\n  - noun: blockade\n    code: "191"\n')
    entries = load_layers([mine], builtins=False).events
    assert [p.code for p in entries["rebuff"][0].patterns] == ["125", "128"]
    assert entries["blockade"][0].kind == "noun"


@pytest.mark.parametrize("argv, message", [
    (["actor", "Arnor", "ARN"], "actor 'Arnor' is already ARN at"),
    (["actor", "Fornost", "arn"], "actor code 'arn': expected upper-case letters"),
    (["actor", "Fornost", "ARN", "--from", "2020-02-30"], "--from '2020-02-30': expected a date"),
    (["actor", "Fornost", "ARN", "--from", "2021-01-01", "--to", "2020-01-01"], "is after --to"),
    (["agent", "herder", "cvl"], "agent role 'cvl'"),
    (["agent", "Arnor", "GOV"], "is already an actor name"),
    (["verb", "rebuff", "999"], "unknown event code '999'"),
    (["verb", "rebuff", "125", "--pattern", "* $target ..3 (offer"], "--pattern:1:22: pattern"),
    (["verb", "rebuff", "125", "--pattern", "* &nosuchset $target"], "unknown synonym set &nosuchset"),
    (["verb", "rebuff", "125", "--pattern", "* $target => 998"], "unknown event code '998'"),
    (["verb", "two words here", "125"], None),
    (["actor", "Fornost", "ARN", "--file", "../elsewhere.yaml"], "not inside the folder"),
])
def test_a_wrong_entry_is_refused_and_the_file_left_as_it_was(capsys, tmp_path, argv, message):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "actors.yaml").write_text(BASE)
    status = add(*argv, "--dict", str(mine))
    err = capsys.readouterr().err
    if message is None:  # a phrasal verb with two particles is accepted by the loader too
        assert status == 0
        return
    assert status == 2 and message in err, err
    assert (mine / "actors.yaml").read_text() == BASE
    assert sorted(p.name for p in mine.iterdir()) == ["actors.yaml"]


def test_a_name_in_a_lower_layer_is_a_duplicate_unless_a_layer_removed_it(capsys, tmp_path, dictionary_folder):
    base = dictionary_folder(actors=BASE)
    mine = tmp_path / "mine"
    assert add("actor", "Arnor", "ARNGOV", "--dict", str(base), "--dict", str(mine)) == 2
    assert "already ARN at" in capsys.readouterr().err
    middle = dictionary_folder(actors="actors:\n  - names: [Arnor]\n    remove: true\n")
    assert add("actor", "Arnor", "ARNGOV", "--dict", str(base), "--dict", str(middle), "--into", str(mine)) == 0
    assert "names: [Arnor]" in (mine / "actors.yaml").read_text()


def test_the_proof_loads_the_folder_over_its_layers(capsys, tmp_path, dictionary_folder):
    """A folder that removes a name below and then names it again would not load: refused."""
    base = dictionary_folder(actors=BASE)
    mine = dictionary_folder(removed="actors:\n  - names: [Arnor]\n    remove: true\n")
    assert add("actor", "Arnor", "ARNGOV", "--dict", str(base), "--dict", str(mine)) == 2
    assert "would no longer load" in capsys.readouterr().err
    assert sorted(p.name for p in mine.iterdir()) == ["removed.yaml"]


def test_a_name_of_the_built_ins_is_a_duplicate(dictionaries):
    reason = dictadd.duplicate_name("actor", "Iraq", [dictionaries])
    assert reason and reason.startswith("actor 'Iraq' is already IRQ at actors/")


def test_no_folder_named_is_a_user_error(capsys):
    assert add("actor", "Fornost", "ARN") == 2
    assert "name the user folder" in capsys.readouterr().err


def test_a_folder_that_would_not_load_is_left_untouched(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    path = mine / "actors.yaml"
    path.write_text(BASE)
    broken = BASE + "  - code: GON\n    names: []\n"  # an actor without a name
    with pytest.raises(CoderError, match=r"not added: the folder would no longer load: .*actors.yaml:\d+:\d+"):
        dictadd.write_proven(mine, path, broken)
    assert path.read_text() == BASE
    assert sorted(p.name for p in mine.iterdir()) == ["actors.yaml"]


def test_invalid_yaml_in_the_file_is_reported_with_its_place(capsys, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "extra.yaml").write_text("actors:\n  - code: ARN\n    names: [Arnor\n")
    assert main(["dict", "add", "actor", "Fornost", "ARN", "--file", "extra.yaml", "--into", str(mine),
                 "--no-builtins"]) == 2
    assert "extra.yaml:" in capsys.readouterr().err
    assert Path(mine / "extra.yaml").read_text().endswith("[Arnor\n")
