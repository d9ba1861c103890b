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
def dictionaries():
    from coder.dictionary import load

    return load()


@pytest.fixture(scope="session")
def code(nlp, dictionaries):
    """Code a text as one story; returns the events as (source, code, target) triples."""
    from coder.model import Story
    from coder.nlp import parse_stories
    from coder.pipeline import code_story

    def run(text: str, date: str | None = "2024-07-31", title: str | None = None):
        story = Story(id="t", text=text, date=date, title=title)
        (story, sentences), = list(parse_stories([story], nlp, dictionaries.actor_words))
        return [(e.source, e.code, e.target) for e in code_story(story, sentences, dictionaries).events]

    return run
