"""`status` keeps its last answer: right while nothing changes, never stale when something does.

The prompt's shortcut runs in-process here (`petitspas.__main__.main`, as the console script
calls it); a spy on `status.status_text` tells a kept answer (no call) from a computed one.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import Run

from petitspas import __main__ as entry
from petitspas.core.calendar import log_day
from petitspas.i18n import typeset
from petitspas.present import status as status_module
from petitspas.storage import paths, statuscache

Status = Callable[..., tuple[int, str, str]]

EVENING = "2026-11-23T21:00"


class Spy:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = status_module.status_text

        def counted(*args: object, **kwargs: object) -> str:
            self.calls += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(status_module, "status_text", counted)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Spy:
    return Spy(monkeypatch)


@pytest.fixture
def status(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Status:
    """`status("--lang", "fr", "status", now=...)` through the console entry point: (code,
    out, err)."""

    def call(*args: str, now: str = EVENING) -> tuple[int, str, str]:
        monkeypatch.setenv("PETITSPAS_NOW", now)
        monkeypatch.setattr(sys, "argv", ["petitspas", *args])
        try:
            entry.main()
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 0
        out = capsys.readouterr()
        return code, out.out, out.err

    return call


@pytest.fixture
def logged(run: Run) -> None:
    assert run("init", "--vision", "v", "--lang", "en", now=EVENING).exit_code == 0
    assert run("add", "Say good morning", now=EVENING).exit_code == 0
    assert run("log", "--done", now=EVENING).exit_code == 0


LINE = "Say good morning: streak 1, 6% — today done\n"


def test_second_status_is_the_kept_answer(logged: None, status: Status, spy: Spy) -> None:
    assert status("status") == (0, LINE, "")
    assert spy.calls == 1
    assert status("status") == (0, LINE, "")
    assert status("status", "--json")[1].startswith("{")
    assert spy.calls == 2  # --json is another question: computed once
    assert status("status") == (0, LINE, "")
    assert status("status", "--json")[1].startswith("{")
    assert spy.calls == 2  # each question keeps its own answer


def test_the_cache_file_is_private(logged: None, status: Status, tmp_path: Path) -> None:
    status("status")
    (kept,) = (tmp_path / "cache" / "petitspas").iterdir()
    assert kept.name.startswith("status-")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700


def test_a_log_changes_the_answer(logged: None, status: Status, run: Run, spy: Spy) -> None:
    assert status("status") == (0, LINE, "")
    assert run("log", "--missed", now=EVENING).exit_code == 0
    assert status("status") == (0, "Say good morning: streak 0, 0% — today missed\n", "")
    assert spy.calls == 2


def test_a_hand_edit_of_the_same_size_changes_the_answer(
    logged: None, status: Status, store_path: Path, spy: Spy
) -> None:
    status("status")
    raw = store_path.read_bytes()
    edited = raw.replace(b'"mark": "done"', b'"mark": "skip"')
    assert len(edited) == len(raw) and edited != raw
    mtime = store_path.stat().st_mtime_ns
    store_path.write_bytes(edited)
    os.utime(store_path, ns=(mtime, mtime))  # even with the old modification time
    assert status("status") == (0, "Say good morning: streak 0, 0% — today paused\n", "")
    assert spy.calls == 2


def test_a_damaged_store_gets_its_error_not_the_kept_line(
    logged: None, status: Status, store_path: Path
) -> None:
    status("status")
    store_path.write_bytes(store_path.read_bytes()[:-20])
    code, out, err = status("status")
    assert (code, out) == (3, "")
    assert err.startswith(f"petitspas: The store {store_path} is damaged: ")


def test_a_new_log_day_changes_the_answer(logged: None, status: Status, spy: Spy) -> None:
    assert status("status", now="2026-11-24T03:59") == (0, LINE, "")  # the day starts at 04:00
    assert spy.calls == 1
    assert status("status", now="2026-11-24T04:00") == (
        0,
        "Say good morning: streak 1, 6% — not logged today\n",
        "",
    )
    assert (
        status("status", now="2026-11-23T03:59")[1]
        == "Say good morning: streak 0, 0% — starts 2026-11-23\n"
    )
    assert spy.calls == 3


@pytest.mark.parametrize(
    ("option", "env"),
    [
        (["--lang", "fr"], {}),
        ([], {"PETITSPAS_LANG": "fr"}),
    ],
)
def test_the_language_is_part_of_the_question(
    logged: None,
    status: Status,
    monkeypatch: pytest.MonkeyPatch,
    option: list[str],
    env: dict[str, str],
) -> None:
    assert status("status") == (0, LINE, "")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, out, _ = status(*option, "status")
    assert (
        code,
        out.startswith(typeset("Say good morning : série 1,")),
        out.endswith("aujourd'hui\n"),
    ) == (
        0,
        True,
        True,
    )


@pytest.mark.parametrize("variable", ["LC_ALL", "LC_MESSAGES", "LANG"])
def test_the_locale_variables_are_part_of_the_question(
    logged: None, status: Status, spy: Spy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    # The store says English, so the words stay; but the locale could have mattered (a
    # store without a language), so the answer is computed again.
    assert status("status") == (0, LINE, "")
    monkeypatch.setenv(variable, "fr_FR.UTF-8")
    assert status("status") == (0, LINE, "")
    assert spy.calls == 2


def test_new_code_is_a_new_question(
    logged: None, status: Status, spy: Spy, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert status("status") == (0, LINE, "")
    monkeypatch.setattr(statuscache, "_code_stamp", lambda: "edited")
    assert status("status") == (0, LINE, "")
    assert spy.calls == 2


def test_an_invalid_clock_is_refused_even_with_a_kept_answer(logged: None, status: Status) -> None:
    status("status")
    code, out, err = status("status", now="soon")
    assert (code, out) == (2, "")
    assert "PETITSPAS_NOW" in err


@pytest.mark.parametrize("content", [b"", b"garbage", b"\xff\xfe", b"\0" * 40])
def test_a_damaged_cache_is_a_miss(logged: None, status: Status, spy: Spy, content: bytes) -> None:
    status("status")
    (kept,) = Path(paths.user_cache_dir()).iterdir()
    kept.write_bytes(content)
    assert status("status") == (0, LINE, "")
    assert spy.calls == 2
    assert status("status") == (0, LINE, "")
    assert spy.calls == 2  # and it was written back


def test_an_unwritable_cache_folder_costs_nothing_but_speed(
    logged: None, status: Status, spy: Spy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert status("status") == (0, LINE, "")
    assert status("status") == (0, LINE, "")
    assert spy.calls == 2
    assert blocker.read_text(encoding="utf-8") == "x"


def test_only_the_most_recent_answers_are_kept(tmp_path: Path) -> None:
    span = ("2026-11-23T04:00:00.000000", "2026-11-24T04:00:00.000000")
    keys = [statuscache.key(f"/stores/{n}.json", b"{}", None, False) for n in range(20)]
    for number, wanted in enumerate(keys):
        statuscache.remember(wanted, span, f"answer {number}")
        stamp = 1_700_000_000 + number  # distinct times, whatever the file system's clock
        os.utime(statuscache.location(wanted), (stamp, stamp))
    assert len(list(Path(paths.user_cache_dir()).iterdir())) == statuscache.KEEP
    now = datetime(2026, 11, 23, 21)
    assert [statuscache.lookup(wanted, now) for wanted in keys[3:5]] == [None, "answer 4"]
    assert statuscache.lookup(keys[19], now) == "answer 19"


@given(
    today=st.dates(min_value=date(1900, 1, 2), max_value=date(9998, 12, 30)),
    start=st.times().map(lambda moment: moment.replace(second=0, microsecond=0)),
    offset=st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=3)),
)
def test_the_window_is_exactly_the_log_day(today: date, start: time, offset: timedelta) -> None:
    now = datetime.combine(today, start) + offset
    first, last = statuscache.window(today, start)
    inside = first <= statuscache.stamp(now) < last
    assert inside == (log_day(now, start) == today)
