"""Where the store lives, how it is read and validated, and how it is written safely."""

from __future__ import annotations

import contextlib
import errno
import glob
import math
import os
import re
import stat
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

from petitspas.core.model import Record, Store
from petitspas.errors import PetitspasError, RuleError, StoreError, UsageError
from petitspas.i18n import os_reason, t
from petitspas.storage.paths import STORE_ENV as STORE_ENV
from petitspas.storage.paths import make_private_dirs

# Re-exported: the rest of petitspas reads and writes stores through this module.
from petitspas.storage.schema import CorruptStore as CorruptStore
from petitspas.storage.schema import NewerSchema, bump_revision
from petitspas.storage.schema import parse as parse
from petitspas.storage.schema import serialize as serialize

LOCK_TIMEOUT_ENV = "PETITSPAS_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 10.0
BACKUPS_KEPT = 10
# After the store's file name: `.r<revision>-<crc32>.bak`, with `-<n>` when two contents
# share a name; `.r<revision>.bak` is what petitspas wrote before.
_BACKUP_NAME = re.compile(r"\.r([0-9]+)(?:-[0-9a-f]{8}(?:-[0-9]+)?)?\.bak")


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def backup_files(path: Path) -> list[Path]:
    """The store's backups, oldest first by the time the version they hold was written.

    Named `backups/<file name>.r<revision>-<crc32 of the content>.bak` (older petitspas
    wrote `.r<revision>.bak`, still read): after a restore, or a sync tool putting an
    older copy back, revisions repeat, so the content keeps names unique. Matched by the
    store's full file name, so two stores in one folder never share backups.
    """
    folder = backups_dir(path)
    if not usable_backups(path):
        return []
    found = []
    try:
        for entry in os.scandir(folder):
            revision = backup_revision(path, entry.name)
            if revision is not None:
                # A backup is a hard link to the store as it was: its mtime is when that
                # version was written. Ties (a coarse clock) go by revision, then name.
                found.append((entry.stat().st_mtime_ns, revision, entry.name, Path(entry.path)))
    except OSError as error:
        raise _cannot_use(folder, error) from None
    return [entry for *_, entry in sorted(found)]


def usable_backups(path: Path) -> bool:
    """Whether the store's backups folder is there (False: not yet, petitspas makes it). A
    StoreError, one line naming it and the fix, when petitspas cannot use it: a file in its
    place, or a folder it may not read or write in (one `sudo petitspas ...` makes it root's)."""
    folder = backups_dir(path)
    try:
        if not folder.is_dir():
            if folder.exists():
                raise StoreError(t("store.backups_file", path=folder))
            return False
        with os.scandir(folder) as entries:
            next(entries, None)
        if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
    except OSError as error:
        raise _cannot_use(folder, error) from None
    return True


def _cannot_use(folder: Path, error: OSError) -> StoreError:
    return StoreError(t("store.backups_denied", path=folder, reason=_reason(error)))


def backup_revision(path: Path, name: str) -> int | None:
    """The revision a backup's file name gives, or None if it is not one of this store's."""
    match = _BACKUP_NAME.fullmatch(name, len(path.name)) if name.startswith(path.name) else None
    return int(match[1]) if match else None


# --- reading -------------------------------------------------------------------------------


class Loaded(Record):
    """A store as read from disk, with the exact bytes it came from."""

    __slots__ = ("store", "raw")

    def __init__(self, store: Store, raw: bytes) -> None:
        self.store = store
        self.raw = raw


def exists(path: Path) -> bool:
    """Whether a store file is there; a folder in its place is a StoreError."""
    if path.is_dir():
        raise StoreError(t("store.is_dir", path=path))
    return path.exists()


def _lock_timeout() -> float:
    text = os.environ.get(LOCK_TIMEOUT_ENV)
    if not text:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds <= 3600:  # also refuses nan
        raise UsageError(t("lock_timeout.invalid", value=text))
    return seconds


def load(path: Path) -> Loaded:
    """Read, validate and (if older) migrate the store; StoreError names what is wrong."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RuleError(t("store.missing", path=path)) from None
    except IsADirectoryError:
        raise StoreError(t("store.is_dir", path=path)) from None
    except OSError as error:
        raise StoreError(t("store.unreadable", path=path, reason=_reason(error))) from None
    try:
        return Loaded(parse(raw, path), raw)
    except CorruptStore as error:
        good = newest_good_backup(path)
        if good is None:
            raise
        raise StoreError(t("store.corrupt", path=path, why=error.why, backup=good)) from None


def newest_good_backup(path: Path) -> Path | None:
    """The most recent backup that loads and validates, or None."""
    try:
        candidates = backup_files(path)
    except StoreError:  # the store's own problem is the one to say; `doctor` says this one
        return None
    for candidate in reversed(candidates):
        try:
            parse(candidate.read_bytes(), candidate)
        except (PetitspasError, OSError):
            continue
        return candidate
    return None


# --- writing -------------------------------------------------------------------------------


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the store's lock file for a read-modify-write.

    The lock is taken with the standard library (fcntl.flock, msvcrt.locking on Windows)
    on `<store>.lock` rather than with `filelock`: importing filelock costs about 50 ms, half
    the start-up budget of the nightly log. The lock is released by the OS if the process dies.
    """
    if timeout is None:
        timeout = _lock_timeout()
    if path.is_dir():
        raise StoreError(t("store.is_dir", path=path))
    lock_path = path.with_name(path.name + ".lock")
    try:
        make_private_dirs(lock_path.parent)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except IsADirectoryError:
        raise StoreError(t("store.is_dir", path=lock_path)) from None
    except OSError as error:
        raise StoreError(t("store.unwritable", path=path, reason=_reason(error))) from None
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise StoreError(t("store.busy", path=path, seconds=f"{timeout:g}"))
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def write_atomic(
    path: Path, data: bytes, what: Path | None = None, mode: int = 0o600, *, exact: bool = False
) -> None:
    """Write `data` to `path` all or nothing: temp file in the same folder, fsync, os.replace.

    On any failure the temp file is removed and `path` is left exactly as it was. The error
    names `what` (the store a backup is made for) or else `path`. The file is made with
    `mode` less the umask: the owner's alone unless told otherwise; with `exact`, `mode`
    itself (the mode the file it replaces had, which the user may have set).
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        make_private_dirs(path.parent)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if exact:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, IsADirectoryError) or path.is_dir():
            raise StoreError(t("store.is_dir", path=path)) from None
        raise StoreError(t("store.unwritable", path=what or path, reason=_reason(error))) from None
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _backup(path: Path, revision: int, raw: bytes, *, link: bool = True) -> Path | None:
    """Keep `raw`, the store's bytes at `revision`, as `backups/<name>.r<revision>-<crc32>.bak`;
    None if a backup holds these bytes already. A backup is never replaced by different
    content: a name taken by other bytes gets a number (`-2`). With `link`, `raw` is the
    file about to be replaced, kept by a hard link; else a copy is written (the version
    just written: a link would share its fate if the file were damaged in place)."""
    folder = backups_dir(path)
    make_private_dirs(folder)
    stem = f"{path.name}.r{revision:06d}-{zlib.crc32(raw):08x}"
    target, copy = folder / f"{stem}.bak", 1
    while target.exists():
        if target.read_bytes() == raw:
            return None
        copy += 1
        target = folder / f"{stem}-{copy}.bak"
    try:
        if not link:
            raise OSError  # a copy, not a link
        # A hard link costs nothing and keeps the old bytes once the store is replaced.
        os.link(path, target)
    except OSError:
        write_atomic(target, raw, what=path)
    return target


def _prune(path: Path) -> None:
    """Keep the BACKUPS_KEPT backups written last."""
    for old in backup_files(path)[:-BACKUPS_KEPT]:
        with contextlib.suppress(OSError):
            old.unlink()


def save(store: Store, path: Path, previous: Loaded | None) -> bool:
    """Write the store if it changed, bumping its revision; the old file becomes a backup.

    Call under `locked(path)`. Returns whether anything was written. If the write fails,
    the store and its backups are left as they were.
    """
    _remove_stale_temps(path)
    backup = None
    data = serialize(store)
    if previous is not None and data == previous.raw:
        return False
    mode = _mode_kept(path)
    usable_backups(path)
    if previous is not None:
        old_revision = store.revision
        store.revision = old_revision + 1
        data = bump_revision(data, old_revision)
        try:
            backup = _backup(path, old_revision, previous.raw)
        except OSError as error:
            store.revision = old_revision
            raise StoreError(t("store.unwritable", path=path, reason=_reason(error))) from None
        except StoreError:
            store.revision = old_revision
            raise
    try:
        write_atomic(path, data, mode=mode, exact=True)
    except StoreError:
        if backup is not None:
            with contextlib.suppress(OSError):
                backup.unlink()
        if previous is not None:
            store.revision -= 1
        raise
    # The version just written is kept too, so a file damaged on disk after this write comes
    # back as it was written. Not having it is no failure of this write (which has landed):
    # the next write backs up the file it replaces, as above.
    with contextlib.suppress(OSError, StoreError):
        _backup(path, store.revision, data, link=False)
    with contextlib.suppress(StoreError):  # the folder checked above, gone since
        _prune(path)
    return True


def _mode_kept(path: Path) -> int:
    """The mode the store file has, for the file that replaces it (0600 for a new one); a
    StoreError when the user made it read-only: petitspas never makes it writable again."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return 0o600
    except OSError as error:
        raise StoreError(t("store.unwritable", path=path, reason=_reason(error))) from None
    if not mode & stat.S_IWUSR:
        raise StoreError(t("store.read_only", path=path, mode=f"{mode:04o}"))
    return mode


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer left: under the lock, no other write is running."""
    with contextlib.suppress(OSError):
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()


def _reason(error: OSError) -> str:
    return os_reason(error)


@contextlib.contextmanager
def editing(path: Path, known: Loaded | None = None) -> Iterator[Store]:
    """Lock, load, hand the store to the caller, and save it if the block ends without error.

    A missing store is reported before the lock is taken, so a mistyped --store leaves no
    folder or lock file behind. `known` is the store as read before the lock: when the file
    still holds exactly its bytes, it is not parsed again (15 ms of a ten-year store's
    nightly log).
    """
    try:
        present = path.is_file()
    except OSError:  # a folder on the way that may not be searched: load says so
        present = False
    if not present:
        load(path)  # raises the right error: missing, a folder, unreadable
    with locked(path):
        loaded = known if known is not None and _unchanged(path, known.raw) else load(path)
        store = loaded.store
        yield store
        save(store, path, loaded)


def _unchanged(path: Path, raw: bytes) -> bool:
    try:
        return path.read_bytes() == raw
    except OSError:
        return False  # load says what is wrong


def create(store: Store, path: Path) -> None:
    """Write a brand-new store; refuses to replace an existing file."""
    with locked(path):
        if path.exists():
            raise RuleError(t("store.exists", path=path))
        save(store, path, None)


def read_copy(path: Path) -> Store:
    """Another copy of a store, for `merge`: a StoreError saying in one line why it cannot
    be read, whatever is wrong with it."""
    try:
        return parse(path.read_bytes(), path)
    except CorruptStore as error:
        why = error.why
    except PetitspasError as error:
        why = error.message
    except OSError as error:
        why = os_reason(error)
    raise StoreError(t("merge.other_bad", path=path, why=why))


def write_export(output: Path, text: str, store_path: Path) -> None:
    """Write an export file atomically; never over a folder, the store or its backups, and
    never into a missing folder. Unlike the store, it follows the user's umask: it is made to
    be shared (a 0600 report in a shared folder is one colleagues cannot open)."""
    if output.is_dir():
        raise UsageError(t("export.is_dir", path=output))
    target, store = output.resolve(), store_path.resolve()
    if target == store or target.parent == backups_dir(store):
        raise UsageError(t("export.onto_store", path=output))
    if not output.parent.is_dir():
        raise UsageError(t("export.no_folder", path=output.parent))
    try:
        write_atomic(output, text.encode("utf-8"), mode=0o666)
    except PetitspasError:
        raise StoreError(t("export.unwritable", path=output)) from None


# --- doctor --------------------------------------------------------------------------------


class Backup(Record):
    """One backup as `doctor` lists it: what it holds, or why it cannot be read."""

    __slots__ = ("path", "problem", "revision", "written", "size", "marks")

    def __init__(
        self,
        path: Path,
        problem: str | None,
        revision: int | None,
        written: float,
        size: int,
        marks: int | None,
    ) -> None:
        self.path = path
        self.problem = problem
        self.revision = revision
        self.written = written  # when the version it holds was written (seconds, epoch)
        self.size = size
        self.marks = marks


class Health(Record):
    """What `doctor` found: the store's state, and each backup's, newest first."""

    __slots__ = ("problem", "store", "backups", "newer")

    def __init__(
        self,
        problem: str | None,
        store: Store | None,
        backups: list[Backup],
        newer: bool = False,
    ) -> None:
        self.problem = problem
        self.store = store
        self.backups = backups
        self.newer = newer  # written by a newer petitspas: not damaged, not to be replaced

    @property
    def newest_good(self) -> Path | None:
        return next((backup.path for backup in self.backups if backup.problem is None), None)


def _problem(path: Path) -> tuple[Store | None, str | None]:
    try:
        return parse(path.read_bytes(), path), None
    except CorruptStore as error:
        return None, error.why
    except PetitspasError as error:
        return None, error.message.splitlines()[0]
    except OSError as error:
        return None, t("store.unreadable", path=path, reason=_reason(error))


def _described(store_path: Path, backup: Path) -> Backup:
    held, problem = _problem(backup)
    try:
        info = backup.stat()
        written, size = info.st_mtime, info.st_size
    except OSError:
        written, size = 0.0, 0
    revision = held.revision if held else backup_revision(store_path, backup.name)
    marks = sum(len(step.marks) for step in held.steps) if held else None
    return Backup(backup, problem, revision, written, size, marks)


def examine(path: Path) -> Health:
    """Check the store and every backup without changing anything."""
    if path.is_dir():
        raise StoreError(t("store.is_dir", path=path))
    backups = [_described(path, backup) for backup in reversed(backup_files(path))]
    if not path.exists():
        return Health(t("store.missing", path=path), None, backups)
    try:
        return Health(None, parse(path.read_bytes(), path), backups)
    except NewerSchema as error:
        return Health(error.message, None, backups, newer=True)
    except (PetitspasError, OSError):
        store, problem = _problem(path)
        return Health(problem, store, backups)


def resolve_backup(path: Path, name: Path) -> Path:
    """A backup named by its path, or by its file name inside the store's backups folder."""
    usable_backups(path)
    for candidate in (name, backups_dir(path) / name.name):
        if candidate.is_file():
            return candidate
    raise UsageError(t("doctor.no_such_backup", backup=name, folder=backups_dir(path)))


def restore(path: Path, backup: Path, stamp: str) -> Path | None:
    """Put `backup` back as the store; the current file is first saved aside (never pruned).

    The restored store gets a revision above every one seen, so revisions only grow.
    Returns where the current file was saved, or None if there was none.
    """
    with locked(path):
        restored, problem = _problem(backup)
        if restored is None:
            raise StoreError(t("doctor.bad_backup", backup=backup, why=problem))
        seen = [restored.revision]
        current, _ = _problem(path) if path.exists() else (None, None)
        if current is not None:
            seen.append(current.revision)
        for other in backup_files(path):
            seen.append((backup_revision(path, other.name) or 0) + 1)
        aside = None
        mode = _mode_kept(path)
        if path.exists():
            aside = backups_dir(path) / f"{path.name}.before-restore-{stamp}.bak"
            copy = 1
            while aside.exists():  # two restores in one second keep both files
                copy += 1
                aside = backups_dir(path) / f"{path.name}.before-restore-{stamp}-{copy}.bak"
            make_private_dirs(aside.parent)
            try:
                current_bytes = path.read_bytes()
            except OSError as error:  # it could not be set aside: not replaced either
                raise StoreError(t("store.unreadable", path=path, reason=_reason(error))) from None
            write_atomic(aside, current_bytes, what=path)
        restored.revision = max(seen) + 1
        write_atomic(path, serialize(restored), mode=mode, exact=True)
        return aside
