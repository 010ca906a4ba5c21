"""Shared fixtures: an isolated store per test, a fixed clock, plain 80-column output."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from petitspas import i18n
from petitspas.cli import app

Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the store and the cache at tmp_path, English messages, no colour, 80 columns, no
    fixed clock."""
    store = tmp_path / "data" / "petitspas.json"
    monkeypatch.setenv("PETITSPAS_STORE", str(store))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # status keeps its answer there
    for variable in ("PETITSPAS_LANG", "PETITSPAS_NOW", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("PETITSPAS_LOCK_TIMEOUT", "0.3")
    # cli.py picked a language from the developer's locale when it was imported.
    i18n.set_language("en")
    yield store
    i18n.set_language("en")


@pytest.fixture
def store_path(isolated: Path) -> Path:
    return isolated


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Run:
    """Invoke the CLI in-process: `run("log", "--done", now="2026-11-27T21:00", input=...)`.

    `now` fixes the clock (PETITSPAS_NOW); `tty=True` makes the command believe a person
    is at a terminal so that it asks its questions (answered from `input`).
    """

    def invoke(
        *args: str, now: str = "2026-11-27T21:00", input: str | None = None, tty: bool = False
    ) -> Result:
        monkeypatch.setenv("PETITSPAS_NOW", now)
        monkeypatch.setattr("petitspas.cli._interactive", lambda: tty)
        return CliRunner().invoke(app, list(args), input=input)

    return invoke


def python(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter given `args` (say "-c", code, ...): no stdin, text output captured."""
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


# Drivers for `python -c`, to run one call through each path of the console entry point.
FAST = "import sys; sys.argv[0] = 'petitspas'; from petitspas.entry import main; main()"
# The console script with its fast path turned off: everything through the Typer app.
FULL = (
    "import sys; sys.argv[0] = 'petitspas'; from petitspas import entry\n"
    "entry._plain_call = lambda argv: None\nentry.main()"
)
# The fast path, told apart from a hand-over to Typer: that would add a line to stderr.
FAST_ONLY = (
    "import sys; sys.argv[0] = 'petitspas'; from petitspas.entry import main\n"
    "try:\n    main()\n"
    "finally:\n    'typer' in sys.modules and sys.stderr.write('handed over to Typer')"
)
