"""The process's edges: the clock (read once), output, the error line, Ctrl-C and closed pipes.

The bottom of the command layer: it imports nothing of petitspas but the error family and
the messages, so every module above may print, read the clock or fail through it.
"""

from __future__ import annotations

import codecs
import os
import sys

from petitspas.errors import INTERRUPTED, REFUSED, PetitspasError, UsageError

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the prompt ~5 ms
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

NOW_ENV = "PETITSPAS_NOW"
"""An ISO date-time that stands in for the clock: for tests, demos and benchmarks."""
ANSI_ESCAPE = r"\033\[[;?0-9]*[a-zA-Z]"  # click's own pattern, for `say_error`


def clock() -> datetime:
    """Now, as an aware local date-time; $PETITSPAS_NOW overrides it. Read once per command."""
    from datetime import datetime

    fixed = os.environ.get(NOW_ENV)
    try:
        moment = datetime.fromisoformat(fixed) if fixed else datetime.now()
    except ValueError:
        raise _clock_error("now.invalid", fixed) from None
    # The log day may be the day before, and a step unlocked starts the day after: both
    # must stay within the years 1900 to 9998 that every date petitspas writes lies in.
    # (Checked before the time zone is read: year 1 or 9999 has no room for one.)
    if not "1900-01-02" <= moment.date().isoformat() <= "9998-12-30":
        raise _clock_error("now.out_of_range", moment.isoformat(timespec="minutes")[:16])
    return moment if moment.tzinfo else moment.astimezone()


def _clock_error(key: str, value: str | None) -> PetitspasError:
    from petitspas.i18n import t  # here: the prompt's kept status loads no messages

    return UsageError(t(key, value=value))


def write(text: str, *, err: bool = False) -> None:
    """Print `text` as it is to stdout (or stderr), or nothing at all if it is closed (`>&-`)."""
    out = sys.stderr if err else sys.stdout
    if out is not None:
        out.write(text)
        out.flush()


def say_error(message: str) -> None:
    """`petitspas: <message>` on stderr: how every error is said. Escape codes a user typed
    (say in --date) are dropped off a terminal, as click.echo drops them."""
    err = sys.stderr
    if err is None:
        return
    line = f"petitspas: {message}\n"
    if not err.isatty():
        import re

        line = re.sub(ANSI_ESCAPE, "", line)
    err.write(line)
    err.flush()


def guarded(body: Callable[[], int | None]) -> int:
    """Run a command and return its exit code: the one place where a PetitspasError becomes
    `petitspas: <message>` and its code, Ctrl-C exit 130 on a fresh line, and a reader that
    went away (`petitspas export | head -1`) a quiet exit 1."""
    try:
        return body() or 0
    except PetitspasError as error:
        if error.exit_code == INTERRUPTED and sys.stderr is not None:
            sys.stderr.write("\n")  # the cursor stands after the question: a line of its own
        say_error(error.message)
        return error.exit_code
    except KeyboardInterrupt:
        # The cursor may stand after a question ("Done? [y/n/s]: "): the shell's next
        # prompt starts on a line of its own.
        if sys.stderr is not None:
            sys.stderr.write("\n")
            sys.stderr.flush()
        return INTERRUPTED
    except BrokenPipeError:
        # stdout now points at /dev/null so that the flush at exit has nothing to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return REFUSED


def run(body: Callable[[], int | None]) -> None:
    """The whole process around `body`: streams that cannot fail on a character, then
    `guarded`, then exit with its code."""
    # A terminal or pipe that cannot show ✓ or « » gets a replacement character, not a
    # traceback; one that claims ASCII only (a C locale) gets UTF-8.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            ascii_only = codecs.lookup(stream.encoding).name == "ascii"
            reconfigure(encoding="utf-8" if ascii_only else None, errors="replace")
    sys.exit(guarded(body))
