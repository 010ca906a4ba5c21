"""The data `review` and `path` show: dicts that `--json` prints and `render` draws; pure."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from petitspas.calendar import week_start
from petitspas.model import Store
from petitspas.progress import day_state, forecast, gate, plateau, progress, step_on


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def review_data(store: Store, today: date, week_of: date, weeks: int) -> dict[str, Any]:
    """Everything the review shows for the week holding `week_of`, seen from `today`."""
    monday = week_start(week_of)
    week_days = [monday + timedelta(days=offset) for offset in range(7)]

    def day_entry(day: date) -> dict[str, Any]:
        step = step_on(store.steps, day)
        mark = step.marks.get(day) if step else None
        return {
            "date": day.isoformat(),
            "state": day_state(step, day, today),
            "step": step.id if step else None,
            "note": mark.note if mark else None,
        }

    heatmap = []
    for index in range(weeks - 1, -1, -1):
        first = monday - timedelta(weeks=index)
        heatmap.append(
            {
                "week": first.isoformat(),
                "days": [
                    day_state(step_on(store.steps, day), day, today)
                    for day in (first + timedelta(days=offset) for offset in range(7))
                ],
            }
        )

    notes = []
    for day in week_days:
        for step in store.steps:
            mark = step.marks.get(day)
            if mark is not None and mark.note:
                notes.append(
                    {"date": day.isoformat(), "step": step.id, "mark": mark.mark, "note": mark.note}
                )

    return {
        "log_day": today.isoformat(),
        "vision": store.vision,
        "step": _card(store, today),
        "week": {
            "start": monday.isoformat(),
            "end": week_days[-1].isoformat(),
            "days": [day_entry(day) for day in week_days],
        },
        "heatmap": heatmap,
        "notes": notes,
        "path": path_data(store, today)["steps"],
    }


def path_data(store: Store, today: date) -> dict[str, Any]:
    """`path --json`: the vision and every step with its status, dates and progress."""
    steps = []
    for step in store.steps:
        state = progress(step, today)
        steps.append(
            {
                "id": step.id,
                "title": step.title,
                "cue": step.cue,
                "celebration": step.celebration,
                "schedule": step.schedule,
                "status": step.status,
                "started": _iso(step.started),
                "automatic_on": _iso(step.automatic_on),
                "dropped_on": _iso(step.dropped_on),
                "streak": state.streak,
                "best_streak": state.best_streak,
                "strength": round(state.strength, 4),
            }
        )
    return {"vision": store.vision, "steps": steps}


def _card(store: Store, today: date) -> dict[str, Any] | None:
    step = store.active_step()
    if step is None or step.started is None:
        return None
    state = progress(step, today)
    checks = gate(step, today, store.settings, state.strength)
    return {
        "id": step.id,
        "title": step.title,
        "cue": step.cue,
        "celebration": step.celebration,
        "schedule": step.schedule,
        "started": step.started.isoformat(),
        "days_since_start": max(0, (today - step.started).days),
        "streak": state.streak,
        "best_streak": state.best_streak,
        "strength": round(state.strength, 4),
        "strength_goal": store.settings.strength_goal,
        "gate": {
            "strength_ok": checks.strength_ok,
            "selfcheck_ok": checks.selfcheck_ok,
            "selfcheck": (
                {"date": checks.selfcheck.date.isoformat(), "score": checks.selfcheck.score}
                if checks.selfcheck
                else None
            ),
            "srbai_goal": store.settings.srbai_goal,
        },
        "forecast": _iso(forecast(step, today, store.settings)),
        "plateau": _iso(plateau(step)),
    }
