"""What `status` prints, as text or JSON; shared by the Typer command and the fast path."""

from __future__ import annotations

import json

from petitspas import i18n
from petitspas.calendar import is_due
from petitspas.i18n import t
from petitspas.progress import forecast, gate, progress

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the fast path ~5 ms
if TYPE_CHECKING:
    from datetime import date
    from typing import Any

    from petitspas.model import Step, Store


def status_text(store: Store, today: date, as_json: bool) -> str:
    """The one line for a shell prompt, or the JSON object DESIGN fixes (no final newline)."""
    if as_json:
        return json.dumps(status_data(store, today), ensure_ascii=False, indent=2)
    step = store.active_step()
    if step is None:
        return t("status.none")
    state = progress(step, today)
    return t(
        "status.line",
        id=step.id,
        streak=state.streak,
        strength=i18n.percent(state.strength),
        today=_today(step, today),
    )


def _today(step: Step, today: date) -> str:
    """What tonight asks of the manager: already logged, to log, nothing, or not yet."""
    mark = step.marks.get(today)
    if mark is not None:
        return t(f"status.today_{mark.mark}")
    if step.started is not None and step.started > today:
        return t("status.starts", day=step.started.isoformat())
    if not is_due(step.schedule, today):
        return t("status.today_not_due")
    return t("status.today_open")


def status_data(store: Store, today: date) -> dict[str, Any]:
    """`status --json`: log_day, step, logged, mark, streak, best_streak, strength, gate,
    forecast."""
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
        "strength": round(state.strength, 4),
        "gate": {"strength_ok": checks.strength_ok, "selfcheck_ok": checks.selfcheck_ok},
        "forecast": when.isoformat() if when else None,
    }
