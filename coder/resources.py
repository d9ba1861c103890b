"""Where the built-in dictionaries, the pattern grammar and the reading presets are.

They are found through ``importlib.resources``, by package, not by probing folders:

- ``coder.dictionaries``: the top-level ``dictionaries/`` folder of a source checkout, mapped
  by ``[tool.setuptools.package-dir]`` in pyproject.toml (an editable install resolves the
  mapping; a wheel holds it as ``coder/dictionaries/``);
- ``coder.grammars``: likewise the top-level ``grammars/`` folder;
- ``coder/readings``: a data folder inside the ``coder`` package itself.

``dictionaries/`` and ``grammars/`` carry an ``__init__.py`` so that both resolve as regular
packages: a folder without one is a namespace package, which an editable install cannot import
through a package-dir mapping, and whose ``files()`` is a ``MultiplexedPath`` (no ``rglob``)
rather than a ``pathlib.Path``. Every function returns a real ``pathlib.Path``; an installation
that does not keep its files on disk (a zip) is reported as such.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _folder(package: str, member: str) -> Path:
    """The folder of ``package`` as a ``Path``; ``member`` is a file known to be in it."""
    try:
        folder = resources.files(package)
    except ModuleNotFoundError:
        raise FileNotFoundError(f"coder's {package} is missing from the installation") from None
    if isinstance(folder, Path):
        return folder
    # A namespace package (no __init__.py) gives a MultiplexedPath: the folder that holds the
    # member is the one meant.
    child = folder.joinpath(member)
    if isinstance(child, Path) and child.is_file():
        return child.parent
    raise FileNotFoundError(f"coder's {package} is not a folder on disk ({folder!r}); "
                            "install coder unzipped")


def dictionaries_dir() -> Path:
    """The built-in dictionaries (every ``*.yaml`` below it, recursively)."""
    return _folder("coder.dictionaries", "cameo.yaml")


def grammar_path() -> Path:
    """The Lark grammar of the pattern language."""
    return _folder("coder.grammars", "pattern.lark") / "pattern.lark"


def readings_dir() -> Path:
    """The built-in reading presets (``coder/readings/*.yaml``)."""
    return _folder("coder", "__init__.py") / "readings"
