"""Files petitspas cannot use: a `backups` that is a file or a folder it cannot read, a store
made read-only. One message each (exit 3, naming it and the fix), never a traceback, and a
mode the user set is left as it is.

The suite runs as root here, whom no mode denies: a backups folder that cannot be read is
then simulated (`os.scandir` raising PermissionError for it, as it does for a user facing a
root-owned 0700 folder); a real `chmod 000` is used when the suite runs as another user. The
read-only store needs no simulation: petitspas reads the mode itself.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Run

WRITES = [
    ("log", "--done"),
    ("add", "Thank someone"),
    ("edit", "--cue", "After lunch"),
    ("check", "--answers", "5,5,5,5"),
    ("win", "A good talk"),
    ("drop", "--reason", "not now"),
    ("settings", "--day-starts-at", "05:00"),
    ("init", "--vision", "Another vision"),
]


@pytest.fixture
def active(run: Run, store_path: Path) -> Path:
    assert run("init", "--vision", "v", now="2026-11-23T20:00").exit_code == 0
    assert run("add", "Say hello", now="2026-11-23T20:00").exit_code == 0
    return store_path


def _file_said(folder: Path, lang: str) -> str:
    if lang == "fr":
        return (
            f"petitspas: Impossible d'utiliser {folder}\u00a0: c'est un fichier, là où petitspas"
            " garde un dossier de sauvegardes. Déplacez-le ou renommez-le, puis réessayez.\n"
        )
    return (
        f"petitspas: Cannot use {folder}: it is a file, where petitspas keeps a folder of"
        " backups. Move or rename it, then try again.\n"
    )


def _denied_said(folder: Path, lang: str) -> str:
    if lang == "fr":
        return (
            f"petitspas: Impossible d'utiliser {folder} (permission refusée)\u00a0: reprenez-le à"
            f" votre nom avec `sudo chown -R $USER {folder}`, puis réessayez.\n"
        )
    return (
        f"petitspas: Cannot use {folder} (Permission denied): make it yours again with"
        f" `sudo chown -R $USER {folder}`, then try again.\n"
    )


@pytest.mark.parametrize("args", [("doctor",), *WRITES])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_file_named_backups_is_one_message_in_doctor_and_every_write(
    run: Run, active: Path, args: tuple[str, ...], lang: str
) -> None:
    folder = active.parent / "backups"
    for old in folder.iterdir():
        old.unlink()
    folder.rmdir()
    folder.write_text("not a folder\n")
    before = active.read_bytes()
    result = run("--lang", lang, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (3, "", _file_said(folder, lang))
    assert active.read_bytes() == before
    assert folder.read_text() == "not a folder\n"


@pytest.fixture
def unreadable(active: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], Path]:
    """Make the backups folder one petitspas cannot read: for real unless running as root,
    simulated for root (no mode denies root)."""
    folder = active.parent / "backups"

    def deny() -> Path:
        if os.geteuid() != 0:
            folder.chmod(0)
            return folder
        scandir = os.scandir

        def refusing(path: object = ".") -> object:
            if os.fspath(path) == os.fspath(folder):  # type: ignore[arg-type]
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(folder))
            return scandir(path)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "scandir", refusing)
        return folder

    yield deny  # type: ignore[misc]
    folder.chmod(0o700)


@pytest.mark.parametrize("args", [("doctor",), *WRITES])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_backups_folder_that_cannot_be_read_is_one_message_in_doctor_and_every_write(
    run: Run, active: Path, unreadable: Callable[[], Path], args: tuple[str, ...], lang: str
) -> None:
    before = active.read_bytes()
    folder = unreadable()
    result = run("--lang", lang, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (
        3,
        "",
        _denied_said(folder, lang),
    )
    assert active.read_bytes() == before


def test_a_damaged_store_with_unreadable_backups_says_what_is_wrong(
    run: Run, active: Path, unreadable: Callable[[], Path]
) -> None:
    active.write_text('{"schema": 4, "steps": [')
    folder = unreadable()
    shown = run("status")
    assert (shown.exit_code, shown.stdout) == (3, "")
    assert shown.stderr.startswith(f"petitspas: The store {active} is damaged")
    assert "Traceback" not in shown.stderr
    assert run("doctor").stderr == _denied_said(folder, "en")


def test_reading_commands_do_not_need_the_backups(
    run: Run, active: Path, unreadable: Callable[[], Path]
) -> None:
    unreadable()
    assert run("path").exit_code == 0
    assert run("status").exit_code == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_read_only_store_is_never_made_writable(run: Run, active: Path, lang: str) -> None:
    active.chmod(0o400)
    before = active.read_bytes()
    backups = sorted(path.name for path in (active.parent / "backups").iterdir())
    result = run("--lang", lang, "log", "--done")
    said = {
        "en": f"petitspas: The store {active} is read-only (mode 0400): nothing was written, and"
        f" its mode is yours to change: `chmod u+w {active}` to write to it again.\n",
        "fr": f"petitspas: Le fichier {active} est en lecture seule (mode 0400)\u00a0: rien n'a"
        f" été écrit, et son mode reste le vôtre\u00a0: `chmod u+w {active}` pour y écrire de"
        " nouveau.\n",
    }[lang]
    assert (result.exit_code, result.stdout, result.stderr) == (3, "", said)
    assert stat.S_IMODE(active.stat().st_mode) == 0o400
    assert active.read_bytes() == before
    assert sorted(path.name for path in (active.parent / "backups").iterdir()) == backups


def test_a_write_keeps_the_mode_the_user_set(run: Run, active: Path) -> None:
    active.chmod(0o640)
    assert run("log", "--done").exit_code == 0
    assert stat.S_IMODE(active.stat().st_mode) == 0o640


def test_doctor_restore_over_a_store_it_cannot_read_replaces_nothing(
    run: Run, active: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated (root reads any file): the store cannot be read, so it cannot be set aside.
    assert run("log", "--done").exit_code == 0
    backup = sorted((active.parent / "backups").iterdir())[0]
    before = active.read_bytes()
    read_bytes = Path.read_bytes

    def refusing(self: Path) -> bytes:
        if self == active:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refusing)
    result = run("doctor", "--restore", str(backup))
    assert (result.exit_code, result.stdout, result.stderr) == (
        3,
        "",
        f"petitspas: Cannot read the store {active} (Permission denied): check its permissions.\n",
    )
    monkeypatch.undo()
    assert active.read_bytes() == before


def test_doctor_restore_with_a_file_named_backups_is_one_message(run: Run, active: Path) -> None:
    folder = active.parent / "backups"
    for old in folder.iterdir():
        old.unlink()
    folder.rmdir()
    folder.write_text("x")
    result = run("doctor", "--restore", "petitspas.json.r000001.bak")
    assert (result.exit_code, result.stderr) == (3, _file_said(folder, "en"))
