"""Shared fixtures: an isolated store per test, a fixed clock, plain 80-column output."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from petitspas import i18n
from petitspas.cli import app as cli
from petitspas.console import guarded


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
    i18n.set_language("en")
    yield store
    i18n.set_language("en")


@pytest.fixture
def store_path(isolated: Path) -> Path:
    return isolated


class Result:
    """What one command printed and its exit code, as a person's terminal would have it."""

    def __init__(self, exit_code: int, stdout: str, stderr: str, output: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.output = output  # stdout and stderr interleaved

    def __repr__(self) -> str:
        return f"<Result {self.exit_code} stdout={self.stdout!r} stderr={self.stderr!r}>"


def invoke(*args: str, input: str | None = None) -> Result:
    """The console entry point's path (Typer, then the one error boundary), in process."""
    with CliRunner().isolation(input=input) as (out, err, output):
        code = guarded(lambda: cli.invoke(list(args)))
        sys.stdout.flush()
        sys.stderr.flush()
        return Result(
            code,
            out.getvalue().decode("utf-8", "replace"),
            err.getvalue().decode("utf-8", "replace"),
            output.getvalue().decode("utf-8", "replace"),
        )


Run = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Run:
    """Invoke the CLI in-process: `run("log", "--done", now="2026-11-27T21:00", input=...)`.

    `now` fixes the clock (PETITSPAS_NOW); `tty=True` makes the command believe a person
    is at a terminal so that it asks its questions (answered from `input`).
    """

    def run_one(
        *args: str, now: str = "2026-11-27T21:00", input: str | None = None, tty: bool = False
    ) -> Result:
        monkeypatch.setenv("PETITSPAS_NOW", now)
        monkeypatch.setattr("petitspas.cli.context.interactive", lambda: tty)
        return invoke(*args, input=input)

    return run_one


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


# What the console script runs, for `python -c`: the prompt's shortcut or the Typer app.
ENTRY = "import sys; sys.argv[0] = 'petitspas'; from petitspas.__main__ import main; main()"


GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = "PETITSPAS_UPDATE_GOLDEN"


def check_golden(name: str, text: str) -> None:
    """`text` is the golden file `tests/golden/NAME` byte for byte; with
    PETITSPAS_UPDATE_GOLDEN=1 it becomes it (then read the diff before committing)."""
    path = GOLDEN / name
    if os.environ.get(UPDATE_GOLDEN) == "1":
        path.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == path.read_bytes(), (
        f"{name} differs: rerun with {UPDATE_GOLDEN}=1 and read the diff"
    )
