"""The process's edges, where a process is the point: the prompt's `status` shortcut prints
what the Typer command prints, a closed or broken stdout is no traceback, a busy store and
Ctrl-C end with their exit codes, the store untouched."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import ENTRY, Run, python

NOW = "2026-11-23T21:00"


def _environment(store: Path, **extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PETITSPAS")}
    env.update(
        PETITSPAS_NOW=NOW, PETITSPAS_STORE=str(store), LANG="C.UTF-8", PETITSPAS_LOCK_TIMEOUT="0.3"
    )
    env.update(extra)
    return env


def _entry(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    done = python("-c", ENTRY, *args, env=env)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An English store with a logged day, a French one with nothing active, a corrupt one."""
    folder = tmp_path_factory.mktemp("stores")
    english, french = folder / "en" / "p.json", folder / "fr" / "p.json"
    for store, args in [
        (english, ["init", "--vision", "v", "--lang", "en"]),
        (english, ["add", "Say good morning"]),
        (english, ["log", "--done"]),
        (french, ["init", "--lang", "fr"]),
    ]:
        assert _entry(*args, env=_environment(store))[0] == 0
    corrupt = folder / "bad" / "p.json"
    corrupt.parent.mkdir()
    corrupt.write_text('{"schema": 1, "revision": "x"}', encoding="utf-8")
    return {"en": english, "fr": french, "bad": corrupt, "missing": folder / "none.json"}


@pytest.mark.parametrize(
    ("store", "flags", "env"),
    [
        ("en", [], {}),
        ("en", ["--json"], {"PETITSPAS_NOW": "2026-11-27T21:00"}),
        ("fr", [], {}),
        ("fr", [], {"PETITSPAS_LANG": "en"}),
        ("en", [], {"PETITSPAS_LANG": "de"}),
        ("en", [], {"PETITSPAS_NOW": "soon"}),
        ("bad", [], {}),
        ("missing", [], {}),
    ],
)
def test_the_prompt_shortcut_prints_what_the_typer_status_prints(
    stores: dict[str, Path], tmp_path: Path, flags: list[str], store: str, env: dict[str, str]
) -> None:
    environment = _environment(stores[store], XDG_CACHE_HOME=str(tmp_path / "cache"), **env)
    typer_answer = _entry("--store", str(stores[store]), "status", *flags, env=environment)
    assert _entry("status", *flags, env=environment) == typer_answer  # computed
    assert _entry("status", *flags, env=environment) == typer_answer  # kept, if it can be
    assert "Traceback" not in typer_answer[2]


def test_the_prompt_shortcut_says_a_stall_as_typer_does(
    stores: dict[str, Path], tmp_path: Path
) -> None:
    """Started and done on Monday 23 Nov, then not logged: on Wednesday 9 Dec, past its first
    14 days, Monday 7 and Tuesday 8 count as missed and the step stalls."""
    environment = _environment(
        stores["en"], XDG_CACHE_HOME=str(tmp_path / "cache"), PETITSPAS_NOW="2026-12-09T21:00"
    )
    typer_answer = _entry("--store", str(stores["en"]), "status", "--json", env=environment)
    assert json.loads(typer_answer[1])["stalled"] is True
    assert _entry("status", "--json", env=environment) == typer_answer  # computed
    assert _entry("status", "--json", env=environment) == typer_answer  # kept


def _closed_stdout(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-c", ENTRY, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=60,
    )
    return done.returncode, done.stderr


def _broken_pipe(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    # The reading end is closed before the child has even started Python, so its first
    # write meets a pipe nobody reads.
    child = subprocess.Popen(
        [sys.executable, "-c", ENTRY, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    child.stdout.close()
    _, err = child.communicate(timeout=60)
    return child.returncode, err


@pytest.mark.parametrize("command", [["status"], ["review"], ["export"]])
def test_a_closed_or_broken_stdout_is_no_traceback(
    stores: dict[str, Path], command: list[str]
) -> None:
    environment = _environment(stores["en"])
    assert _closed_stdout(command, environment) == (0, "")
    assert _broken_pipe(command, environment) == (1, "")


def _locked(store: Path) -> object:
    holder = open(f"{store}.lock", "w")  # noqa: SIM115 - held until the test closes it
    fcntl.flock(holder, fcntl.LOCK_EX)
    return holder


def _sigint_as_at_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_the_lock(child: subprocess.Popen[str], lock: Path) -> None:
    """Until `child` holds the lock file open, that is waits on it: a fixed sleep is too
    short on a loaded machine, where importing alone may take seconds."""
    descriptors = Path(f"/proc/{child.pid}/fd")
    if not descriptors.parent.exists():  # no /proc (macOS): the old fixed wait
        time.sleep(2)
        return
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        try:
            opened = {os.readlink(fd) for fd in descriptors.iterdir()}
        except OSError:  # a descriptor closed while being read: look again
            opened = set()
        if str(lock) in opened:
            time.sleep(0.2)  # from the open to the first try of the lock: a few lines
            return
        time.sleep(0.05)
    raise AssertionError(f"the child never opened {lock}: {child.poll()=}")


def test_a_busy_store_waits_then_says_so(stores: dict[str, Path]) -> None:
    before = stores["en"].read_bytes()
    holder = _locked(stores["en"])
    try:
        code, out, err = _entry("log", "--missed", env=_environment(stores["en"]))
    finally:
        holder.close()  # type: ignore[attr-defined]
    assert (code, out) == (3, "")
    assert err == (
        f"petitspas: The store {stores['en']} is busy: another petitspas held its lock for"
        " 0.3 s. Try again.\n"
    )
    assert stores["en"].read_bytes() == before


def test_ctrl_c_while_waiting_for_the_lock_is_exit_130_on_a_fresh_line(
    stores: dict[str, Path],
) -> None:
    before = stores["en"].read_bytes()
    holder = _locked(stores["en"])
    try:
        child = subprocess.Popen(
            [sys.executable, "-c", ENTRY, "log", "--missed"],
            env=_environment(stores["en"], PETITSPAS_LOCK_TIMEOUT="30"),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # A suite started in the background (`setsid … &`, a CI runner) inherits SIGINT
            # ignored, and Python then keeps it ignored: Ctrl-C comes from a terminal, where
            # it is not.
            preexec_fn=_sigint_as_at_a_terminal,
        )
        _wait_for_the_lock(child, Path(f"{stores['en']}.lock"))
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=30)
    finally:
        holder.close()  # type: ignore[attr-defined]
    assert (child.returncode, out, err) == (130, "", "\n")
    assert stores["en"].read_bytes() == before


def test_end_of_input_at_a_question_is_exit_130_on_a_fresh_line(run: Run, store_path: Path) -> None:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Say good morning").exit_code == 0
    before = store_path.read_bytes()
    result = run("log", tty=True, input="")
    assert result.exit_code == 130
    assert result.stdout == (
        "Say good morning — Friday 2026-11-27\nDone? y = yes, n = no, p = pause (planned): "
    )
    assert result.stderr == "\npetitspas: Stopped: nothing was written.\n"
    assert store_path.read_bytes() == before


class _Stdin:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("stdin", "expected"), [(_Stdin(True), True), (_Stdin(False), False), (None, False)]
)
def test_a_person_can_answer_only_at_a_terminal(
    monkeypatch: pytest.MonkeyPatch, stdin: object, expected: bool
) -> None:
    from petitspas.cli import context

    monkeypatch.setattr(sys, "stdin", stdin)
    assert context.interactive() is expected


@pytest.mark.parametrize(
    ("encoding", "line"),
    [
        ("latin-1", "1. ? Say good morning ? active 2026-11-23"),
        ("ascii", "1. ▶ Say good morning — active 2026-11-23"),
    ],
)
def test_a_terminal_that_cannot_show_a_character_gets_no_traceback(
    stores: dict[str, Path], tmp_path: Path, encoding: str, line: str
) -> None:
    # latin-1 has no ▶ nor em dash: replacement characters, no UnicodeEncodeError. A
    # stream that claims ASCII only (a C locale) is written UTF-8 instead.
    environment = _environment(
        stores["en"], PYTHONIOENCODING=encoding, XDG_CACHE_HOME=str(tmp_path / "c")
    )
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, "review"],
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    written = "utf-8" if encoding == "ascii" else encoding
    assert done.stdout.decode(written).splitlines()[-1] == line
