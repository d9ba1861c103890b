"""Check a dictionary file against the JSON Schema of its kinds (``dictionaries/schema/``).

The schema catches what the compiler would let pass or misread: a misspelt key (``pattern:``
for ``patterns:``, ``adjectivs:``), a value of the wrong type (a number where a quoted code is
expected), a malformed date or code. The same files serve editors: a YAML language server
completes and checks a dictionary file from ``dictionary.schema.json`` (docs/dictionaries.md).
Each error names the file, line and column of the offending key or value, from the places
``coder.yamlsource`` keeps on every string, list and mapping.
"""

from __future__ import annotations

import difflib
import json
from functools import lru_cache
from typing import Any, Iterator

from .errors import DictionaryError
from .resources import dictionaries_dir
from .yamlsource import Located

TOP = "dictionary.schema.json"


def schema_dir():
    """The folder of the schema files (in a wheel: ``coder/dictionaries/schema/``)."""
    return dictionaries_dir() / "schema"


@lru_cache(maxsize=1)
def _validator():
    """A validator of ``dictionary.schema.json`` with every ``$ref`` (to a file beside it, as an
    editor resolves them) replaced by what it refers to: one self-contained schema, which
    validates the ten thousand built-in entries several times faster than resolving references."""
    import jsonschema

    schemas = {path.name: json.loads(path.read_text(encoding="utf-8"))
               for path in sorted(schema_dir().glob("*.schema.json"))}
    top = _inline(schemas[TOP], TOP, schemas)
    jsonschema.Draft202012Validator.check_schema(top)
    return jsonschema.Draft202012Validator(top)


def _inline(node: Any, file: str, schemas: dict) -> Any:
    """``node`` with each ``{"$ref": "FILE#/$defs/NAME"}`` replaced by that definition (its own
    references inlined in turn; the schema files have no cycles)."""
    if isinstance(node, list):
        return [_inline(item, file, schemas) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        target = target or file
        found = schemas[target]
        for step in pointer.strip("/").split("/") if pointer.strip("/") else ():
            found = found[step]
        return _inline(found, target, schemas)
    return {key: _inline(value, file, schemas) for key, value in node.items()
            if key not in ("$defs", "$schema")}


def errors(document: Any, shown: str) -> Iterator[DictionaryError]:
    """Every schema error of one file's ``document``, in the order of the file."""
    found = []
    for error in _validator().iter_errors(document):
        found.append(_explain(error, document, shown))
    found.sort(key=lambda e: (e.line, e.column))
    seen = set()
    for error in found:  # one message per place: the anyOf of a value may fail twice
        if (error.line, error.column) not in seen:
            seen.add((error.line, error.column))
            yield error


def check(document: Any, shown: str) -> None:
    """Raise the first schema error of a file's ``document`` (in the file's order)."""
    for error in errors(document, shown):
        raise error


def _explain(error, document: Any, shown: str) -> DictionaryError:
    """The error at the deepest located value on its path, said in the dictionary's words."""
    error = _deepest(error)
    node, path = document, list(error.absolute_path)
    place = node
    for step in path:
        try:
            key = next((k for k in node if k == step), step) if isinstance(node, dict) else step
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, Located) and path[0] != "settings":
            place = node
        elif isinstance(key, Located):  # a number, boolean or null value, or a setting: its key
            place = key
    what = _what(path)
    expected = error.schema.get("description") if isinstance(error.schema, dict) else None
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        unknown = [key for key in error.instance if key not in allowed]
        key = unknown[0] if unknown else "?"
        place = key if isinstance(key, Located) else place
        hint = difflib.get_close_matches(str(key), allowed, n=1)
        did_you_mean = f" (did you mean `{hint[0]}`?)" if hint else ""
        label = f" in {what}" if what else ""
        noun = "setting" if path == ["settings"] else "key"
        message = f"unknown {noun} {str(key)!r}{label}{did_you_mean}; expected one of {', '.join(allowed)}"
    elif error.validator == "required":
        message = f"{what or 'this entry'}: {error.message.replace(' is a required property', '')} is missing; expected {expected or 'it'}"
    elif "propertyNames" in error.absolute_schema_path:  # a key that is no code or name
        place = error.instance if isinstance(error.instance, Located) else place
        message = f"{what}: key {_shown(error.instance)}: expected {expected or error.message}"
    else:
        shown_value = _shown(error.instance)
        message = f"{what or 'the file'}: {shown_value}: expected {expected or error.message}"
    if not isinstance(place, Located):
        return DictionaryError(shown, 1, 1, message)
    inside_quotes = 1 if getattr(place, "quoted", False) else 0  # the text, as the loader points at it
    return DictionaryError(place.path, place.line, place.column + inside_quotes, message)


def _deepest(error):
    """Of an ``anyOf`` that failed, the alternative whose error went deepest (the one meant)."""
    while error.context:
        best = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        if len(best.absolute_path) <= len(error.absolute_path) and best.validator == "type":
            break
        error = best
    return error


def _what(path: list) -> str:
    """A readable name of the path: "actors[3].terms[1].from"."""
    text = ""
    for step in path:
        text += f"[{step + 1}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing (null)"
    if isinstance(value, (int, float)):
        return f"the number {value} (YAML reads unquoted digits as a number)"
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)
