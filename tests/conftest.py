"""Shared fixtures: the spaCy pipeline and the built-in dictionaries, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTICLE = SHARED / "corpus" / "iraq-airstrikes-article.txt"


def need_shared(path: Path) -> Path:
    """Skip (with the reason) when ../shared is not beside the checkout, as on a user's machine."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data sits beside the project only for its developers")
    return path


@pytest.fixture(scope="session")
def nlp():
    from coder.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def stock_pipeline():
    """A function loading spaCy's own English pipeline as ``spacy.load`` gives it (NER off, as
    coder runs it), without coder's cached components: what those are compared with."""
    import spacy

    from coder.nlp import MODELS

    def load():
        for name in MODELS:
            try:
                return spacy.load(name, exclude=["ner"])
            except OSError:
                continue
        pytest.skip("no English spaCy model installed")

    return load


@pytest.fixture(scope="session")
def dictionaries():
    from coder.dictionary import load

    return load()


@pytest.fixture(scope="session")
def coder_builtin(nlp, dictionaries):
    """A Coder over the built-in dictionaries, coder's own reading."""
    from coder import Coder

    return Coder(dictionaries, model=nlp)


@pytest.fixture(scope="session")
def code(coder_builtin):
    """Code a text as one story; returns the events as (source, code, target) triples."""
    def run(text: str, date: str | None = "2024-07-31", title: str | None = None):
        return [(e.source, e.code, e.target) for e in coder_builtin.code(text, date=date, title=title)]

    return run


@pytest.fixture
def dictionary_folder(tmp_path):
    """A new folder of small dictionaries: ``make(actors=TEXT, agents=TEXT, verbs=TEXT,
    settings={...})`` writes each (dedented YAML) and a partial settings.yaml of the given reading
    options or word lists, and returns the folder."""
    import textwrap

    import yaml

    def make(settings: dict | None = None, **texts) -> Path:
        folder = tmp_path / f"d{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        for name, text in texts.items():
            (folder / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
        if settings:
            (folder / "settings.yaml").write_text(yaml.safe_dump({"settings": settings}, sort_keys=False),
                                                  encoding="utf-8")
        return folder

    return make
