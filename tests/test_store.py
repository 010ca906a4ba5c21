"""Tests for the store: round trip, safe writes, backups, privacy, locking and error paths."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from petitspas.core.model import SCHEMA, DayMark, SelfCheck, Settings, Step, Store
from petitspas.errors import StoreError
from petitspas.i18n import typeset
from petitspas.storage import schema
from petitspas.storage import store as storage
from petitspas.storage.paths import store_path as store_path_of

Run = Callable[..., Result]
Mutation = Callable[[dict[str, Any]], object]

NOW = "2026-11-27T21:00"
BACKUP_NAME = re.compile(r"petitspas\.json\.r\d{6}-[0-9a-f]{8}\.bak")


# --- helpers -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def made_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the first `made` store is kept, to be copied by the next tests (saves time)."""
    return tmp_path_factory.mktemp("made") / "data"


@pytest.fixture
def made(run: Run, store_path: Path, made_template: Path) -> Path:
    """A store with one active step, made by `init`, `add` and `log --done`: three backups exist
    (each version written, the current one included)."""
    if made_template.exists():
        shutil.copytree(made_template, store_path.parent)  # keeps modes and bytes
    else:
        assert run("init", "--vision", "v").exit_code == 0
        assert run("add", "Say hello").exit_code == 0
        assert run("log", "--done").exit_code == 0
        shutil.copytree(store_path.parent, made_template)
    assert len(storage.backup_files(store_path)) == 3
    assert storage.load(store_path).store.revision == 2
    return store_path


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _tree(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under `folder` with its bytes (None for a folder)."""
    return {
        str(item.relative_to(folder)): None if item.is_dir() else item.read_bytes()
        for item in sorted(folder.rglob("*"))
    }


def _temp_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob(".*.tmp"))


def _assert_store_error(result: Result, lines: int) -> list[str]:
    """Exit 3, nothing on stdout, `lines` lines on stderr, the first one prefixed, no traceback."""
    assert result.exit_code == 3, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith("\n")
    stderr_lines = result.stderr.splitlines()
    assert len(stderr_lines) == lines, stderr_lines
    assert stderr_lines[0].startswith("petitspas: ")
    return stderr_lines


def _fail_in_store(
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    error: OSError,
    when: Callable[..., bool] = lambda *args: True,
) -> list[tuple[Any, ...]]:
    """Make `os.<name>` raise `error` when petitspas.storage.store calls it (and `when(*args)`
    holds).

    Calls from anywhere else (pytest, click) go to the real function. Returns the failed calls.
    """
    real = getattr(os, name)
    failed: list[tuple[Any, ...]] = []

    def fake(*args: Any, **kwargs: Any) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__")
        if caller == storage.__name__ and when(*args):
            failed.append(args)
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, fake)
    return failed


def _edit(mutate: Mutation) -> Callable[[bytes], bytes]:
    def apply(raw: bytes) -> bytes:
        data = json.loads(raw)
        mutate(data)
        return json.dumps(data, indent=2).encode()

    return apply


def _rich_store() -> Store:
    """A store using every field: four statuses, marks, notes, self-checks, settings."""
    active = Step(
        id="say-hello",
        title="Dire bonjour à chacun — é ☀",
        cue="En arrivant",
        celebration="Yes!",
        schedule="workdays",
        status="active",
        catalog="bonjour",
        added_on=date(2026, 11, 1),
        started=date(2026, 11, 2),
    )
    # Inserted out of date order on purpose: serialize must sort them.
    active.marks[date(2026, 11, 4)] = DayMark("skip", None, "2026-11-04T20:00:00+01:00")
    active.marks[date(2026, 11, 2)] = DayMark("done", "Anna smiled", "2026-11-02T21:00:00+01:00")
    active.marks[date(2026, 11, 3)] = DayMark("missed", "", "2026-11-03T22:15:00+01:00")
    active.selfchecks.append(
        SelfCheck(date(2026, 11, 20), (5, 6, 7, 4), "2026-11-20T21:00:00+01:00")
    )
    return Store(
        vision="Une équipe qui ose « demander »",
        settings=Settings(lang="fr", day_starts_at="05:30", strength_goal=0.75, srbai_goal=6.0),
        steps=[
            Step(
                id="merci",
                title="Thank someone",
                schedule="daily",
                status="automatic",
                added_on=date(2026, 1, 5),
                started=date(2026, 1, 5),
                automatic_on=date(2026, 3, 1),
                marks={date(2026, 1, 5): DayMark("done", None, "2026-01-05T21:00:00+01:00")},
                selfchecks=[
                    SelfCheck(date(2026, 2, 28), (6, 6, 6, 6), "2026-02-28T09:00:00+01:00")
                ],
            ),
            Step(
                id="reunion-utile",
                title="Useful meeting",
                schedule="mon,wed",
                status="dropped",
                started=date(2026, 3, 2),
                dropped_on=date(2026, 4, 1),
                drop_reason="Not for now",
            ),
            active,
            Step(id="deleguer", title="Delegate", schedule="fri", status="locked"),
        ],
        revision=7,
    )


# --- 1. round trip -------------------------------------------------------------------------


def test_serialize_then_parse_gives_an_equal_store(tmp_path: Path) -> None:
    store = _rich_store()
    raw = storage.serialize(store)
    assert storage.parse(raw, tmp_path / "s.json") == store
    assert storage.serialize(storage.parse(raw, tmp_path / "s.json")) == raw


def test_serialize_is_deterministic_utf8_with_one_trailing_newline() -> None:
    first = storage.serialize(_rich_store())
    assert storage.serialize(_rich_store()) == first
    assert first.endswith(b"}\n")
    assert not first.endswith(b"\n\n")
    text = first.decode("utf-8")
    assert "Dire bonjour à chacun — é ☀" in text  # written as UTF-8, not \u escapes
    assert list(json.loads(text)) == [
        "schema", "revision", "store_id", "vision", "settings", "pauses", "not_applied",
        "steps", "wins", "journal",
    ]  # fmt: skip
    marks = json.loads(text)["steps"][2]["marks"]
    assert list(marks) == ["2026-11-02", "2026-11-03", "2026-11-04"]


def _layout(value: object, depth: int = 0) -> str:
    """The store's layout, written the slow obvious way from `to_dict` (serialize's reference):
    an object goes on one line when its members are scalars or arrays of scalars, an array
    when its items are scalars; anything else is indented by two spaces per level."""
    pad, inner = "  " * depth, "  " * (depth + 1)

    def scalars(items: list[object]) -> bool:
        return not any(isinstance(item, dict | list) for item in items)

    if isinstance(value, dict) and not all(
        scalars(v) if isinstance(v, list) else not isinstance(v, dict) for v in value.values()
    ):
        items = [f"{inner}{json.dumps(k)}: {_layout(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and not scalars(value):
        return (
            "[\n" + ",\n".join(f"{inner}{_layout(v, depth + 1)}" for v in value) + "\n" + pad + "]"
        )
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


@pytest.mark.parametrize(
    "store",
    [
        _rich_store(),
        Store(),
        Store(vision=None, steps=[Step(id="a", title='A "quoted" \\ title', schedule="daily")]),
    ],
    ids=["every-field", "empty", "one-bare-step"],
)
def test_serialize_lays_out_to_dict_one_mark_per_line(store: Store) -> None:
    assert storage.serialize(store).decode("utf-8") == _layout(store.to_dict()) + "\n"


def test_marks_insertion_order_does_not_change_the_bytes() -> None:
    one, two = _rich_store(), _rich_store()
    step = two.steps[2]
    step.marks = dict(reversed(list(step.marks.items())))
    assert storage.serialize(one) == storage.serialize(two)


@pytest.mark.parametrize("command", [("log", "--done"), ("status",)], ids=" ".join)
def test_a_folder_that_may_not_be_searched_is_a_store_problem(
    run: Run, made: Path, command: tuple[str, ...]
) -> None:
    # What a non-root user meets under `chmod 000` on the store's folder (the tests may run
    # as root, who is never refused): stat and open both fail with EACCES.
    before = made.read_bytes()

    def refused(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    with pytest.MonkeyPatch.context() as patch:
        for method in ("stat", "read_bytes", "is_file"):
            patch.setattr(Path, method, refused)
        patch.setattr(os, "access", lambda *args, **kwargs: False)  # Typer's own check
        result = run(*command)
    assert result.exit_code == 3
    assert result.stderr == (
        f"petitspas: Cannot read the store {made} (Permission denied): check its permissions.\n"
    )
    assert made.read_bytes() == before


def test_written_file_loads_back_with_its_exact_bytes(run: Run, made: Path) -> None:
    loaded = storage.load(made)
    assert loaded.raw == made.read_bytes()
    assert storage.serialize(loaded.store) == loaded.raw
    assert loaded.store.revision == 2
    assert loaded.store.vision == "v"
    assert loaded.store.steps[0].marks[date(2026, 11, 27)].mark == "done"


# --- 2. failure paths: the store is never damaged -----------------------------------------


def test_replace_failure_leaves_store_unchanged(
    run: Run, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = made.read_bytes()
    failed = _fail_in_store(monkeypatch, "replace", OSError(errno.EIO, "Input/output error"))
    result = run("log", "--missed", "--note", "lost")
    assert failed, "os.replace was never reached"
    (line,) = _assert_store_error(result, 1)
    assert line == (
        f"petitspas: Cannot write the store {made} (Input/output error): nothing was changed;"
        " free space or fix permissions."
    )
    assert made.read_bytes() == before
    assert _temp_files(made.parent) == []


def test_disk_full_leaves_store_unchanged(
    run: Run, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = made.read_bytes()
    failed = _fail_in_store(monkeypatch, "write", OSError(errno.ENOSPC, "No space left on device"))
    result = run("log", "--missed")
    assert failed, "os.write was never reached"
    (line,) = _assert_store_error(result, 1)
    assert line.startswith(f"petitspas: Cannot write the store {made} (No space left on device)")
    assert made.read_bytes() == before
    assert _temp_files(made.parent) == []


def test_disk_full_on_init_creates_no_store(
    run: Run, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_in_store(monkeypatch, "write", OSError(errno.ENOSPC, "No space left on device"))
    result = run("init", "--vision", "v")
    (line,) = _assert_store_error(result, 1)
    assert "No space left on device" in line
    assert not store_path.exists()
    assert _temp_files(store_path.parent) == []


@pytest.mark.parametrize("suffix", [".tmp", ".lock"])
def test_unwritable_folder(
    run: Run, made: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """Simulated (tests may run as root): creating the temp file or the lock file is refused."""
    before = _tree(made.parent)
    failed = _fail_in_store(
        monkeypatch,
        "open",
        PermissionError(errno.EACCES, "Permission denied"),
        when=lambda file, *rest: str(file).endswith(suffix),
    )
    result = run("log", "--missed")
    assert failed
    (line,) = _assert_store_error(result, 1)
    assert line.startswith(f"petitspas: Cannot write the store {made} (Permission denied)")
    assert made.read_bytes() == before["petitspas.json"]
    assert _temp_files(made.parent) == []
    if suffix == ".lock":  # nothing at all was touched, not even the backups
        assert _tree(made.parent) == before


CORRUPTIONS: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("json", lambda raw: b"{ this is not json\n", "not valid JSON (line 1, column 3: "),
    ("truncated", lambda raw: raw[: len(raw) // 2], "not valid JSON (line "),
    ("empty", lambda raw: b"", "the file is empty"),
    ("blank", lambda raw: b"  \n\n", "the file is empty"),
    ("not-utf8", lambda raw: raw[:20] + b"\xff\xfe" + raw[20:], "not UTF-8 text (byte 20)"),
    ("list", lambda raw: b"[]\n", "the top level is not a JSON object"),
    ("string", lambda raw: b'"petitspas"\n', "the top level is not a JSON object"),
    (
        "schema-text",
        _edit(lambda d: d.update(schema="1")),
        "schema should be a schema number (1, 2, …)",
    ),
    ("schema-zero", _edit(lambda d: d.update(schema=0)), "schema should be a schema number"),
    ("revision-text", _edit(lambda d: d.update(revision="3")), "revision should be integer"),
    ("revision-bool", _edit(lambda d: d.update(revision=True)), "revision should be integer"),
    (
        "revision-negative",
        _edit(lambda d: d.update(revision=-1)),
        "revision should be a whole number ≥ 0",
    ),
    ("steps-object", _edit(lambda d: d.update(steps={})), "steps should be list"),
    ("settings-missing", _edit(lambda d: d.pop("settings")), "settings should be object"),
    (
        "mark-maybe",
        _edit(lambda d: d["steps"][0]["marks"]["2026-11-27"].update(mark="maybe")),
        'steps[0].marks["2026-11-27"].mark should be done | missed | skip',
    ),
    (
        "mark-day",
        _edit(lambda d: d["steps"][0].update(marks={"27/11/2026": {}})),
        'steps[0].marks["27/11/2026"] should be a date YYYY-MM-DD',
    ),
    (
        "two-active",
        _edit(lambda d: d["steps"].append({**d["steps"][0], "id": "say-thanks"})),
        "steps[].status should be active for one step at most",
    ),
    (
        "duplicate-id",
        _edit(lambda d: d["steps"].append({**d["steps"][0], "status": "locked"})),
        "steps[1].id should be an id no other step has",
    ),
    (
        "active-not-started",
        _edit(lambda d: d["steps"][0].update(started=None)),
        "steps[0].started should be a date YYYY-MM-DD for a step that is active",
    ),
    (
        "answers",
        _edit(
            lambda d: d["steps"][0]["selfchecks"].append(
                {"date": "2026-11-27", "answers": [1, 2, 3, 8], "written_at": "x"}
            )
        ),
        "steps[0].selfchecks[0].answers should be four whole numbers from 1 to 7",
    ),
    *[
        (
            f"answers-{name}",
            _edit(
                lambda d, answers=answers: d["steps"][0]["selfchecks"].append(
                    {"date": "2026-11-27", "answers": answers, "written_at": "2026-11-27T21:00"}
                )
            ),
            "steps[0].selfchecks[0].answers should be four whole numbers from 1 to 7",
        )
        for name, answers in [
            ("true", [True, 2, 3, 4]),  # JSON true: a bool, though Python counts it as 1
            ("float", [1, 2, 3, 4.0]),
            ("three", [1, 2, 3]),
            ("five", [1, 2, 3, 4, 5]),
            ("zero", [0, 2, 3, 4]),
            ("text", [1, 2, "3", 4]),
        ]
    ],
    (
        "strength-goal",
        _edit(lambda d: d["settings"].update(strength_goal=1.5)),
        "settings.strength_goal should be 0 < x < 1",
    ),
]
COMMANDS = [("status",), ("log", "--done")]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    ("corrupt", "why"),
    [pytest.param(corrupt, why, id=name) for name, corrupt, why in CORRUPTIONS],
)
def test_corrupt_store_is_refused_and_untouched(
    run: Run,
    made: Path,
    command: tuple[str, ...],
    corrupt: Callable[[bytes], bytes],
    why: str,
) -> None:
    made.write_bytes(corrupt(made.read_bytes()))
    before = _tree(made.parent)
    newest = storage.backup_files(made)[-1]
    result = run(*command)
    first, second = _assert_store_error(result, 2)
    assert first.startswith(f"petitspas: The store {made} is damaged: {why}")
    assert first.endswith(". It was left untouched.")
    assert second == (
        f"The newest good backup is {newest}: `petitspas doctor --restore {newest}` puts it back."
    )
    assert _tree(made.parent) == before
    assert _temp_files(made.parent) == []


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("backups", ["none", "all-corrupt"])
def test_corrupt_store_without_good_backup(
    run: Run, made: Path, command: tuple[str, ...], backups: str
) -> None:
    if backups == "none":
        shutil.rmtree(storage.backups_dir(made))
    else:
        for backup in storage.backup_files(made):
            backup.write_bytes(b"{")
    made.write_bytes(made.read_bytes()[:-30])
    before = _tree(made.parent)
    result = run(*command)
    first, second = _assert_store_error(result, 2)
    assert first.startswith(f"petitspas: The store {made} is damaged: not valid JSON (line ")
    assert second == (
        "No good backup exists: fix the file by hand, or move it aside and run `petitspas init`."
    )
    assert _tree(made.parent) == before


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_newer_schema_is_refused(run: Run, made: Path, command: tuple[str, ...]) -> None:
    made.write_bytes(_edit(lambda d: d.update(schema=99))(made.read_bytes()))
    before = _tree(made.parent)
    result = run(*command)
    (line,) = _assert_store_error(result, 1)
    assert line == (
        f"petitspas: The store {made} has schema 99, newer than this petitspas knows ({SCHEMA}):"
        " upgrade petitspas."
    )
    assert _tree(made.parent) == before


def test_failed_write_keeps_every_backup(
    run: Run, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(9):
        assert run("init", "--vision", f"v{number}").exit_code == 0
    backups = storage.backups_dir(made)
    before = _tree(backups)
    assert len(before) == storage.BACKUPS_KEPT
    _fail_in_store(monkeypatch, "write", OSError(errno.ENOSPC, "No space left on device"))
    _assert_store_error(run("log", "--missed"), 1)
    assert _tree(backups) == before


def test_bad_lock_timeout_is_not_a_crash(
    run: Run, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(storage.LOCK_TIMEOUT_ENV, "soon")
    result = run("log", "--missed")
    assert result.exit_code == 0 or result.stderr.startswith("petitspas: ")


FOLDER_COMMANDS = [("status",), ("log", "--done"), ("add", "Say thanks"), ("init", "--vision", "w")]


@pytest.mark.parametrize("command", FOLDER_COMMANDS, ids=" ".join)
def test_store_path_is_a_folder(run: Run, tmp_path: Path, command: tuple[str, ...]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    before = _tree(folder)
    result = run("--store", str(folder), *command)
    (line,) = _assert_store_error(result, 1)
    assert line == (
        f"petitspas: The store path {folder} is a folder: pass the path of a file,"
        f" e.g. {folder}/petitspas.json."
    )
    assert _tree(folder) == before


def test_bare_init_on_a_folder_says_it_is_a_folder(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    result = run("--store", str(folder), "init")
    (line,) = _assert_store_error(result, 1)
    assert "is a folder" in line


HOLDER = """
import fcntl, sys, time
handle = open(sys.argv[1], "a+")
fcntl.flock(handle, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def held_lock(made: Path) -> Iterator[Path]:
    """Another process holding the store's lock with fcntl.flock, released when the test ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(_lock_path(made))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        yield made
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="the helper locks with fcntl")
def test_lock_held_by_another_process(run: Run, held_lock: Path) -> None:
    before = _tree(held_lock.parent)
    start = time.monotonic()
    result = run("log", "--missed")
    waited = time.monotonic() - start
    (line,) = _assert_store_error(result, 1)
    assert line == (
        f"petitspas: The store {held_lock} is busy: another petitspas held its lock for 0.3 s."
        " Try again."
    )
    assert 0.3 <= waited < 3
    assert _tree(held_lock.parent) == before
    # Reading does not take the lock: the shell prompt still works meanwhile.
    status = run("status")
    assert status.exit_code == 0
    assert status.stdout == "Say hello: streak 1, 6% — today done\n"


@pytest.mark.skipif(sys.platform == "win32", reason="the helper locks with fcntl")
def test_lock_is_released_when_its_holder_dies(run: Run, made: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(_lock_path(made))], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
    finally:
        holder.kill()
        holder.wait()
    result = run("log", "--missed")
    assert result.exit_code == 0, result.stderr
    assert json.loads(made.read_bytes())["steps"][0]["marks"]["2026-11-27"]["mark"] == "missed"


# --- 3. files are private ------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Umask 0, so that modes come from petitspas itself and not from a strict umask."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("open_umask")
def test_store_lock_and_backups_are_private(run: Run, store_path: Path, tmp_path: Path) -> None:
    assert not store_path.parent.exists()
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Say hello").exit_code == 0
    assert run("log", "--done").exit_code == 0
    assert run("log", "--missed").exit_code == 0
    backups = storage.backup_files(store_path)
    assert len(backups) == 4  # each version written, the current one included
    for private in [store_path, _lock_path(store_path), *backups]:
        assert _mode(private) == 0o600, private
    assert _mode(storage.backups_dir(store_path)) == 0o700
    assert _mode(store_path.parent) == 0o700  # tmp_path/data: created by petitspas


@pytest.mark.usefixtures("open_umask")
def test_missing_parent_folders_are_created_private(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "petitspas.json"
    assert run("--store", str(path), "init", "--vision", "v").exit_code == 0
    assert _mode(tmp_path / "a") == 0o700
    assert _mode(tmp_path / "a" / "b") == 0o700
    assert _mode(path) == 0o600


@pytest.mark.usefixtures("open_umask")
def test_a_folder_the_user_chose_keeps_its_mode(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    folder.chmod(0o755)
    path = folder / "petitspas.json"
    assert run("--store", str(path), "init", "--vision", "v").exit_code == 0
    assert run("--store", str(path), "add", "Say hello").exit_code == 0
    assert _mode(folder) == 0o755
    assert _mode(path) == 0o600
    assert _mode(storage.backups_dir(path)) == 0o700
    assert [_mode(backup) for backup in storage.backup_files(path)] == [0o600, 0o600]


@pytest.mark.usefixtures("open_umask")
def test_backup_copy_is_private_when_hard_links_fail(
    run: Run, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some file systems refuse hard links: the backup is then written as a private copy."""
    before = made.read_bytes()
    _fail_in_store(monkeypatch, "link", OSError(errno.EPERM, "Operation not permitted"))
    old = set(storage.backup_files(made))
    assert run("log", "--missed").exit_code == 0
    (new,) = set(storage.backup_files(made)) - old  # the version just written
    assert new.read_bytes() == made.read_bytes() != before
    assert _mode(new) == 0o600
    assert _temp_files(made.parent) == []


# --- 4. backups ----------------------------------------------------------------------------


def test_every_write_keeps_the_version_it_wrote_as_a_backup(run: Run, store_path: Path) -> None:
    """The last ten versions written, the current one included: a store damaged on disk
    after a write comes back as it was written."""
    assert run("init", "--vision", "v0").exit_code == 0
    assert json.loads(store_path.read_bytes())["revision"] == 0
    assert [b.read_bytes() for b in storage.backup_files(store_path)] == [store_path.read_bytes()]
    for number in range(1, 16):
        previous = store_path.read_bytes()
        old = set(storage.backup_files(store_path))
        result = run("init", "--vision", f"v{number}")
        assert result.exit_code == 0, result.stderr
        data = json.loads(store_path.read_bytes())
        assert data["revision"] == json.loads(previous)["revision"] + 1 == number
        assert data["vision"] == f"v{number}"
        (new,) = set(storage.backup_files(store_path)) - old
        assert BACKUP_NAME.fullmatch(new.name)
        assert new.read_bytes() == store_path.read_bytes()
    backups = storage.backup_files(store_path)
    assert len(backups) == storage.BACKUPS_KEPT == 10
    # The last ten versions written, the current one last.
    assert [json.loads(b.read_bytes())["revision"] for b in backups] == list(range(6, 16))
    everything = list(storage.backups_dir(store_path).iterdir())
    assert sorted(everything) == backups
    assert not any(item.name.endswith(".json") for item in everything)
    assert _temp_files(store_path.parent) == []


def test_backup_name_is_the_revision_it_holds_and_its_content(run: Run, made: Path) -> None:
    for backup in storage.backup_files(made):
        revision, crc = backup.name.removesuffix(".bak").split(".r")[1].split("-")
        raw = backup.read_bytes()
        assert int(revision) == json.loads(raw)["revision"], backup.name
        assert crc == f"{zlib.crc32(raw):08x}"


def test_backups_of_a_store_with_brackets_in_its_name(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "team[1].json"
    for number in range(13):
        assert run("--store", str(path), "init", "--vision", f"v{number}").exit_code == 0
    assert len(list(storage.backups_dir(path).iterdir())) == 10
    assert storage.newest_good_backup(path) is not None


def test_unchanged_store_is_not_rewritten(run: Run, made: Path) -> None:
    """`log --done` again at the same moment changes no byte: save() writes nothing."""
    before = _tree(made.parent)
    mtime = made.stat().st_mtime_ns
    result = run("log", "--done", now=NOW)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.splitlines()[0] == "2026-11-27: done (already so; nothing written)."
    assert _tree(made.parent) == before
    assert made.stat().st_mtime_ns == mtime
    assert json.loads(made.read_bytes())["revision"] == 2


def test_same_mark_later_writes_nothing_and_spends_no_backup(run: Run, made: Path) -> None:
    before = _tree(made.parent)
    result = run("log", "--done", now="2026-11-27T23:30")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0] == "2026-11-27: done (already so; nothing written)."
    assert _tree(made.parent) == before


def test_the_same_note_again_writes_nothing(run: Run, made: Path) -> None:
    assert run("log", "--note", "Said hello to all").exit_code == 0
    before = _tree(made.parent)
    result = run("log", "--note", "Said hello to all", now="2026-11-27T23:00")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0] == "2026-11-27: the note is already so; nothing written."
    assert _tree(made.parent) == before


def _backup_contents(path: Path) -> set[bytes]:
    return {backup.read_bytes() for backup in storage.backup_files(path)}


def test_an_older_copy_put_back_by_hand_loses_no_backup(run: Run, store_path: Path) -> None:
    """A sync tool (or a person) puts an older version back: its revision is below the
    newest backups'. Later writes must keep every backup's content (docs/design.md: a backup is
    never overwritten by different content)."""
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Say hello").exit_code == 0
    later = "2026-12-01T21:00"
    for day in ("2026-11-27", "2026-11-28", "2026-11-29"):
        assert run("log", "--done", "--date", day, now=later).exit_code == 0
    older = storage.backup_files(store_path)[1]  # revision 1: before the first log
    shutil.copyfile(older, store_path)
    kept = _backup_contents(store_path) | {store_path.read_bytes()}
    for day in ("2026-11-27", "2026-11-28", "2026-11-30"):
        assert run("log", "--missed", "--date", day, now=later).exit_code == 0
    assert kept <= _backup_contents(store_path)
    # Every version written had its backup (the copy put back among them): 2 + 3 + 3.
    assert len(storage.backup_files(store_path)) == 8


def test_rotation_keeps_the_ten_written_last(run: Run, store_path: Path) -> None:
    def vision(text: str) -> None:
        time.sleep(0.01)  # a file's mtime may move in steps of a few milliseconds
        assert run("init", "--vision", text).exit_code == 0

    for number in range(6):
        vision(f"v{number}")
    older = storage.backup_files(store_path)[0]  # v0, revision 0
    shutil.copyfile(older, store_path)  # v5 is lost here, by hand, not by petitspas
    for number in range(6, 16):
        vision(f"w{number}")
    backups = storage.backup_files(store_path)
    assert len(backups) == storage.BACKUPS_KEPT
    visions = [json.loads(backup.read_bytes())["vision"] for backup in backups]
    # Revisions 1-10 after the copy put back (v0 again): the ten written last, oldest first.
    assert visions == [f"w{number}" for number in range(6, 16)]
    assert len({backup.name for backup in backups}) == 10


def test_save_reports_whether_it_wrote(made: Path) -> None:
    loaded = storage.load(made)
    with storage.locked(made):
        assert storage.save(loaded.store, made, loaded) is False
    assert made.read_bytes() == loaded.raw
    loaded.store.vision = "changed"
    with storage.locked(made):
        assert storage.save(loaded.store, made, loaded) is True
    assert storage.load(made).store.revision == 3


# --- 5. newest_good_backup -----------------------------------------------------------------


def test_newest_good_backup_skips_broken_ones(tmp_path: Path) -> None:
    path = tmp_path / "petitspas.json"
    folder = storage.backups_dir(path)
    folder.mkdir()
    good = storage.serialize(Store(vision="good"))
    (folder / "petitspas.json.r000001.bak").write_bytes(good)
    (folder / "petitspas.json.r000002.bak").write_bytes(good)
    (folder / "petitspas.json.r000003.bak").write_bytes(good[:-20])  # truncated
    (folder / "petitspas.json.r000004.bak").write_bytes(b"")
    (folder / "petitspas.json.r000005.bak").write_bytes(
        good.replace(b'"schema": %d' % SCHEMA, b'"schema": 99')
    )
    (folder / "petitspas.json.r000006.bak").write_bytes(b"\xff" + good)
    (folder / "petitspas.json.r000007.bak").mkdir()  # unreadable as a file
    (folder / "other.r000009.bak").write_bytes(good)  # another store's backup
    assert storage.newest_good_backup(path) == folder / "petitspas.json.r000002.bak"
    (folder / "petitspas.json.r000002.bak").write_bytes(b"[]")
    assert storage.newest_good_backup(path) == folder / "petitspas.json.r000001.bak"
    (folder / "petitspas.json.r000001.bak").unlink()
    assert storage.newest_good_backup(path) is None


def test_newest_good_backup_without_backups_folder(tmp_path: Path) -> None:
    assert storage.newest_good_backup(tmp_path / "petitspas.json") is None


# --- 6. store path -------------------------------------------------------------------------


def test_store_option_wins_over_environment(run: Run, store_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "team.json"
    assert os.environ[storage.STORE_ENV] == str(store_path)
    assert Path(store_path_of(str(other))) == other
    result = run("--store", str(other), "init", "--vision", "v")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Created your store at {other}.")
    assert other.exists()
    assert not store_path.exists()


def test_environment_names_the_store(run: Run, store_path: Path) -> None:
    assert Path(store_path_of(None)) == store_path
    assert run("init", "--vision", "v").exit_code == 0
    assert store_path.exists()


def test_paths_expand_the_home_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert Path(store_path_of("~/s.json")) == tmp_path / "s.json"
    monkeypatch.setenv(storage.STORE_ENV, "~/env.json")
    assert Path(store_path_of(None)) == tmp_path / "env.json"


@pytest.mark.parametrize("env", [None, ""])
def test_default_path_is_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: str | None
) -> None:
    if env is None:
        monkeypatch.delenv(storage.STORE_ENV)
    else:
        monkeypatch.setenv(storage.STORE_ENV, env)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = Path(store_path_of(None))
    assert path.parts[-2:] == ("petitspas", "petitspas.json")
    assert path.is_absolute()
    assert not path.exists()  # resolving never creates anything
    assert not (tmp_path / "xdg").exists()


# --- 7. migrations -------------------------------------------------------------------------


def test_older_schema_goes_through_every_migration_in_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[int] = []

    def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["schema"])
        data["vision"] = data.pop("goal")
        return data

    def two_to_three(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["schema"])
        data["settings"]["lang"] = "fr"
        return data

    monkeypatch.setattr(schema, "SCHEMA", 3)
    monkeypatch.setattr(schema, "MIGRATIONS", {1: one_to_two, 2: two_to_three})

    def version(schema: int) -> bytes:
        data = json.loads(storage.serialize(Store(vision="cap")))
        data["schema"] = schema
        if schema == 1:  # schema 1 called the vision "goal"
            data["goal"] = data.pop("vision")
        return json.dumps(data).encode()

    path = tmp_path / "s.json"
    store = storage.parse(version(1), path)
    assert seen == [1, 2]
    assert store.vision == "cap"
    assert store.settings.lang == "fr"

    seen.clear()
    assert storage.parse(version(2), path).settings.lang == "fr"
    assert seen == [2]

    seen.clear()
    assert storage.parse(version(3), path).settings.lang is None
    assert seen == []


def test_control_characters_in_a_store_text_are_refused(run: Run, made: Path) -> None:
    data = json.loads(made.read_text(encoding="utf-8"))
    day = next(iter(data["steps"][0]["marks"]))
    data["steps"][0]["marks"][day]["note"] = "hello\x1b[31m"
    made.write_text(json.dumps(data), encoding="utf-8")
    before = made.read_bytes()
    result = run("status")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == (
        f"petitspas: The store {made} is damaged: "
        f'steps[0].marks["{day}"].note should be text without control characters. '
        "It was left untouched."
    )
    assert made.read_bytes() == before


def test_a_write_removes_temp_files_a_killed_writer_left(run: Run, made: Path) -> None:
    stale = made.parent / f".{made.name}.99999.tmp"
    stale.write_bytes(b"half a store")
    other = made.parent / ".other.json.99999.tmp"  # another store's: not ours to delete
    other.write_bytes(b"x")
    assert run("log", "--missed").exit_code == 0
    assert not stale.exists()
    assert other.exists()


def test_doctor_on_a_missing_store_says_so_in_one_line(run: Run, store_path: Path) -> None:
    """No store, no backup: one line, no talk of fixing a file that is not there; exit 3,
    doctor's code for a store that is not healthy (docs/design.md: 0 if healthy, else 3)."""
    result = run("doctor")
    assert (result.exit_code, result.stdout, result.stderr) == (
        3,
        "",
        f"No petitspas store at {store_path}: run `petitspas init` first (or pass --store).\n",
    )
    french = run("--lang", "fr", "doctor")
    assert (french.exit_code, french.stdout, french.stderr) == (
        3,
        "",
        typeset(
            f"Aucun fichier petitspas à {store_path} : lancez d'abord `petitspas init` "
            "(ou passez --store).\n"
        ),
    )
    as_json = run("doctor", "--json")
    assert as_json.exit_code == 3
    assert json.loads(as_json.stdout)["store"]["exists"] is False
    assert not store_path.parent.exists()


def test_doctor_on_a_store_gone_with_its_backups_left(run: Run, made: Path) -> None:
    """The file gone (moved, deleted by a sync tool), its backups still there: doctor lists
    them and names the newest good one, never "fix the file by hand"."""
    made.unlink()
    result = run("doctor")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == (
        f"No petitspas store at {made}: run `petitspas init` first (or pass --store)."
    )
    assert result.stderr.splitlines()[1].startswith("Newest good backup: ")
    for backup in storage.backup_files(made):
        backup.write_bytes(b"{ damaged")
    damaged = run("doctor")
    assert damaged.exit_code == 3
    assert damaged.stderr == (
        f"No petitspas store at {made}: run `petitspas init` first (or pass --store).\n"
    )


def test_a_change_made_since_the_start_is_not_lost(made: Path) -> None:
    """The store read at a command's start is reused under the lock only while the file
    still holds its bytes: another command's write in between is read afresh."""
    from datetime import date as day

    from petitspas.core.model import DayMark as Mark

    known = storage.load(made)
    with storage.editing(made) as store:
        store.steps[0].marks[day(2026, 11, 19)] = Mark("done", None, "2026-11-19T21:00:00+00:00")
    with storage.editing(made, known) as store:
        store.steps[0].marks[day(2026, 11, 25)] = Mark("done", None, "2026-11-25T21:00:00+00:00")
    saved = storage.load(made).store
    assert {day(2026, 11, 19), day(2026, 11, 25)} <= set(saved.steps[0].marks)
    assert saved.revision == known.store.revision + 2


def test_a_store_with_an_id_of_digits_still_loads(tmp_path: Path) -> None:
    """`add` no longer makes such ids, but a store written before (or by hand) keeps loading:
    its step is then reached by its number in `path`, never by that id."""
    data = json.loads(storage.serialize(Store(steps=[Step("a", "A"), Step("2", "Two")])))
    store = storage.parse(json.dumps(data).encode(), tmp_path / "s.json")
    assert [step.id for step in store.steps] == ["a", "2"]


def test_a_schema_2_store_gains_empty_revisions(tmp_path: Path) -> None:
    data = json.loads(storage.serialize(Store(vision="v", steps=[Step("s", "S")])))
    data["schema"] = 2
    for key in ("store_id", "pauses", "not_applied", "journal"):
        del data[key]
    del data["steps"][0]["revisions"]
    store = storage.parse(json.dumps(data).encode(), tmp_path / "s.json")
    assert (store.schema, store.steps[0].revisions) == (4, [])


@pytest.mark.parametrize(
    ("revision", "why"),
    [
        ({"field": "status"}, "field should be title | cue | celebration | schedule."),
        ({"on": "2026-13-01"}, "on should be "),
        ({"new": "someday"}, "new should be workdays | daily | mon,wed,…."),
        ({"written_at": "later"}, "written_at should be "),
    ],
)  # fmt: skip
def test_a_bad_revision_is_named(tmp_path: Path, revision: dict[str, Any], why: str) -> None:
    good = {"on": "2026-11-02", "field": "schedule", "old": "workdays", "new": "fri",
            "written_at": "2026-11-02T21:00:00+00:00"}  # fmt: skip
    data = json.loads(storage.serialize(Store(steps=[Step("s", "S")])))
    data["steps"][0]["revisions"] = [good | revision]
    with pytest.raises(StoreError) as error:
        storage.parse(json.dumps(data).encode(), tmp_path / "s.json")
    assert f"is damaged: steps[0].revisions[0].{why}" in str(error.value)


def test_revisions_out_of_order_are_refused(tmp_path: Path) -> None:
    later = {"on": "2026-11-09", "field": "title", "old": "a", "new": "b",
             "written_at": "2026-11-09T21:00:00+00:00"}  # fmt: skip
    earlier = later | {"on": "2026-11-02", "written_at": "2026-11-02T21:00:00+00:00"}
    data = json.loads(storage.serialize(Store(steps=[Step("s", "S")])))
    data["steps"][0]["revisions"] = [later, earlier]
    with pytest.raises(StoreError) as error:
        storage.parse(json.dumps(data).encode(), tmp_path / "s.json")
    assert "steps[0].revisions should be revisions in the order they were made" in str(error.value)
