"""The console entry point: plain calls answered without Typer, everything else by cli.py.

Typer's start-up (~150 ms with the pydantic it loads) is most of what a command costs.
`status` sits in shell prompts and runs before every command a manager types; `log` is
the command of every evening; `review` and `export` only read. So the fast path answers
exactly `[--store PATH] [--lang L]` followed by `status`, `status --json`, `review`,
`export`, or `log` with one of --done/--missed/--skip and at most one --note and one
--date. Anything else (another option, help, a typo, an empty value) goes to the Typer
app. A read-only call that fails (a missing or damaged store, a bad clock or language)
goes there too, which prints exactly what it always prints; a log, which writes and must
not run twice, says its own errors as cli.py does. Both paths share the session and the
loading (session.py, schema.py), the texts (status.py, review.py with render.py,
export.py, nightly.py) and the clock (`clock`, the one place it is read); tests run both
side by side.
"""

from __future__ import annotations

import codecs
import gc
import os
import sys

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the fast path ~5 ms
if TYPE_CHECKING:
    from datetime import date, datetime, time

    from petitspas.model import Store

NOW_ENV = "PETITSPAS_NOW"
"""An ISO date-time that stands in for the clock: for tests, demos and benchmarks."""
LANG_ENV = "PETITSPAS_LANG"  # i18n.LANG_ENV, spelt out: a kept status does not import i18n


def clock() -> datetime:
    """Now, as an aware local date-time; $PETITSPAS_NOW overrides it."""
    from datetime import datetime

    fixed = os.environ.get(NOW_ENV)
    if fixed:
        try:
            moment = datetime.fromisoformat(fixed)
            moment = moment if moment.tzinfo else moment.astimezone()
            if not 1900 <= moment.year <= 9998:
                raise ValueError(fixed)
        except (ValueError, OverflowError):
            from petitspas.errors import UsageError
            from petitspas.i18n import t

            raise UsageError(t("now.invalid", value=fixed)) from None
        return moment
    return datetime.now().astimezone()


PLAIN = (("status",), ("status", "--json"), ("review",), ("export",))
"""The read-only calls answered without Typer: given no option of their own."""
REVIEW_WEEKS = 12
"""The weeks `review`'s heatmap shows unless told `--weeks`; both paths take it from here."""


def _plain_call(argv: list[str]) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    """(store, lang, command) if argv, after --store and --lang, is one of the PLAIN calls
    or a plain log (`_log_options`); None sends it to Typer."""
    options: dict[str, str] = {}
    index = 0
    while index < len(argv) and argv[index].startswith("--"):
        name, has_value, value = argv[index].partition("=")
        if name not in ("--store", "--lang"):
            return None
        if not has_value:
            index += 1
            if index >= len(argv):
                return None
            value = argv[index]
        if not value:  # `--store=` means the current folder to Typer: let it say so
            return None
        options[name] = value
        index += 1
    command = tuple(argv[index:])
    if command not in PLAIN and not (command[:1] == ("log",) and _log_options(command[1:])):
        return None
    return options.get("--store"), options.get("--lang"), command


MARK_FLAGS = ("--done", "--missed", "--skip")
ANSI_ESCAPE = r"\033\[[;?0-9]*[a-zA-Z]"  # click's own pattern, for `say_error`


def _log_options(tokens: tuple[str, ...]) -> tuple[str, str | None, str | None] | None:
    """(mark, note, date) when `log` is given exactly one of --done, --missed and --skip,
    and at most one --note and one --date with a value (taken as click takes it, whatever
    it starts with: `--date -1` is a date); None for anything else."""
    marks: list[str] = []
    values: dict[str, str] = {}
    index = 0
    while index < len(tokens):
        name, has_value, value = tokens[index].partition("=")
        if name in MARK_FLAGS and not has_value:
            marks.append(name[2:])
        elif name in ("--note", "--date") and name not in values:
            if not has_value:
                index += 1
                if index >= len(tokens):
                    return None
                value = tokens[index]
            if not value:
                return None
            values[name] = value
        else:
            return None
        index += 1
    if len(marks) != 1:
        return None
    return marks[0], values.get("--note"), values.get("--date")


def _log(store_option: str | None, lang: str | None, tokens: tuple[str, ...]) -> str:
    """A plain `log`, as `petitspas log` does it (nightly.log), or a PetitspasError."""
    from petitspas.nightly import log
    from petitspas.session import Session

    options = _log_options(tokens)
    assert options is not None
    mark, note, day_text = options
    session = Session.start(store_option, lang)
    return "\n".join(log(session, mark, note, day_text)) + "\n"  # type: ignore[arg-type]


def _answer(store_option: str | None, lang: str | None, command: tuple[str, ...]) -> str:
    """What a PLAIN call prints, or an exception if anything is off (then Typer answers)."""
    from petitspas.paths import store_path

    path = store_path(store_option)
    with open(path, "rb") as handle:
        raw = handle.read()
    now = clock()  # first: an invalid PETITSPAS_NOW must be refused, kept answer or not
    if command[0] == "status":
        return _status(path, raw, lang, now, as_json=command == ("status", "--json")) + "\n"
    store, today, _ = _loaded(path, raw, lang, now)
    if command == ("review",):
        from petitspas.render import review_text
        from petitspas.review import review_data

        return review_text(review_data(store, today, today, REVIEW_WEEKS))
    from petitspas.export import markdown

    return markdown(store, today)


def _status(path: str, raw: bytes, lang: str | None, now: datetime, as_json: bool) -> str:
    """The status line or JSON, kept in statuscache for as long as the store's bytes and the
    log day stay the same: a prompt pays for parsing and validating the store once a day."""
    from petitspas import statuscache

    key = statuscache.key(path, raw, lang, as_json)
    kept = statuscache.lookup(key, now)
    if kept is not None:
        return kept
    from petitspas.status import status_text

    store, today, day_start = _loaded(path, raw, lang, now)
    text = status_text(store, today, as_json)
    statuscache.remember(key, statuscache.window(today, day_start), text)
    return text


def _loaded(path: str, raw: bytes, lang: str | None, now: datetime) -> tuple[Store, date, time]:
    """The store, validated, with the language chosen as the Typer side chooses it (--lang,
    $PETITSPAS_LANG, the store's setting, the locale), its log day and the hour it starts."""
    from petitspas import i18n
    from petitspas.calendar import log_day, parse_day_start
    from petitspas.schema import parse

    i18n.choose(lang)
    store = parse(raw, path)
    i18n.adopt(store.settings.lang, bool(lang))
    day_start = parse_day_start(store.settings.day_starts_at)
    return store, log_day(now, day_start), day_start


def _logged(store_option: str | None, lang: str | None, command: tuple[str, ...]) -> str:
    # A log writes: it is never run twice, so its errors are said here, in the words and
    # with the exit code cli._reports_errors gives them.
    from petitspas.errors import PetitspasError

    try:
        return _log(store_option, lang, command[1:])
    except PetitspasError as error:
        say_error(error.message)
        sys.exit(error.exit_code)


def _print(text: str) -> None:
    try:
        write(text)
    except BrokenPipeError:
        # The reader went away (`petitspas export | head -1`): exit 1 without a traceback,
        # as click does on the Typer side; stdout now points at /dev/null so that the
        # flush at exit has nothing to complain about.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


def say_error(message: str) -> None:
    """`petitspas: <message>` on stderr: how every error is said, on both paths. Escape
    codes a user typed (say in --date) are dropped off a terminal, as click.echo drops them."""
    err = sys.stderr
    if err is None:
        return
    line = f"petitspas: {message}\n"
    if not err.isatty():
        import re

        line = re.sub(ANSI_ESCAPE, "", line)
    err.write(line)
    err.flush()


def write(text: str) -> None:
    """Print `text` to stdout as it is, or nothing at all if stdout is closed (`>&-`), as
    click.echo does: the plain calls, on both paths, print through here."""
    out = sys.stdout
    if out is not None:
        out.write(text)
        out.flush()


def main() -> None:
    """`petitspas` and `python -m petitspas`."""
    # A command lives a fraction of a second and frees what it makes by reference counting;
    # the cycle collector would only walk the objects Typer, pydantic and a ten-year store
    # create, over and over (10-20 ms of every run, measured with bench/bench.py). Memory is
    # given back when the process ends moments later.
    gc.disable()
    try:
        _run(sys.argv[1:])
    except KeyboardInterrupt:
        # Ctrl-C (at a prompt while `status` runs, or while a log awaits the lock) ends the
        # command as Typer ends one: exit 130, no traceback.
        sys.exit(130)
    finally:
        gc.enable()


def _run(argv: list[str]) -> None:
    # A terminal or pipe that cannot show ✓ or « » gets a replacement character, not a
    # traceback; one that claims ASCII only (a C locale) gets UTF-8, as click.echo writes
    # it on the Typer side.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            ascii_only = codecs.lookup(stream.encoding).name == "ascii"
            reconfigure(encoding="utf-8" if ascii_only else None, errors="replace")
    plain = _plain_call(argv)
    if plain is not None:
        store_option, option_lang, command = plain
        lang = option_lang or os.environ.get(LANG_ENV) or None  # as Typer reads --lang
        if command[0] == "log":
            _print(_logged(store_option, lang, command))
            return
        try:
            text = _answer(store_option, lang, command)
        except Exception:
            pass
        else:
            _print(text)
            return
    from petitspas.cli import main as full

    full()
