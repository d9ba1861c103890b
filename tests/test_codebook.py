"""The codebook's quad classes follow the convention event-data users aggregate CAMEO by, and the
penta class is derived from them.

Convention (the ICEWS R package andybega/icews, data-raw/clean-data.R; the py-gdelt library):
roots 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3),
14-20 material conflict (4). Penta: 01 statements 0, every other root its quad class.
"""

from __future__ import annotations

import csv
import io

import pytest

from coder import yamlsource
from coder.cli import main
from coder.codebook import Codebook
from coder.resources import dictionaries_dir

QUAD = {f"{root:02d}": quad for quad, roots in ((1, range(1, 6)), (2, range(6, 9)), (3, range(9, 14)),
                                                 (4, range(14, 21))) for root in roots}
PENTA = {root: 0 if root == "01" else quad for root, quad in QUAD.items()}


def _codebook(path) -> Codebook:
    return Codebook.from_yaml(yamlsource.load(path, path.name))


CODEBOOK = _codebook(dictionaries_dir() / "cameo.yaml")


def test_the_codebook_has_every_root():
    assert {info.root for info in CODEBOOK.codes.values()} == set(QUAD)
    assert all(root in CODEBOOK for root in QUAD)


@pytest.mark.parametrize("code", sorted(CODEBOOK.codes))
def test_quad_and_penta_class_follow_the_root(code):
    info = CODEBOOK[code]
    assert info.root == code[:2]
    assert info.quad_class == QUAD[info.root], f"{code} {info.label}"
    assert info.penta_class == PENTA[info.root], f"{code} {info.label}"


def test_the_quad_class_of_a_root_is_the_convention():
    from coder.codebook import quad_class_of_root

    assert {root: quad_class_of_root(root) for root in QUAD} == QUAD
    assert quad_class_of_root("90") == quad_class_of_root("00") == quad_class_of_root("x") == 0


def test_a_dictionarys_own_codes_get_a_penta_class_from_their_root_and_quad_class(tmp_path):
    path = tmp_path / "codes.yaml"
    path.write_text('codes:\n'
                    '  "174K": {label: own coercion, root: "17", quad_class: 4, goldstein: -5.0}\n'
                    '  "010A": {label: own statement, root: "01", quad_class: 1, goldstein: 0.0}\n'
                    '  "901": {label: not a CAMEO code, root: "90", quad_class: 0, goldstein: 0.0}\n',
                    encoding="utf-8")
    own = _codebook(path)
    assert [(own[c].quad_class, own[c].penta_class) for c in ("174K", "010A", "901")] == [(4, 4), (1, 0), (0, 0)]


def test_tsv_carries_penta_class_right_after_quad_class(tmp_path, capsys):
    story = tmp_path / "protest.txt"
    story.write_text("Protesters in Tehran demonstrated against the Iranian government on Monday.\n",
                     encoding="utf-8")
    assert main(["code", str(story), "--date", "2024-07-31", "-f", "tsv", "-q"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter="\t"))
    header = rows[0]
    assert header[header.index("quad_class") + 1] == "penta_class"
    assert rows[1:], "the sentence codes no event"
    for row in (dict(zip(header, values)) for values in rows[1:]):
        assert (int(row["quad_class"]), int(row["penta_class"])) == (QUAD[row["root"]], PENTA[row["root"]]), row
