"""The wheel holds every dictionary file, the grammar and the reading presets, and coder runs
from it as it runs from the checkout.

The wheel is built by pip from a copy of the source tree (so that no ``build/`` folder, stale or
new, is left in the checkout), installed with ``pip install --target`` into a folder of its own
and run in a subprocess with that folder first on ``PYTHONPATH``. The test is skipped only when
pip cannot set up a build (no setuptools to be had); any other build failure fails it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "Volodymyr Zelensky thanked Recep Tayyip Erdogan."
# Folders of the wheel and the source files they must hold: exactly these, nothing else.
DATA = (("coder/dictionaries", ROOT / "dictionaries", ("*.yaml", "*.yml", "schema/*.json")),
        ("coder/grammars", ROOT / "grammars", ("*.lark",)),
        ("coder/readings", ROOT / "coder" / "readings", ("*.yaml",)))
# The files that make dictionaries/ and grammars/ regular packages (see coder/resources.py).
MARKERS = {"coder/dictionaries/__init__.py", "coder/grammars/__init__.py"}
NOT_SOURCE = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
                                    ".pytest_cache", ".hypothesis", ".venv")


def _setuptools_can_build() -> bool:
    """The running Python's setuptools meets pyproject's build requirement and builds wheels."""
    try:
        from importlib import metadata
        version = metadata.version("setuptools")
    except Exception:
        return False
    wanted = re.search(r'"setuptools>=([0-9.]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    have = tuple(int(part) for part in re.findall(r"[0-9]+", version)[:2])
    need = tuple(int(part) for part in wanted.group(1).split(".")[:2]) if wanted else (0,)
    if have < need:
        return False
    if have >= (70, 1):  # bdist_wheel is part of setuptools from 70.1
        return True
    try:
        import wheel  # noqa: F401
    except ImportError:
        return False
    return True


def _pip(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pip", *args, "--disable-pip-version-check"],
                          cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("packaging")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    args = ["wheel", "--no-deps", "-w", str(base / "dist"), str(source)]
    if _setuptools_can_build():
        args.insert(1, "--no-build-isolation")
    built = _pip(*args, cwd=base)
    if built.returncode != 0:
        output = built.stdout + built.stderr
        if "Installing build dependencies: finished with status 'error'" in output:
            pytest.skip("pip cannot set up a build environment (setuptools not to be had): "
                        + output.strip().splitlines()[-1])
        pytest.fail(f"pip wheel failed:\n{output[-3000:]}")
    wheels = list((base / "dist").glob("coder-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    done = _pip("install", "--no-deps", "--no-compile", "--target", str(target), str(wheel),
                cwd=target)
    assert done.returncode == 0, done.stdout + done.stderr
    return target


def _wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {name for name in archive.namelist() if not name.endswith("/")}


def test_wheel_holds_every_data_file_and_nothing_else(wheel):
    names = _wheel_names(wheel)
    for folder, source, patterns in DATA:
        expected = {f"{folder}/{path.relative_to(source).as_posix()}" for pattern in patterns
                    for path in source.rglob(pattern) if "__pycache__" not in path.parts}
        expected |= {marker for marker in MARKERS if marker.startswith(folder + "/")}
        packaged = {name for name in names if name.startswith(folder + "/")}
        assert packaged - expected == set(), f"{folder}: in the wheel, not in the tree"
        assert expected - packaged == set(), f"{folder}: in the tree, not in the wheel"
    assert any(name.startswith("coder/dictionaries/actors/leaders/") for name in names)
    assert any(name.startswith("coder/dictionaries/actors/places/") for name in names)


def test_wheel_holds_every_module_and_the_licence(wheel):
    names = _wheel_names(wheel)
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "coder").rglob("*.py")
               if "__pycache__" not in path.parts}
    missing = modules - names
    assert not missing, ("modules missing from the wheel (a package not in pyproject's "
                         f"[tool.setuptools] packages?): {sorted(missing)}")
    assert any(re.fullmatch(r"coder-[^/]+\.dist-info/licenses/LICENSE", name) for name in names)
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata and "License-File: LICENSE" in metadata


# An editable install of coder in this Python puts a finder on sys.meta_path that maps `coder`
# to the checkout: a module missing from the installed wheel would be imported from there. The
# installed runs drop that finder before anything of coder is imported.
ISOLATE = ("import runpy, sys; sys.meta_path[:] = [f for f in sys.meta_path if 'coder' not in "
           "getattr(sys.modules.get(getattr(f, '__module__', '')), 'MAPPING', {})]; ")


def _command(args: list, tmp_path: Path, site: Path | None) -> tuple[list, dict]:
    """``python -m coder ...`` (or ``-c CODE``) with coder from ``site`` (the installed wheel)
    or, for ``None``, from the checkout: the command line and its environment."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["CODER_CACHE_DIR"] = str(tmp_path / ("cache-installed" if site else "cache-checkout"))
    if site:
        env["PYTHONPATH"] = str(site)
        if args[0] == "-m":
            args = ["-c", ISOLATE + f"runpy.run_module({args[1]!r}, run_name='__main__', alter_sys=True)",
                    *args[2:]]
        else:
            args = ["-c", ISOLATE + args[1], *args[2:]]
    return [sys.executable, *args], env


def _run_both(args: list, tmp_path: Path, site: Path) -> tuple[str, str]:
    """The output of a command run from the installed wheel and from the checkout, side by side,
    both in a neutral folder."""
    runs = []
    for where in (site, None):
        command, env = _command(args, tmp_path, where)
        runs.append(subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True))
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, f"{run.args}: {err[-3000:]}"
        outputs.append(out)
    return outputs[0], outputs[1]


# Where coder, its data and every module the command line imports come from.
WHERE = ("import json, sys, coder, coder.cli, coder.resources as r; print(json.dumps([coder.__file__, "
         "str(r.dictionaries_dir()), str(r.grammar_path()), str(r.readings_dir())] + sorted("
         "str(m.__file__) for n, m in list(sys.modules.items()) if n.split('.')[0] == 'coder' "
         "and getattr(m, '__file__', None))))")


def _actor_names(info: str) -> int:
    match = re.search(r"^\s*actor names\s+([0-9,]+)\s*$", info, re.M)
    assert match, info
    return int(match.group(1).replace(",", ""))


def test_installed_wheel_codes_as_the_checkout_does(installed, tmp_path):
    where, checkout = (json.loads(out) for out in _run_both(["-c", WHERE], tmp_path, installed))
    for path in where:
        assert Path(path).resolve().is_relative_to(installed.resolve()), where
    assert Path(where[2]).is_file() and Path(where[1], "cameo.yaml").is_file()
    assert Path(checkout[0]).resolve().is_relative_to(ROOT), checkout

    info = _run_both(["-m", "coder", "dict", "info", "--no-cache"], tmp_path, installed)
    assert _actor_names(info[0]) == _actor_names(info[1]) > 0

    story = tmp_path / "zelensky.txt"
    story.write_text(SENTENCE + "\n", encoding="utf-8")
    code = ["-m", "coder", "code", str(story), "--date", "2024-07-31", "-f", "tsv", "-q"]
    output, expected = _run_both(code, tmp_path, installed)
    rows = [line.split("\t") for line in expected.splitlines()[1:]]
    assert any(row[3:5] == ["UKRGOV", "TURGOV"] for row in rows), expected
    assert output == expected
