"""Questions at a terminal: Ctrl-C (or end of input) at any of them is exit 130 and one line
saying nothing was written; `drop` asks the reason after its confirmation."""

from __future__ import annotations

import os
import pty
import signal
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import ENTRY, Run

from petitspas.storage import store as storage

STOPPED_EN = "\npetitspas: Stopped: nothing was written.\n"
STOPPED_FR = "\npetitspas: Arrêté\u00a0: rien n'a été écrit.\n"


@pytest.fixture
def active(run: Run, store_path: Path) -> Path:
    assert run("init", "--vision", "v", now="2026-11-23T20:00").exit_code == 0
    assert run("add", "Say good morning", now="2026-11-23T20:00").exit_code == 0
    assert run("add", "Thank someone", now="2026-11-23T20:00").exit_code == 0
    return store_path


QUESTIONS = [
    (("log",), ""),  # Done?
    (("log",), "y\n"),  # the note
    (("log", "--date", "yesterday"), "n\n"),
    (("check",), "5\n5\n"),
    (("edit",), "New title\n"),
    (("add",), "A title\nA cue\n"),
    (("drop",), ""),  # the confirmation
    (("drop",), "y\n"),  # the reason
    (("remove", "thank-someone"), ""),
]


@pytest.mark.parametrize(("args", "answers"), QUESTIONS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_end_of_input_at_any_question_writes_nothing_and_says_so(
    run: Run, active: Path, args: tuple[str, ...], answers: str, lang: str
) -> None:
    before = active.read_bytes()
    result = run("--lang", lang, *args, input=answers, tty=True)
    assert result.exit_code == 130
    assert result.stderr == (STOPPED_FR if lang == "fr" else STOPPED_EN)
    assert active.read_bytes() == before


def test_end_of_input_at_init_writes_no_store(run: Run, store_path: Path) -> None:
    result = run("init", input="My team\n", tty=True)
    assert (result.exit_code, result.stderr) == (130, STOPPED_EN)
    assert not store_path.exists()


def _until(fd: int, text: bytes, seen: bytearray, deadline: float) -> None:
    while text not in seen:
        assert time.monotonic() < deadline, bytes(seen)
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child is gone
            chunk = b""
        assert chunk, bytes(seen)
        seen.extend(chunk)


@pytest.mark.parametrize(
    ("lang", "mark_question", "note_question", "said"),
    [
        ("en", b"Done?", b"A note?", "petitspas: Stopped: nothing was written."),
        ("fr", b"Fait", b"Une note", "petitspas: Arrêté\u00a0: rien n'a été écrit."),
    ],
)
def test_ctrl_c_at_the_note_question_in_a_real_terminal(
    active: Path, tmp_path: Path, lang: str, mark_question: bytes, note_question: bytes, said: str
) -> None:
    before = active.read_bytes()
    env = {
        "PETITSPAS_STORE": str(active),
        "PETITSPAS_NOW": "2026-11-23T21:00",
        "PETITSPAS_LANG": lang,
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    pid, fd = pty.fork()
    if pid == 0:  # the child: a session of its own, the pty its terminal, Ctrl-C as typed
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execve(sys.executable, [sys.executable, "-c", ENTRY, "log"], env)
    seen = bytearray()
    deadline = time.monotonic() + 60
    try:
        _until(fd, mark_question, seen, deadline)
        time.sleep(0.2)  # typed once the question is out (a faster answer only echoes early)
        os.write(fd, b"y\r")
        _until(fd, note_question, seen, deadline)
        time.sleep(0.2)  # the question asked, Python waiting in input()
        os.write(fd, b"\x03")
        _until(fd, said.encode(), seen, deadline)
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen.extend(chunk)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 130
    lines = bytes(seen).decode().replace("\r\n", "\n").split("\n")
    assert lines[-2:] == [said, ""]
    assert lines.count(said) == 1
    # said on a line of its own, after the question and the terminal's ^C
    assert note_question.decode() in lines[-3] and lines[-3].endswith("^C"), lines
    assert active.read_bytes() == before


def test_drop_at_a_terminal_asks_the_reason_after_the_confirmation(run: Run, active: Path) -> None:
    result = run("drop", input="y\nNot my team's need\n", tty=True, now="2026-11-24T21:00")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (  # the answers echoed, as a terminal shows them
        "Drop “Say good morning”? It stays on your path as dropped. [y/N]: y\n"
        "Why do you stop it? (Enter to skip): Not my team's need\n"
        "Dropped “Say good morning” on 2026-11-24. Stopping honestly is part of the method.\n"
        "Next step, from 2026-11-25: “Thank someone”.\n"
    )
    assert storage.load(active).store.steps[0].drop_reason == "Not my team's need"


def test_drop_reason_in_french_and_enter_for_none(run: Run, active: Path) -> None:
    result = run("--lang", "fr", "drop", input="o\n\n", tty=True, now="2026-11-24T21:00")
    assert result.exit_code == 0, result.stderr
    assert (
        "[o/N]\u00a0: o\nPourquoi l'arrêtez-vous\u00a0? (Entrée pour passer)\u00a0: \n"
        in result.stdout
    )
    dropped = storage.load(active).store.steps[0]
    assert (dropped.status, dropped.drop_reason) == ("dropped", None)


def test_drop_with_reason_given_asks_only_the_confirmation(run: Run, active: Path) -> None:
    result = run("drop", "--reason", "later", input="y\n", tty=True, now="2026-11-24T21:00")
    assert result.exit_code == 0, result.stderr
    assert "Why do you stop it?" not in result.stdout
    assert storage.load(active).store.steps[0].drop_reason == "later"


def test_drop_cancelled_asks_no_reason(run: Run, active: Path) -> None:
    result = run("drop", input="n\n", tty=True, now="2026-11-24T21:00")
    assert result.exit_code == 1
    assert "Why do you stop it?" not in result.stdout
