"""A plain `log` (one mark, perhaps --note and --date) is written by entry.py without Typer:
the same lines, errors, exit codes and resulting store as `petitspas log` through Typer.

Each case runs twice on two copies of one store, once through the console entry point and
once through the Typer app, and compares what was printed and what was written.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.conftest import FAST, FAST_ONLY, FULL, python

from petitspas import entry
from petitspas import store as storage
from petitspas.model import DayMark, SelfCheck, Step, Store

WEDNESDAY = "2026-11-25T21:00"
STAMP = "2026-11-01T21:00:00+00:00"


def _environment(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PETITSPAS")}
    env.update(PETITSPAS_NOW=WEDNESDAY, LANG="C.UTF-8", PETITSPAS_LOCK_TIMEOUT="0.3")
    env.update(extra)
    return env


def _almost_automatic(next_step: bool) -> Store:
    """Thirty workdays done up to Tuesday 2026-11-24 and a perfect self-check: Wednesday's
    done passes the gate (test_progress has the arithmetic)."""
    days = (date(2026, 11, 24) - timedelta(days=n) for n in range(60))
    workdays = sorted(day for day in days if day.weekday() < 5)[-30:]
    step = Step(
        id="bonjour",
        title="Say good morning",
        schedule="workdays",
        status="active",
        added_on=workdays[0],
        started=workdays[0],
        marks={day: DayMark("done", None, STAMP) for day in workdays},
        selfchecks=[SelfCheck(date(2026, 11, 24), (7, 7, 7, 7), STAMP)],
    )
    steps = [step]
    if next_step:
        steps.append(Step(id="merci", title="Thank one person", status="locked"))
    return Store(vision="v", steps=steps)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    base = _environment(PETITSPAS_NOW="2026-11-23T20:00")
    made = {name: folder / name / "petitspas.json" for name in ("en", "fr", "bad", "empty")}
    for store, args in [
        (made["en"], ["init", "--vision", "v", "--lang", "en"]),
        (made["en"], ["add", "Say good morning"]),
        (made["en"], ["log", "--done", "--date", "2026-11-23", "--note", "Anna smiled"]),
        (made["en"], ["add", "Thank one person"]),
        (made["fr"], ["init", "--lang", "fr"]),
        (made["fr"], ["add", "Dire bonjour"]),
        (made["empty"], ["init", "--lang", "en"]),
    ]:
        done = python("-c", FULL, "--store", str(store), *args, env=base)
        assert done.returncode == 0, done.stderr
    made["bad"].parent.mkdir()
    made["bad"].write_text('{"schema": 1, "revision": "x"}', encoding="utf-8")
    for name, next_step in (("graduating", True), ("graduating-last", False)):
        made[name] = folder / name / "petitspas.json"
        storage.create(_almost_automatic(next_step), made[name])
    made["missing"] = folder / "missing" / "petitspas.json"
    return made


def _both(
    templates: dict[str, Path],
    tmp_path: Path,
    store: str,
    args: list[str],
    env: dict[str, str],
    *,
    fast_only: bool,
) -> list[tuple[int, str, str, bytes | None, list[str]]]:
    """Run on a fresh copy through each path: (code, out, err, store bytes, backups), the
    copy's folder written FOLDER in what was said."""
    results = []
    for name, code in (("fast", FAST_ONLY if fast_only else FAST), ("full", FULL)):
        folder = tmp_path / name
        source = templates[store].parent
        if source.exists():
            shutil.copytree(source, folder)
        path = folder / "petitspas.json"
        done = python("-c", code, "--store", str(path), *args, env=env)
        written = path.read_bytes() if path.exists() else None
        backups = sorted(item.name for item in (folder / "backups").glob("*")) if written else []
        said = [text.replace(str(folder), "FOLDER") for text in (done.stdout, done.stderr)]
        results.append((done.returncode, *said, written, backups))
    return results


CASES = [
    ("en", ["log", "--done"], {}),
    ("en", ["log", "--missed", "--note", "Forgot — « oups »"], {}),
    ("en", ["log", "--skip", "--date", "yesterday"], {}),
    ("en", ["log", "--date=-1", "--done"], {}),
    ("en", ["log", "--done", "--date", "-2"], {}),  # Monday again: "again"
    ("en", ["log", "--missed", "--date", "2026-11-23"], {}),  # replaces Monday's done
    ("en", ["log", "--done", "--note=Un « essai »"], {}),
    ("en", ["log", "--done"], {"PETITSPAS_NOW": "2026-11-28T21:00"}),  # Saturday: not due
    ("en", ["log", "--done"], {"PETITSPAS_NOW": "2026-11-26T02:00"}),  # still Wednesday
    ("en", ["--lang", "fr", "log", "--done"], {}),
    ("en", ["log", "--done"], {"PETITSPAS_LANG": "fr"}),
    ("fr", ["log", "--missed"], {}),
    ("fr", ["--lang=en", "log", "--skip"], {}),
    ("graduating", ["log", "--done"], {}),
    ("graduating-last", ["log", "--done"], {}),
    ("graduating", ["log", "--missed"], {}),
    # Refused: nothing written, the same one-line error and exit code.
    ("en", ["log", "--done", "--date", "2026-12-01"], {}),  # the future
    ("en", ["log", "--done", "--date", "2026-11-20"], {}),  # before the step started
    ("en", ["log", "--done", "--date", "someday"], {}),
    ("en", ["log", "--done", "--date", "1899-12-31"], {}),
    ("en", ["log", "--done", "--note", "tab\there"], {}),
    ("en", ["log", "--done", "--date", "\x1b[31mred"], {}),  # escape codes, stderr a pipe
    ("fr", ["log", "--done"], {"PYTHONIOENCODING": "ascii"}),  # a C locale: UTF-8 anyway
    ("fr", ["log", "--done", "--date", "badé"], {"PYTHONIOENCODING": "ascii"}),
    ("en", ["--lang", "de", "log", "--done"], {}),
    ("en", ["log", "--done"], {"PETITSPAS_NOW": "soon"}),
    ("bad", ["log", "--done"], {}),
    ("missing", ["log", "--done"], {}),
    ("empty", ["log", "--done"], {}),  # no step to log
    # Not plain: Typer answers on both sides.
    ("en", ["log", "--done", "--missed"], {}),
    ("en", ["log", "--done", "--done"], {}),
    ("en", ["log", "--note", "--done"], {}),
    ("en", ["log", "--done", "--clear"], {}),
    ("en", ["log", "--done", "--note="], {}),
    ("en", ["log", "--done", "--date"], {}),
    ("en", ["log", "--done", "extra"], {}),
]


@pytest.mark.parametrize(("store", "args", "env"), CASES)
def test_fast_and_full_log_say_and_write_the_same(
    templates: dict[str, Path],
    tmp_path: Path,
    store: str,
    args: list[str],
    env: dict[str, str],
) -> None:
    # A plain call is answered without Typer even when it is refused (FAST_ONLY checks);
    # any other goes to Typer on both sides.
    plain = entry._plain_call(args) is not None
    fast, full = _both(templates, tmp_path, store, args, _environment(**env), fast_only=plain)
    assert fast == full
    code, out, err, written, _ = fast
    assert out or err
    source = templates[store]
    before = source.read_bytes() if source.exists() else None
    assert (written != before) == (code == 0)  # written if and only if it succeeded


def test_a_graduation_is_said_in_full(templates: dict[str, Path], tmp_path: Path) -> None:
    fast, _ = _both(
        templates, tmp_path, "graduating", ["log", "--done"], _environment(), fast_only=True
    )
    assert fast[:3] == (
        0,
        "2026-11-25: done — Say good morning\n"
        "Streak 31 · best 31 · strength 80%\n"
        "“Say good morning” is now automatic. Well done!\n"
        "Next step, from 2026-11-26: “Thank one person”.\n",
        "",
    )


@contextlib.contextmanager
def _locked_copies(templates: dict[str, Path], tmp_path: Path) -> Iterator[list[Path]]:
    """Two copies of the English store, for the fast and the Typer path, both locked."""
    copies = []
    with contextlib.ExitStack() as holders:
        for name in ("fast", "full"):
            shutil.copytree(templates["en"].parent, tmp_path / name)
            copies.append(tmp_path / name / "petitspas.json")
            holder = holders.enter_context(open(f"{copies[-1]}.lock", "w"))
            fcntl.flock(holder, fcntl.LOCK_EX)
        yield copies


def test_a_busy_store_waits_once_then_says_so(templates: dict[str, Path], tmp_path: Path) -> None:
    results = []
    with _locked_copies(templates, tmp_path) as copies:
        for code, path in zip((FAST, FULL), copies, strict=True):
            started = time.monotonic()
            done = python("-c", code, "--store", str(path), "log", "--done", env=_environment())
            assert time.monotonic() - started < 5
            said = done.stderr.replace(str(path.parent), "FOLDER")
            results.append((done.returncode, done.stdout, said, path.read_bytes()))
    assert results[0] == results[1]
    assert results[0][0] == 3
    assert results[0][2].startswith("petitspas: ")


def test_ctrl_c_while_waiting_for_the_lock(templates: dict[str, Path], tmp_path: Path) -> None:
    results = []
    with _locked_copies(templates, tmp_path) as copies:
        for code, path in zip((FAST, FULL), copies, strict=True):
            child = subprocess.Popen(
                [sys.executable, "-c", code, "--store", str(path), "log", "--done"],
                env=_environment(PETITSPAS_LOCK_TIMEOUT="30"),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            time.sleep(3)  # long enough to import everything and wait on the lock
            child.send_signal(signal.SIGINT)
            out, err = child.communicate(timeout=30)
            results.append((child.returncode, out, err, path.read_bytes()))
    assert results[0] == results[1]
    assert results[0][:3] == (130, "", "")
    assert results[0][3] == templates["en"].read_bytes()
