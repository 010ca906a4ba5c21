"""`remind [--notify]`: the nightly nudge for cron or a timer. One line when the log day's
step is due and not logged, nothing otherwise, exit 0 either way; read only; a desktop
notification through a fake notify-send (or osascript) on PATH."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.conftest import Run

from petitspas.i18n import typeset
from petitspas.storage import store as storage

FRIDAY = "2026-11-27T21:00"
NUDGE = "“Say good morning” — When I arrive: not logged yet tonight (`petitspas log`).\n"


def setup_step(run: Run, *extra: str) -> None:
    assert run("init", "--vision", "A team that dares", now="2026-11-23T08:00").exit_code == 0
    added = run("add", "Say good morning", "--cue", "When I arrive", *extra, now="2026-11-23T08:00")
    assert added.exit_code == 0


def fake_tool(folder: Path, name: str, exit_code: int = 0) -> Path:
    """A script called `name` in `folder` that writes its arguments, one a line, to
    `folder/<name>.args`, then exits with `exit_code`."""
    folder.mkdir(exist_ok=True)
    record = folder / f"{name}.args"
    script = folder / name
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\nexit {exit_code}\n')
    script.chmod(0o755)
    return record


def state(store_path: Path, cache: Path) -> tuple[bytes, list[tuple[str, bytes]], bool]:
    """The store's bytes, every backup with its bytes, and whether the cache folder exists."""
    backups = sorted(
        (path.name, path.read_bytes()) for path in storage.backups_dir(store_path).iterdir()
    )
    return store_path.read_bytes(), backups, cache.exists()


def test_a_due_step_not_logged_gets_one_line(run: Run) -> None:
    setup_step(run)
    result = run("remind", now=FRIDAY)
    assert (result.exit_code, result.stdout, result.stderr) == (0, NUDGE, "")


def test_before_the_day_starts_it_is_still_last_evening(run: Run) -> None:
    setup_step(run)
    run("log", "--done", now=FRIDAY)
    # 01:30 on Saturday belongs to Friday's evening, which is logged.
    assert run("remind", now="2026-11-28T01:30").stdout == ""


def test_without_a_cue_and_in_french(run: Run) -> None:
    run("init", "--lang", "fr", now="2026-11-23T08:00")
    run("add", "Dire merci", now="2026-11-23T08:00")
    result = run("remind", now=FRIDAY)
    assert (result.exit_code, result.stdout) == (
        0,
        typeset("« Dire merci » : pas encore noté ce soir (`petitspas log`).\n"),
    )


@pytest.mark.parametrize("mark", ["--done", "--missed", "--skip"])
def test_nothing_once_tonight_is_logged(run: Run, mark: str) -> None:
    setup_step(run)
    run("log", mark, now=FRIDAY)
    assert (run("remind", now=FRIDAY).exit_code, run("remind", now=FRIDAY).stdout) == (0, "")


def test_nothing_on_a_day_that_is_not_due(run: Run) -> None:
    setup_step(run)  # workdays
    result = run("remind", now="2026-11-28T21:00")  # Saturday
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_a_friday_step_is_reminded_on_fridays_only(run: Run) -> None:
    setup_step(run, "--schedule", "fri")
    assert run("remind", now="2026-11-26T21:00").stdout == ""  # Thursday
    assert run("remind", now=FRIDAY).stdout == NUDGE


def test_nothing_when_no_step_is_active_or_it_starts_tomorrow(run: Run) -> None:
    run("init", now=FRIDAY)
    result = run("remind", now=FRIDAY)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    run("add", "Say good morning", now=FRIDAY)
    run("drop", now=FRIDAY)
    run("add", "Thank one person", now=FRIDAY)  # after a drop tonight: starts tomorrow
    assert run("remind", now=FRIDAY).stdout == ""
    assert run("remind", now="2026-11-30T21:00").stdout == (
        "“Thank one person”: not logged yet tonight (`petitspas log`).\n"
    )


def test_remind_writes_nothing(run: Run, store_path: Path, tmp_path: Path) -> None:
    """No store write, no backup, no kept status: whether it nudges, notifies or not."""
    setup_step(run)
    run("log", "--done", "--date", "2026-11-23", now=FRIDAY)
    cache = tmp_path / "cache"
    before = state(store_path, cache)
    assert before[1] and not before[2]  # backups exist; nothing kept yet
    for now in (FRIDAY, "2026-11-28T21:00"):
        for flags in ([], ["--notify"]):
            assert run("remind", *flags, now=now).exit_code == 0
    assert state(store_path, cache) == before
    assert sorted(os.listdir(store_path.parent)) == sorted(
        ["backups", store_path.name, f"{store_path.name}.lock"]
    )


def test_notify_runs_notify_send_with_the_nudge(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_step(run)
    tools = tmp_path / "bin"
    record = fake_tool(tools, "notify-send")
    fake_tool(tools, "osascript")  # on Linux notify-send comes first
    monkeypatch.setenv("PATH", str(tools))
    monkeypatch.setattr("petitspas.cli.notify.TOOLS", ("notify-send", "osascript"))
    result = run("remind", "--notify", now=FRIDAY)
    assert (result.exit_code, result.stdout, result.stderr) == (0, NUDGE, "")
    assert record.read_text().splitlines() == ["--app-name=petitspas", "petitspas", NUDGE.strip()]
    assert not (tools / "osascript.args").exists()


def test_notify_runs_osascript_with_the_texts_as_arguments(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_step(run)
    tools = tmp_path / "bin"
    record = fake_tool(tools, "osascript")
    monkeypatch.setenv("PATH", str(tools))
    result = run("remind", "--notify", now=FRIDAY)
    assert (result.exit_code, result.stdout, result.stderr) == (0, NUDGE, "")
    # The title never enters the script's source: a quote in it cannot end the string.
    assert record.read_text().splitlines() == [
        "-e",
        "on run argv",
        "-e",
        "display notification (item 2 of argv) with title (item 1 of argv)",
        "-e",
        "end run",
        "petitspas",
        NUDGE.strip(),
    ]


def test_notify_without_a_notifier_says_so_once(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_step(run)
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = run("remind", "--notify", now=FRIDAY)
    assert (result.exit_code, result.stdout) == (0, NUDGE)
    assert result.stderr == (
        "petitspas: No desktop notifier found (notify-send or osascript on PATH):"
        " the reminder is on standard output only.\n"
    )
    # Nothing to remind: nothing to notify, nothing said.
    run("log", "--done", now=FRIDAY)
    assert run("remind", "--notify", now=FRIDAY).output == ""


def test_a_notifier_that_fails_is_said_and_is_no_error(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_step(run)
    fake_tool(tmp_path / "bin", "notify-send", exit_code=1)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr("petitspas.cli.notify.TOOLS", ("notify-send",))
    result = run("remind", "--notify", now=FRIDAY)
    assert (result.exit_code, result.stdout) == (0, NUDGE)
    assert result.stderr == (
        "petitspas: notify-send did not show the notification (exit 1); under cron, see the"
        " README for DBUS_SESSION_BUS_ADDRESS.\n"
    )


def test_a_damaged_store_is_one_line_and_exit_3(run: Run, store_path: Path) -> None:
    setup_step(run)
    store_path.write_bytes(store_path.read_bytes()[:-20])
    before = store_path.read_bytes()
    result = run("remind", "--notify", now=FRIDAY)
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == (
        f"petitspas: The store {store_path} cannot be read as it is: `petitspas doctor` says"
        " what is wrong and how to mend it.\n"
    )
    assert store_path.read_bytes() == before


def test_a_missing_store_is_said_as_status_says_it(run: Run, store_path: Path) -> None:
    status = run("status", now=FRIDAY)
    result = run("remind", now=FRIDAY)
    assert (result.exit_code, result.stdout, result.stderr) == (
        status.exit_code,
        "",
        status.stderr,
    )
    assert result.exit_code == 1
    assert not store_path.exists()


ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("name", ["petitspas-remind.service", "petitspas-remind.timer"])
def test_the_readme_shows_the_unit_files_of_docs(name: str) -> None:
    """The README's systemd units are the files under docs/systemd/, line for line (both
    checked with `systemd-analyze verify`)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    unit = (ROOT / "docs" / "systemd" / name).read_text(encoding="utf-8")
    assert f"```ini\n# ~/.config/systemd/user/{name}\n{unit}```\n" in readme


def test_the_readme_example_is_what_remind_prints(run: Run) -> None:
    run("init", now="2026-11-23T08:00")
    run("add", "--from-catalog", "bonjour", now="2026-11-23T08:00")
    shown = run("remind", now=FRIDAY).stdout
    assert f"```console\n$ petitspas remind\n{shown}```\n" in (ROOT / "README.md").read_text(
        encoding="utf-8"
    )


def test_the_readme_says_what_remind_does_without_a_store(run: Run, store_path: Path) -> None:
    """As `status` does: one line on stderr, exit 1 (the issue that built remind asked for
    status's line and code); the README says so rather than "exits 0 either way"."""
    result, status = run("remind", now=FRIDAY), run("status", now=FRIDAY)
    assert (result.exit_code, result.stderr) == (1, status.stderr)
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert (
        "Without a store it says what `status` says, on stderr, and exits 1 (cron mails "
        "it to you); a damaged store is one line on stderr and exit 3."
    ) in readme
