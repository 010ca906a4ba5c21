"""The console entry point: `status` answered without Typer, everything else through cli.py.

`status` sits in shell prompts and runs before every command a manager types, so it must
not pay Typer's start-up (~200 ms with the pydantic it loads). The fast path handles only
`[--store PATH] [--lang L] status [--json]` on a store that loads cleanly; anything else
(help, a typo, a missing or damaged store, a bad date or language) goes to the Typer app,
which prints exactly what it always prints. Both paths share store loading (schema.py),
the status text (status.py) and the clock (`clock`, the one place it is read).
"""

from __future__ import annotations

import gc
import os
import sys

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the fast path ~5 ms
if TYPE_CHECKING:
    from datetime import datetime

NOW_ENV = "PETITSPAS_NOW"
"""An ISO date-time that stands in for the clock: for tests, demos and benchmarks."""
STORE_ENV = "PETITSPAS_STORE"
STATUS_LANG_ENV = "PETITSPAS_LANG"  # i18n.LANG_ENV, which a cached answer does not import


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


def store_path(option: str | None) -> str:
    """The store file: `--store`, else $PETITSPAS_STORE, else the user data folder."""
    # A link (say into a synced folder) is followed once here, so that the atomic replace,
    # the lock and the backups all act on the real file, whoever names it which way.
    if option:
        return os.path.realpath(os.path.expanduser(option))
    env = os.environ.get(STORE_ENV)
    if env:
        return os.path.realpath(os.path.expanduser(env))
    return os.path.realpath(os.path.join(_user_data_dir(), "petitspas.json"))


def _user_data_dir() -> str:
    # platformdirs' rule on Linux and the BSDs, spelt out because importing platformdirs
    # costs more than the whole fast path; elsewhere ask platformdirs itself. A test checks
    # both give the same folder.
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
        return os.path.join(base, "petitspas")
    from platformdirs import user_data_dir

    return user_data_dir("petitspas", appauthor=False)


def _plain_status(argv: list[str]) -> tuple[str | None, str | None, bool] | None:
    """(store, lang, json) if argv is a plain status call the fast path can answer."""
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
        options[name] = value
        index += 1
    rest = argv[index:]
    if rest not in (["status"], ["status", "--json"]):
        return None
    return options.get("--store"), options.get("--lang"), rest == ["status", "--json"]


def _fast_status(store_option: str | None, lang: str | None, as_json: bool) -> str:
    """The status output, or an exception if anything is off (then Typer answers).

    The answer is kept in statuscache for as long as the store's bytes and the log day stay
    the same, so that a prompt pays for parsing and validating the store once a day.
    """
    from petitspas import statuscache

    lang = lang or os.environ.get(STATUS_LANG_ENV) or None
    path = store_path(store_option)
    with open(path, "rb") as handle:
        raw = handle.read()
    now = clock()  # first: an invalid PETITSPAS_NOW must be refused, cached answer or not
    key = statuscache.key(path, raw, lang, as_json)
    kept = statuscache.lookup(key, now)
    if kept is not None:
        return kept

    from petitspas import i18n
    from petitspas.calendar import log_day, parse_day_start
    from petitspas.schema import parse
    from petitspas.status import status_text

    i18n.set_language(i18n.checked_language(lang) if lang else i18n.environment_language())
    store = parse(raw, path)
    if not lang and store.settings.lang:
        i18n.set_language(store.settings.lang)
    day_start = parse_day_start(store.settings.day_starts_at)
    today = log_day(now, day_start)
    text = status_text(store, today, as_json)
    statuscache.remember(key, statuscache.window(today, day_start), text)
    return text


def main() -> None:
    """`petitspas` and `python -m petitspas`."""
    # A command lives a fraction of a second and frees what it makes by reference counting;
    # the cycle collector would only walk the objects Typer, pydantic and a ten-year store
    # create, over and over (10-20 ms of every run, measured with bench/bench.py). Memory is
    # given back when the process ends moments later.
    gc.disable()
    try:
        _run(sys.argv[1:])
    finally:
        gc.enable()


def _run(argv: list[str]) -> None:
    # A terminal or pipe that cannot show ✓ or « » gets a replacement character, not a
    # traceback.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    plain = _plain_status(argv)
    if plain is not None:
        try:
            text = _fast_status(*plain)
        except Exception:
            pass
        else:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
            return
    from petitspas.cli import main as full

    full()
