"""How an event table was made: written beside it as ``TABLE.meta.json``.

A table is reproducible when the same inputs, dictionaries, reading and versions give the same
bytes; the record says which those were (the inputs with their sizes and SHA-256, the compiled
dictionaries' fingerprint), with the options, the counts (bad records skipped by reason), how
many worker processes coded it, whether it was finished by ``--resume`` and when it started and
ended (a resumed table's start is the first run's).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from importlib import metadata
from pathlib import Path
from typing import Iterable

from . import __version__
from .readers import story_files


def input_files(sources: Iterable[str], hashed: bool = True) -> list:
    """Each input file as {path, bytes, sha256}; a folder's files as the reader lists them.
    ``hashed=False``: {path, bytes, mtime_ns} instead, cheap enough to check before every
    ``--resume`` that the inputs are those of the interrupted run."""
    found = []
    for source in sources:
        if source == "-":
            found.append({"path": "-"})
            continue
        path = Path(source)
        files = story_files(path) if path.is_dir() else [path]  # .gz included, as the reader reads them
        for file in files:
            if not hashed:
                stat = file.stat()
                found.append({"path": str(file), "bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns})
                continue
            digest = hashlib.sha256()
            with file.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
            found.append({"path": str(file), "bytes": file.stat().st_size, "sha256": digest.hexdigest()})
    return found


def record(coder, args, counts: dict, started: dt.datetime, workers: int = 1, resumed: bool = False) -> dict:
    """The provenance of a `coder code` run: ``workers`` processes coded it, ``resumed`` when
    ``--resume`` finished a table an interrupted run began (``started`` is then that run's start)."""
    from .dictionary import fingerprint

    model = coder.nlp.meta
    return {
        "coder": __version__,
        "spacy": metadata.version("spacy"),
        "model": f"{model.get('lang', '')}_{model.get('name', '')} {model.get('version', '')}".strip(),
        "reading": coder.reading.name,
        "dictionaries": {"folder": _folders(args.dict), "fingerprint": fingerprint(args.dict)},
        "inputs": input_files(args.inputs),
        "options": options(args),
        "workers": workers,
        "resumed": resumed,
        "counts": counts,
        "started": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def _folders(folders) -> object:
    """--dict as given: "built-in" without one, the folder, or the folders in order (layers)."""
    if not folders:
        return "built-in"
    if isinstance(folders, (list, tuple)):
        return str(folders[0]) if len(folders) == 1 else [str(folder) for folder in folders]
    return str(folders)


def options(args) -> dict:
    """The options of a `coder code` run that say what its table holds."""
    return {"format": args.format, "date": args.date, "input_format": args.input_format,
            "strict": args.strict, "columns": list(getattr(args, "columns", ()) or ()),
            "max_chars": getattr(args, "max_chars", None), "allow_undated": getattr(args, "allow_undated", False),
            "no_builtins": getattr(args, "no_builtins", False)}


def write(table: Path, provenance: dict) -> Path:
    """Write the record beside the table: events.tsv -> events.tsv.meta.json."""
    path = table.with_name(table.name + ".meta.json")
    path.write_text(json.dumps(provenance, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
