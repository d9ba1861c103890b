"""YAML with positions: every string, list and mapping remembers its file, line and column.

Dictionary errors must name the place of the problem. PyYAML's nodes carry marks; this loader
keeps them on the constructed values (``Located`` subclasses of str, list and dict), which stay
ordinary values for all other code.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import yaml

from .errors import DictionaryError


class Located:
    """Mixin: where a value stands in its file (1-based line and column)."""

    path: str = "?"
    line: int = 0
    column: int = 0

    def where(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"

    def error(self, message: str) -> DictionaryError:
        return DictionaryError(self.path, self.line, self.column, message)


class LStr(str, Located):
    quoted: bool = False  # a quoted scalar: its text starts one column after the mark

    def like(self, text: str) -> "LStr":
        """Another text at this one's place (a part of it, for messages)."""
        other = LStr(text.strip())
        other.path, other.line, other.column, other.quoted = self.path, self.line, self.column, self.quoted
        return other


class LList(list, Located):
    pass


class LDict(dict, Located):
    pass


def _place(value: Located, path: str, node: yaml.Node) -> Located:
    value.path, value.line, value.column = path, node.start_mark.line + 1, node.start_mark.column + 1
    return value


def _loader_for(path: str) -> type:
    class Loader(yaml.SafeLoader):
        pass

    def str_(loader, node):
        value = _place(LStr(loader.construct_scalar(node)), path, node)
        value.quoted = node.style in ("'", '"')
        return value

    def timestamp(loader, node):
        """A date stays its text (an LStr, checked later against yyyy-mm-dd), but an impossible
        one ("2024-02-30", YAML reads it as a date) is an error at its place, not a traceback."""
        try:
            yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
        except (ValueError, OverflowError) as exc:
            raise DictionaryError(path, node.start_mark.line + 1, node.start_mark.column + 1,
                                  f"impossible date {node.value!r} ({exc}): expected yyyy-mm-dd") from None
        return _place(LStr(loader.construct_scalar(node)), path, node)

    def seq(loader, node):
        return _place(LList(loader.construct_sequence(node, deep=True)), path, node)

    def mapping(loader, node):
        loader.flatten_mapping(node)
        result = _place(LDict(), path, node)
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in result:
                raise DictionaryError(path, key_node.start_mark.line + 1,
                                      key_node.start_mark.column + 1, f"duplicate key {key!r}")
            result[key] = loader.construct_object(value_node, deep=True)
        return result

    Loader.add_constructor("tag:yaml.org,2002:str", str_)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    Loader.add_constructor("tag:yaml.org,2002:seq", seq)
    Loader.add_constructor("tag:yaml.org,2002:map", mapping)
    return Loader


SUFFIXES = (".yaml", ".yml")


def yaml_files(folder: Path) -> list:
    """Every YAML file below ``folder`` (``*.yaml`` and ``*.yml`` alike), sorted by path."""
    return sorted(path for path in Path(folder).rglob("*") if path.suffix in SUFFIXES and path.is_file())


def _fast_loader_for(path: str):
    """The same constructors over libyaml's parser, when PyYAML has it (six times faster, same
    values, same places); None without libyaml."""
    fast_parser = getattr(yaml, "CSafeLoader", None)
    if fast_parser is None:
        return None
    constructors = dict(_loader_for(path).yaml_constructors)
    return type("LocatedCLoader", (fast_parser,), {"yaml_constructors": constructors})


def load(path: Path, shown_as: str | None = None):
    """Read one YAML file; values are Located where they are strings, lists or mappings, and
    dates are their text (``LStr``)."""
    name = shown_as or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(name, 0, 0, f"cannot read: {exc}") from None
    fast = _fast_loader_for(name)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)  # noqa: S506 - safe constructors
        except yaml.YAMLError:
            pass  # the pure-Python parser below reports the error with its place
    try:
        return yaml.load(text, Loader=_loader_for(name))  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise DictionaryError(name, line, col, f"not valid YAML: {exc.problem or exc}") from None
