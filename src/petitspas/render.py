"""Rich output for the catalog and the path; the only module that imports rich.table."""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from petitspas.calendar import WEEKDAYS
from petitspas.catalog import CATALOG
from petitspas.i18n import language, percent, t
from petitspas.model import Step, Store
from petitspas.progress import Progress

_FRENCH_DAYS = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
STATUS_SIGNS = {"automatic": "✓", "active": "▶", "locked": "🔒", "dropped": "✗"}


def console() -> Console:
    # Rich already honours NO_COLOR, TERM=dumb and pipes; highlight=False keeps numbers and
    # dates in user text from being coloured at random.
    return Console(highlight=False)


def schedule_label(schedule: str) -> str:
    if schedule in ("workdays", "daily"):
        return t(f"schedule.{schedule}")
    if language() == "fr":
        names = dict(zip(WEEKDAYS, _FRENCH_DAYS, strict=True))
        return ",".join(names[day] for day in schedule.split(","))
    return schedule


def print_catalog(lang: str, *, numbered: bool) -> None:
    table = Table(title=t("catalog.title"), show_lines=False, expand=False)
    if numbered:
        table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("table.key"), no_wrap=True, style="bold")
    table.add_column(t("table.title"), ratio=3)
    table.add_column(t("table.cue"), ratio=2)
    table.add_column(t("table.schedule"), no_wrap=True)
    for number, entry in enumerate(CATALOG, start=1):
        text = entry.text(lang)
        cells = [entry.key, escape(text.title), escape(text.cue), schedule_label(entry.schedule)]
        table.add_row(*([str(number)] if numbered else []), *cells)
    out = console()
    out.print(table)
    if not numbered:
        out.print(t("catalog.hint"))


def _dates(step: Step) -> str:
    parts = []
    if step.started:
        parts.append(t("path.started", day=step.started.isoformat()))
    if step.automatic_on:
        parts.append(t("path.automatic_on", day=step.automatic_on.isoformat()))
    if step.dropped_on:
        parts.append(t("path.dropped_on", day=step.dropped_on.isoformat()))
    return ", ".join(parts)


def print_path(
    store: Store,
    rows: list[tuple[Step, Progress]],
    forecast: date | None,
    plateau: date | None,
) -> None:
    out = console()
    if store.vision:
        out.print(escape(t("path.vision", vision=store.vision)), style="italic")
    if not rows:
        out.print(t("path.empty"))
        return
    table = Table(title=t("path.title"))
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("table.title"), ratio=3)
    table.add_column(t("table.status"))
    table.add_column(t("table.dates"), ratio=2)
    table.add_column(t("table.streak"), justify="right")
    table.add_column(t("table.strength"), justify="right", no_wrap=True)
    for number, (step, state) in enumerate(rows, start=1):
        style = "bold" if step.status == "active" else ("dim" if step.status == "locked" else "")
        table.add_row(
            str(number),
            f"{escape(step.title)} [dim]({step.id})[/dim]",
            f"{STATUS_SIGNS[step.status]} {t('status.' + step.status)}",
            _dates(step),
            str(state.streak) if step.started else "",
            percent(state.strength) if step.started else "",
            style=style,
        )
    out.print(table)
    if forecast is not None:
        out.print(t("path.forecast", day=forecast.isoformat()))
    if plateau is not None:
        out.print(t("path.plateau", day=plateau.isoformat()))
