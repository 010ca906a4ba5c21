"""The nightly log and what petitspas says back, as lines: `petitspas log` prints them
through Typer (cli.py), a plain `log --done` through the fast path (entry.py), so both
say exactly the same. The lines for an unlocked step serve `check` and `drop` too."""

from __future__ import annotations

from petitspas import actions, i18n
from petitspas.i18n import t
from petitspas.progress import Progress, gate, progress, unlogged_days
from petitspas.session import Session, parse_day

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the fast path ~5 ms
if TYPE_CHECKING:
    from petitspas.catalog import CatalogStep
    from petitspas.model import Mark


def log(session: Session, mark: Mark | None, note: str | None, day_text: str | None) -> list[str]:
    """Write `mark` (with `note`), or only `note` when `mark` is None, on the day `day_text`
    names; then the lines to print: what was written, the streak, what it means."""
    with session.editing() as (store, today):
        day = parse_day(day_text, today)
        if mark is None:
            assert note is not None
            logged = actions.set_note(
                store, day=day, note=note, today=today, written_at=session.written_at()
            )
        else:
            logged = actions.log_mark(
                store, day=day, mark=mark, note=note, today=today, written_at=session.written_at()
            )
        unlocked = actions.evaluate_gate(store, today)
        suggestions = actions.suggestions(store) if unlocked and not unlocked.next else []
    lines = logged_lines(logged, note_only=mark is None)
    state = progress(logged.step, today)
    lines.append(progress_line(state))
    if logged.mark.mark == "missed":
        lines.append(t("log.never_miss_twice"))
    gaps = unlogged_days(logged.step, today)
    if gaps:
        lines.append(t("log.gaps", days=", ".join(day.isoformat() for day in gaps)))
    if unlocked is not None:
        lines += unlocked_lines(unlocked, suggestions)
    elif gate(logged.step, today, store.settings, state.strength).strength_ok:
        lines.append(t("gate.invite_check"))
    return lines


def logged_lines(logged: actions.Logged, *, note_only: bool) -> list[str]:
    day = logged.day.isoformat()
    mark = t(f"mark.{logged.mark.mark}")
    if note_only:
        lines = [t("log.note_changed", day=day)]
    elif logged.previous is not None and logged.previous.mark != logged.mark.mark:
        lines = [t("log.replaced", day=day, mark=mark, was=t(f"mark.{logged.previous.mark}"))]
    elif logged.previous is not None:
        lines = [t("log.again", day=day, mark=mark)]
    else:
        lines = [t("log.written", day=day, mark=mark, title=logged.step.title)]
    if not logged.due:
        lines.append(t("log.not_due", day=day))
    return lines


def progress_line(state: Progress) -> str:
    return t(
        "log.progress",
        streak=state.streak,
        best=state.best_streak,
        strength=i18n.percent(state.strength),
    )


def unlocked_lines(unlocked: actions.Unlocked, suggestions: list[CatalogStep]) -> list[str]:
    return [t("gate.passed", title=unlocked.ended.title), *next_lines(unlocked, suggestions)]


def next_lines(unlocked: actions.Unlocked, suggestions: list[CatalogStep]) -> list[str]:
    if unlocked.next is not None:
        assert unlocked.next.started is not None
        return [t("gate.next", title=unlocked.next.title, day=unlocked.next.started.isoformat())]
    lines = [t("gate.no_next")]
    for entry in suggestions:
        title = entry.text(i18n.language()).title
        lines.append(f"  petitspas add --from-catalog {entry.key}   # {title}")
    return lines
