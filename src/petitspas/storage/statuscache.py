"""The last `status` answer, kept so that a shell prompt does not re-validate ten years of
history on every command a manager types.

The store only changes when the manager logs something, about once a day, while a prompt
asks for the status hundreds of times. The prompt's shortcut in __main__.py reads the store's bytes
(cheap, even for ten years), and if they, the question asked and the log day are those of
the answer kept here, it prints that answer without parsing or validating anything: no
json, no re (together about 10 ms of imports), no validation (about 5 ms on ten years).

What a kept answer depends on, all in its key:
- the store's exact content: its size and CRC-32 (any edit, by petitspas or by hand, and
  any damage change them; a different file with the same size and CRC-32 is a one in four
  billion chance, and would show the old line until the next log);
- the store's path, `--json`, `--lang` and the variables the language comes from (each
  such question has a file of its own, the 16 most recent are kept);
- the petitspas version and the newest modification time of its modules (an upgrade,
  or an edit in a working copy, may word things differently);
- the log day, as the wall-clock window it runs over (see `window`).
Only answers that loaded cleanly are kept; a damaged store always goes the full way and
gets its error. The file is a cache: losing it, or failing to write it, costs one slow
status and nothing else. It lives in the user cache folder, readable by its owner alone.
"""

from __future__ import annotations

import os
import zlib

from petitspas import __version__
from petitspas.storage import paths

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the prompt's status ~5 ms
if TYPE_CHECKING:
    from datetime import date, datetime, time

MAGIC = "petitspas-status-1"
LANG_VARIABLES = ("PETITSPAS_LANG", "LC_ALL", "LC_MESSAGES", "LANG")
# Fields are separated by NUL, which no path, environment variable or store text can hold.
SEPARATOR = "\0"
KEEP = 16  # answers kept, one per store and question


def key(path: str, raw: bytes, lang: str | None, as_json: bool) -> list[str]:
    """Everything the status answer for this store and this question depends on, but time;
    the question first, the store's content last."""
    return [
        MAGIC,
        __version__,
        _code_stamp(),
        path,
        "json" if as_json else "line",
        lang or "",
        *[os.environ.get(name, "") for name in LANG_VARIABLES],
        str(len(raw)),
        str(zlib.crc32(raw)),
    ]


def _code_stamp() -> str:
    """The newest modification time of petitspas' own modules: an upgrade, or an edit in a
    working copy, may word the status differently without a new version number."""
    here = os.path.dirname(os.path.abspath(__file__))
    with os.scandir(here) as entries:
        return str(max(entry.stat().st_mtime_ns for entry in entries if entry.name.endswith(".py")))


def window(today: date, day_starts_at: time) -> tuple[str, str]:
    """The wall-clock times, as `stamp` writes them, during which the log day is `today`.

    `calendar.log_day(now, start)` is `today` exactly when
    `combine(today, start) <= now < combine(today + 1 day, start)` in local wall time;
    a test checks the two agree.
    """
    from datetime import datetime, timedelta

    first = datetime.combine(today, day_starts_at)
    return stamp(first), stamp(first + timedelta(days=1))


def stamp(moment: datetime) -> str:
    """A wall-clock time as fixed-width text, so that text order is time order."""
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds")


def lookup(wanted: list[str], now: datetime) -> str | None:
    """The kept answer if its key is `wanted` and `now` falls in its log day; else None."""
    try:
        with open(location(wanted), encoding="utf-8") as handle:
            fields = handle.read().split(SEPARATOR)
    except (OSError, ValueError):
        return None
    if len(fields) != len(wanted) + 3 or fields[: len(wanted)] != wanted:
        return None
    start, end, answer = fields[len(wanted) :]
    return answer if start <= stamp(now) < end else None


def remember(wanted: list[str], span: tuple[str, str], answer: str) -> None:
    """Keep `answer`; quietly does nothing if the cache folder cannot be written."""
    target = location(wanted)
    # Unique even between two machines sharing a home folder over the network.
    temp = f"{target}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    try:
        paths.make_private_dirs(os.path.dirname(target))
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(SEPARATOR.join([*wanted, *span, answer]))
        # No fsync: after a crash the worst case is an unreadable cache, which is a miss.
        os.replace(temp, target)
        _prune(os.path.dirname(target))
    except (OSError, ValueError):
        try:  # noqa: SIM105 - contextlib.suppress would cost the prompt an import
            os.unlink(temp)
        except OSError:
            pass


def location(wanted: list[str]) -> str:
    """The file for this question (store, --json, language): a prompt asking `status` and a
    status bar asking `status --json` each keep their own answer."""
    question = SEPARATOR.join(wanted[:-2]).encode("utf-8", "surrogateescape")
    return os.path.join(paths.user_cache_dir(), f"status-{zlib.crc32(question):08x}")


def _prune(where: str) -> None:
    # One file per store and question; stores come and go (a test, a copy), so only the
    # most recently written answers stay.
    kept = [entry for entry in os.scandir(where) if entry.name.startswith("status-")]
    if len(kept) > KEEP:
        kept.sort(key=lambda entry: entry.stat().st_mtime_ns)
        for entry in kept[: len(kept) - KEEP]:
            os.unlink(entry.path)
