"""What `status` says: the one line a shell prompt shows, or its --json. Kept apart from
the other commands' data and sentences because a prompt loads it before every command a
manager types: this module and what it imports are the prompt's whole cost in petitspas.
Pure: given `today`."""

from __future__ import annotations

import json
from datetime import date

from petitspas import i18n
from petitspas.core import maintenance
from petitspas.core.calendar import is_due, weekday_name
from petitspas.core.progress import BEYOND, forecast, gate, progress, stalling, unlogged_days
from petitspas.i18n import t, tn

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~5 ms
if TYPE_CHECKING:
    from typing import Any

    from petitspas.core.model import Step, Store


def json_date(day: date | None) -> str | None:
    """A date for --json: ISO, or null (a forecast beyond 9998 is null there too)."""
    return day.isoformat() if day and day is not BEYOND else None


def status_text(store: Store, today: date, as_json: bool) -> str:
    """The one line for a shell prompt, or the JSON object of docs/design.md (no final newline)."""
    if as_json:
        return json.dumps(status_data(store, today), ensure_ascii=False, indent=2)
    step = store.active_step()
    if step is None:
        return t("status.complete" if store.path_complete() else "status.none")
    state = progress(step, today)
    tonight = _tonight(step, today)
    gaps = unlogged_days(step, today)
    if gaps:  # kept short: a prompt line names one day, or counts them
        tonight = t("status.and_to_log", today=tonight, to_log=to_log_words(gaps, today))
    return t(
        "status.line",
        title=prompt_title(step.title),
        streak=state.streak,
        strength=i18n.percent(state.strength),
        today=tonight,
    )


def to_log_name(day: date, today: date) -> str:
    """A day still to log as a person names it within the look-back: "Monday", or "last
    Tuesday" on a Tuesday (a week ago)."""
    if day.weekday() == today.weekday():
        return t("date.last_weekday", day=weekday_name(day))
    return weekday_name(day)


def to_log_words(gaps: list[date], today: date) -> str:
    """ "Monday to log", or "3 days to log" (the prompt line stays short)."""
    if len(gaps) == 1:
        return t("status.to_log_day", day=to_log_name(gaps[0], today))
    return tn("status.to_log_days", len(gaps))


PROMPT_TITLE = 24  # characters of the title a shell prompt shows


def prompt_title(title: str) -> str:
    """`title` as a shell prompt shows it: whole if it fits in PROMPT_TITLE characters,
    else cut after its last word that fits, with "…" (a word longer than that is cut)."""
    if len(title) <= PROMPT_TITLE:
        return title
    room = title[: PROMPT_TITLE - 1]
    cut = room.rfind(" ")
    kept = room[:cut] if cut > 0 else room
    return kept.rstrip(" ,;:.-–—") + "…"


def _tonight(step: Step, today: date) -> str:
    """What tonight asks of the manager: already logged, to log, nothing, or not yet."""
    mark = step.marks.get(today)
    if mark is not None:
        return t(f"status.today_{mark.mark}")
    if step.started is not None and step.started > today:
        return t("status.starts", day=step.started.isoformat())
    if not is_due(step.schedule_on(today), today):
        return t("status.today_not_due")
    return t("status.today_open")


def status_data(store: Store, today: date) -> dict[str, Any]:
    """`status --json`: log_day, step, logged, mark, streak, best_streak, strength, gate,
    forecast, stalled, path_complete, to_log (the days still to log, oldest first)."""
    step = store.active_step()
    if step is None:
        return {
            "log_day": today.isoformat(),
            "step": None,
            "logged": False,
            "mark": None,
            "streak": 0,
            "best_streak": 0,
            "strength": 0.0,
            "gate": {"strength_ok": False, "selfcheck_ok": False},
            "forecast": None,
            "stalled": False,
            "path_complete": store.path_complete(),
            "to_log": [],
            **_maintenance_status(store, today),
        }
    state = progress(step, today)
    checks = gate(step, today, store.settings, state.strength)
    mark = step.marks.get(today)
    when = forecast(step, today, store.settings)
    return {
        "log_day": today.isoformat(),
        "step": {"id": step.id, "title": step.title, "status": step.status},
        "logged": mark is not None,
        "mark": mark.mark if mark else None,
        "streak": state.streak,
        "best_streak": state.best_streak,
        "strength": i18n.floored(state.strength, 4),
        "gate": {"strength_ok": checks.strength_ok, "selfcheck_ok": checks.selfcheck_ok},
        "forecast": json_date(when),
        "stalled": stalling(step, today, store.settings) is not None,
        "path_complete": False,
        "to_log": [day.isoformat() for day in unlogged_days(step, today)],
        **_maintenance_status(store, today),
    }


def _maintenance_status(store: Store, today: date) -> dict[str, list[str]]:
    """`status --json`'s maintenance: the steps whose check is due, the steps slipping."""
    return {
        "maintenance_due": maintenance.maintenance_due(store, today),
        "slipping": maintenance.slipping_steps(store),
    }
