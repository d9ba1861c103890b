"""``coder dict add``: append one well-formed entry to a user's dictionary folder, safely.

An actor name, an agent noun, or a verb or event noun (with patterns) is appended to the right
file of the folder (``actors.yaml``, ``agents.yaml``, ``verbs.yaml`` unless ``file`` says
otherwise), by round-trip YAML (ruamel.yaml), so that the file keeps its comments, order,
quoting and indentation. An entry is refused, with the reason, when it is already in the
dictionaries in force or in the folder, when its code is unknown, or when a pattern does not
parse (with the column of the error). The new file is proven to load before it replaces the old
one (written beside it and renamed), so that a refused or broken entry leaves the folder as it was.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .dictionary import GAP_WORD, Compiler, Dictionaries, PhraseTrie, default_splitter, load_layers, without_the
from .errors import CoderError, DictionaryError
from .patterns import compile_pattern

FILES = {"actor": "actors.yaml", "agent": "agents.yaml", "verb": "verbs.yaml", "noun": "verbs.yaml"}
SECTIONS = {"actor": "actors", "agent": "agents", "verb": "verbs", "noun": "verbs"}
ACTOR_CODE = re.compile(r"[A-Z]{3,}")  # what the loader accepts as an actor code or agent role


@dataclass(frozen=True)
class Added:
    """Where the entry went and what it reads as."""
    path: Path
    line: int  # 1-based line of the new entry
    text: str  # the entry as written

    def __str__(self) -> str:
        return f"added to {self.path}:{self.line}:\n{self.text.rstrip()}"


# --- checks ------------------------------------------------------------------------------

def check_actor_code(code: str, what: str = "actor code") -> str:
    """An actor code or agent role as the loader accepts it: upper-case letters (IRQ, IRQGOV, GOV)."""
    if not ACTOR_CODE.fullmatch(code):
        raise CoderError(f"{what} {code!r}: expected upper-case letters such as IRQ, IRQGOV or GOV")
    return code


def check_event_code(code: str, layers: list) -> str:
    if not any(code in d.codebook for d in layers):
        raise CoderError(f"unknown event code {code!r}: not in the CAMEO codebook (cameo.yaml) nor in a "
                         "`codes:` section of the folder")
    return code


def check_date(value: Optional[str], what: str) -> Optional[str]:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise CoderError(f"{what} {value!r}: expected a date yyyy-mm-dd") from None


def phrase_in(trie: PhraseTrie, tokens: list) -> Optional[object]:
    """The entry a dictionary phrase (split as the loader splits it) is stored with, or None:
    the exact phrase, not a longer or shorter one."""
    found = [trie.root]
    for token in tokens:
        following = []
        for node in found:
            if token == GAP_WORD:
                following.append(node.get(trie.GAP))
            elif len(token) > 1 and token.endswith("*"):
                following.append(node.get(trie.STEMS, {}).get(token[:-1]))
            else:
                following += [node.get(token), node.get(trie.WRITTEN + token)]
        found = [n for n in following if n is not None]
    return next((n[trie.END] for n in found if trie.END in n), None)


def duplicate_name(kind: str, phrase: str, layers: list) -> Optional[str]:
    """Why an actor name or agent noun is taken already, or None."""
    tokens = default_splitter()(without_the(phrase))
    if not tokens:
        raise CoderError(f"empty {kind} name")
    for dictionaries in layers:
        entry = phrase_in(dictionaries.actors if kind == "actor" else dictionaries.agents, tokens)
        if entry is not None:
            code = (entry.code or "/".join(t[0] for t in entry.terms)) if kind == "actor" else entry.role
            return f"{kind} {phrase!r} is already {code} at {entry.origin}"
        if kind == "agent" and phrase_in(dictionaries.actors, tokens) is not None:
            return f"{phrase!r} is already an actor name; an agent noun of the same words would never match"
    return None


def duplicate_event(kind: str, lemma: str, layers: list) -> Optional[str]:
    words = lemma.lower().split()
    particle = " ".join(words[1:]) or None
    for dictionaries in layers:
        for entry in dictionaries.events.get(words[0], ()):
            if (entry.kind, entry.particle) == (kind, particle):
                return f"{kind} {lemma!r} is already defined at {entry.origin}"
    return None


def check_pattern(text: str, code: str, layers: list) -> str:
    """The pattern line as written to the file (``=> CODE`` added when it has none), checked
    to parse and to give known codes; an error names the column in the given text."""
    line = text.strip() if "=>" in text else f"{text.strip()} => {code}"
    synsets = {}
    for dictionaries in layers:
        synsets.update(dictionaries.synsets)
    pattern = compile_pattern(line, "--pattern", Compiler(default_splitter()).split_words, synsets,
                              ("--pattern", 1, 1))
    for value in (pattern.code, pattern.reverse):
        if value is not None:
            check_event_code(value, layers)
    return line


# --- writing -----------------------------------------------------------------------------

def target_file(folder: Path, kind: str, file: Optional[str]) -> Path:
    """The file an entry goes to: ``file`` (relative to the folder) or the kind's own file."""
    path = Path(file) if file else Path(FILES[kind])
    if not path.is_absolute():
        path = folder / path
    if path.suffix not in (".yaml", ".yml"):
        raise CoderError(f"{path}: a dictionary file ends in .yaml")
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        raise CoderError(f"{path}: not inside the folder {folder}") from None
    return path


def _yaml(text: str):
    """A round-trip YAML reader/writer keeping the file's own indentation."""
    from ruamel.yaml import YAML
    from ruamel.yaml.util import load_yaml_guess_indent

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 100
    mapping, sequence, offset = 2, 4, 2  # the built-in files' style: "  - code: X"
    if text.strip():
        try:
            _, indent, block_seq_indent = load_yaml_guess_indent(text)
        except Exception:  # noqa: BLE001 - the real parse below reports the error with its place
            indent, block_seq_indent = None, None
        if indent and block_seq_indent is not None:
            mapping, sequence, offset = indent, indent, block_seq_indent
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def append_entry(path: Path, section: str, entry, merge=None) -> tuple:
    """(new text, line of the entry): the file's text with ``entry`` appended to ``section``
    (or merged into an entry of it when ``merge(existing_list)`` returns the item it changed)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.error import YAMLError

    text = path.read_text(encoding="utf-8") if path.exists() else ""
    yaml = _yaml(text)
    try:
        document = yaml.load(text) if text.strip() else None
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise CoderError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)}); fix it before adding") from None
    if document is None:
        document = CommentedMap()
    if not isinstance(document, CommentedMap):
        raise CoderError(f"{path}:1:1: expected a mapping of sections ({section}: ...)")
    items = document.get(section)
    if items is None:
        items = document[section] = CommentedSeq()
    if not isinstance(items, CommentedSeq):
        line, column = document.lc.key(section)
        raise CoderError(f"{path}:{line + 1}:{column + 1}: `{section}` must be a list")
    changed = merge(items) if merge else None
    if changed is None:
        items.append(entry)
        changed = entry
    out = io.StringIO()
    yaml.dump(document, out)
    new_text = out.getvalue()
    index = next(k for k, item in enumerate(items) if item is changed)
    reread = yaml.load(new_text)[section]
    return new_text, reread.lc.item(index)[0] + 1


def write_proven(folder: Path, path: Path, text: str, prove=None) -> None:
    """Write ``text`` to ``path`` only if the folder, so changed, still loads: loaded from a
    copy first; then written beside the file and renamed, so the file is never half-written."""
    with tempfile.TemporaryDirectory(prefix="coder-add-") as scratch:
        copy = Path(scratch) / "folder"
        shutil.copytree(folder, copy) if folder.exists() else copy.mkdir()
        changed = copy / path.resolve().relative_to(folder.resolve())
        changed.parent.mkdir(parents=True, exist_ok=True)
        changed.write_text(text, encoding="utf-8")
        try:
            (prove or load_folder)(copy)
        except DictionaryError as exc:
            shown = exc.path.replace(str(copy), str(folder), 1) if exc.path.startswith(str(copy)) else (
                str(folder / exc.path))
            raise CoderError(f"the entry was not added: the folder would no longer load: "
                             f"{shown}:{exc.line}:{exc.column}: {exc.message}") from None
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def load_folder(folder: Path) -> Dictionaries:
    """The folder's dictionaries, compiled: the proof that it loads. Alone first (a second);
    over the built-ins only when it does not load alone, as when its patterns use the built-in
    synonym sets (compiling the built-ins takes a while). A folder that loads, alone or over
    them, was in force before the entry, so the entry cannot break the stack of layers."""
    try:
        return load_layers([folder], builtins=False)
    except DictionaryError:
        return load_layers([folder], builtins=True)


# --- the three kinds -----------------------------------------------------------------------

def _flow(items: Iterable):
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq(list(items))
    seq.fa.set_flow_style()
    return seq


def _quoted(text: str):
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    return DoubleQuotedScalarString(text)


def actor_entry(name: str, code: str, start: Optional[str] = None, end: Optional[str] = None):
    """``{code, names: [NAME]}``, or with dates ``{code: CTYELI?, names, terms: [{code, from, to}]}``:
    a dated code holds from ``start`` to ``end``; outside it the name codes nothing unless the
    entry has a code of its own (added by hand)."""
    from ruamel.yaml.comments import CommentedMap

    entry = CommentedMap()
    if start or end:
        term = CommentedMap(code=code)
        if start:
            term["from"] = _dt.date.fromisoformat(start)  # written unquoted, as in the built-in files
        if end:
            term["to"] = _dt.date.fromisoformat(end)
        term.fa.set_flow_style()
        entry["names"] = _flow([name])
        entry["terms"] = [term]
    else:
        entry["code"] = code
        entry["names"] = _flow([name])
    return entry


def add_actor(folder: Path, name: str, code: str, layers: list, start: Optional[str] = None,
              end: Optional[str] = None, file: Optional[str] = None, prove=None) -> Added:
    """Append the actor NAME = CODE (from START to END) to the folder."""
    check_actor_code(code)
    start, end = check_date(start, "--from"), check_date(end, "--to")
    if start and end and start > end:
        raise CoderError(f"--from {start} is after --to {end}")
    reason = duplicate_name("actor", name, layers)
    if reason:
        raise CoderError(reason)
    entry = actor_entry(name.strip(), code, start, end)
    return _write(folder, "actor", file, entry, None, prove)


def add_agent(folder: Path, noun: str, role: str, layers: list, file: Optional[str] = None, prove=None) -> Added:
    """Append the agent NOUN = ROLE: to the file's group of that role when it has one."""
    from ruamel.yaml.comments import CommentedMap

    check_actor_code(role, "agent role")
    reason = duplicate_name("agent", noun, layers)
    if reason:
        raise CoderError(reason)
    noun = noun.strip()

    def merge(groups):
        for group in groups:
            if isinstance(group, dict) and str(group.get("code")) == role and isinstance(group.get("nouns"), list):
                group["nouns"].append(noun)
                return group
        return None

    return _write(folder, "agent", file, CommentedMap(code=role, nouns=[noun]), merge, prove)


def add_event(folder: Path, kind: str, lemma: str, code: str, layers: list, patterns: Iterable[str] = (),
              file: Optional[str] = None, prove=None) -> Added:
    """Append the verb (or event noun) LEMMA with default CODE and PATTERNS."""
    from ruamel.yaml.comments import CommentedMap

    lemma = " ".join(lemma.lower().split())
    if not lemma or not all(re.fullmatch(r"[a-z][a-z'-]*", w) for w in lemma.split()):
        raise CoderError(f"{kind} {lemma!r}: expected a lemma (a word, and a particle for a phrasal verb: 'carry out')")
    check_event_code(code, layers)
    reason = duplicate_event(kind, lemma, layers)
    if reason:
        raise CoderError(reason)
    lines = [check_pattern(p, code, layers) for p in patterns]
    entry = CommentedMap()
    entry[kind] = lemma
    entry["code"] = _quoted(code)
    if lines:
        entry["patterns"] = [_quoted(line) for line in lines]
    return _write(folder, kind, file, entry, None, prove)


def _write(folder: Path, kind: str, file: Optional[str], entry, merge, prove) -> Added:
    path = target_file(folder, kind, file)
    text, line = append_entry(path, SECTIONS[kind], entry, merge)
    write_proven(folder, path, text, prove)
    lines = text.splitlines()
    end = line
    while end < len(lines) and lines[end].startswith(" " * (len(lines[line - 1]) - len(lines[line - 1].lstrip()) + 1)):
        end += 1
    return Added(path, line, "\n".join(lines[line - 1:end]))


# --- the folder written and the dictionaries in force ----------------------------------------

def dict_folders(args) -> list:
    """The --dict folders of the command line, in order (one or several)."""
    value = getattr(args, "dict", None)
    if value is None:
        return []
    return [Path(v) for v in value] if isinstance(value, (list, tuple)) else [Path(value)]


def target_and_layers(args) -> tuple:
    """(the user folder to write into, [the compiled dictionaries in force], how to prove the
    changed folder loads): the built-ins (unless --no-builtins) with each --dict folder laid
    over them, and the target folder last (--into DIR, when it is not the last --dict). An
    entry must not repeat one of them; the proof loads the same layers, the changed copy of the
    folder in its place (its `remove:` entries need the layers below)."""
    from .dictionary import load_cached
    from .resources import dictionaries_dir

    folders = dict_folders(args)
    folder = getattr(args, "into", None) or (folders[-1] if folders else None)
    if folder is None:
        raise CoderError("name the user folder to add to: --dict DIR (or --into DIR); the built-in "
                         "dictionaries are not edited (start a folder of your own, it is layered over them)")
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise CoderError(f"{folder}: not a folder")
    if folder.exists() and folder.resolve() == dictionaries_dir().resolve():
        raise CoderError(f"{folder}: the built-in dictionaries are not edited; add to a folder of your own")
    below = [f for f in folders if f.is_dir() and f.resolve() != folder.resolve()]
    builtins = not getattr(args, "no_builtins", False)
    in_force = load_cached(below + ([folder] if folder.is_dir() else []),
                           use_cache=not getattr(args, "no_cache", False), builtins=builtins)

    def prove(copy: Path) -> Dictionaries:
        return load_layers(below + [copy], builtins=builtins)

    return folder, [in_force], prove
