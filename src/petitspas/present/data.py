"""The data the commands print with --json (`path`, `review`, `check`, `settings`,
`doctor`) and what the Rich drawing reads: the path with its progress, the review of a week
(its step read as a report over the week, the heatmap, the strength week by week).
`status --json` is `present.status`'s. Pure: given `today`."""

from __future__ import annotations

from datetime import date, timedelta

from petitspas import i18n
from petitspas.core import maintenance
from petitspas.core.calendar import week_start
from petitspas.core.model import MaintenanceCheck
from petitspas.core.progress import (
    BEYOND,
    Progress,
    day_state,
    first_day,
    forecast,
    gate,
    plateau,
    progress,
    stalling,
    step_on,
    weekly_strength,
)
from petitspas.errors import OK, STORE
from petitspas.present.report import Period, StepReport
from petitspas.present.status import json_date

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs ~5 ms
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from petitspas.core.checks import Checked
    from petitspas.core.maintenance import Maintained
    from petitspas.core.model import Settings, Step, Store
    from petitspas.storage.store import Health


# --- path and review -------------------------------------------------------------------------


REVIEW_WEEKS = 12
"""The weeks `review`'s heatmap shows unless told `--weeks`."""


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
                "started": json_date(step.started),
                "automatic_on": json_date(step.automatic_on),
                "dropped_on": json_date(step.dropped_on),
                "streak": state.streak,
                "best_streak": state.best_streak,
                "strength": i18n.floored(state.strength, 4),
                "revisions": [
                    {"on": r.on.isoformat(), "field": r.field, "old": r.old, "new": r.new}
                    for r in step.revisions
                ],
                "maintenance": maintenance_data(step),
            }
        )
    return {"vision": store.vision, "steps": steps, "path_complete": store.path_complete()}


def maintenance_data(step: Step) -> dict[str, Any] | None:
    """`path --json`'s maintenance of a step: null for a step never automatic."""
    if not maintenance.was_automatic(step):
        return None
    return {
        "checks": [{"on": c.on.isoformat(), "score": c.answer} for c in step.maintenance],
        "slips": [day.isoformat() for day in sorted(step.slips)],
        "next_check": json_date(maintenance.next_check(step)),
        "slipping": maintenance.slipping(step),
    }


def path_progress(store: Store, today: date) -> list[tuple[Step, Progress]]:
    """Every step with where it stands today: what `path` draws."""
    return [(step, progress(step, today)) for step in store.steps]


def outlook(store: Store, today: date) -> tuple[date | None, date | None]:
    """The active step's forecast and Lally plateau (when one is said), for `path`'s last
    lines."""
    active = store.active_step()
    if active is None:
        return None, None
    return forecast(active, today, store.settings), plateau(active, today).day


def reviewed_step(store: Store, week: list[date], today: date) -> Step | None:
    """The step a week's review is about: this week, the active step; a past week, the step
    active at its end, else the last one active during it."""
    if week[-1] >= today:
        active = store.active_step()
        return active if active is not None and active.started is not None else None
    for day in reversed(week):
        if (step := step_on(store.steps, day)) is not None:
            return step
    return None


def review_data(store: Store, today: date, week_of: date, weeks: int) -> dict[str, Any]:
    """Everything the review shows for the week holding `week_of`, seen from `today`: the
    step of that week as it stood at the week's end (or tonight, for this week), its days and
    notes that week, the heatmap of the weeks up to it, the step's strength week by week."""
    monday = week_start(week_of)
    week_days = [monday + timedelta(days=offset) for offset in range(7)]
    current = week_days[-1] >= today
    step = reviewed_step(store, week_days, today)
    # Each day under the step it belonged to: the week a step graduates holds its last days.
    owners = [step_on(store.steps, day) for day in week_days]
    days: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    other_notes: list[dict[str, Any]] = []
    for day, owner in zip(week_days, owners, strict=True):
        mark = owner.marks.get(day) if owner is not None else None
        days.append(
            {
                "date": day.isoformat(),
                "state": day_state(owner, day, today),
                "step": owner.id if owner else None,
                "note": mark.note if mark else None,
            }
        )
        if mark is not None and mark.note:
            entry = {"date": day.isoformat(), "mark": mark.mark, "note": mark.note}
            (notes if mark.mark == "done" else other_notes).append(entry)

    return {
        "log_day": today.isoformat(),
        "vision": store.vision,
        "step": review_card(_week_report(step, monday, week_days[-1], today), store.settings),
        "path_complete": store.path_complete(),
        "suggestions": [entry.key for entry in _suggestions(store)],
        "week": {
            "start": monday.isoformat(),
            "end": week_days[-1].isoformat(),
            "current": current,
            "days": days,
        },
        "heatmap": _heatmap(store, monday, weeks, today),
        "strength": _weekly_strength(step, monday, weeks, today) if step else [],
        "wins": [
            {"date": win.on.isoformat(), "note": win.text}
            for win in store.wins
            if monday <= win.on <= week_days[-1]
        ],
        "notes": notes,
        "other_notes": other_notes,
        "watched": watched(store, monday, week_days[-1]),
        "path": path_data(store, today)["steps"],
        "maintenance": review_maintenance(store, today),
    }


def watched(store: Store, monday: date, sunday: date) -> list[dict[str, Any]]:
    """The week's maintenance checks and lapses of automatic steps, by day, in path order
    within a day: what the review lists under the notes, so that a hard week reads as one."""
    entries: list[dict[str, Any]] = []
    for step in store.steps:
        for check in step.maintenance:
            if monday <= check.on <= sunday:
                entries.append(_watched(check.on, step, "check", check.answer, None))
        for day, note in step.slips.items():
            if monday <= day <= sunday:
                entries.append(_watched(day, step, "slip", None, note))
    return sorted(entries, key=lambda entry: str(entry["date"]))


def _watched(
    day: date, step: Step, kind: str, score: int | None, note: str | None
) -> dict[str, Any]:
    return {
        "date": day.isoformat(),
        "step": step.id,
        "title": step.title,
        "kind": kind,
        "score": score,
        "note": note,
    }


def _week_report(step: Step | None, monday: date, sunday: date, today: date) -> StepReport | None:
    """The reviewed step over its week: up to tonight for this week, else to its Sunday."""
    if step is None or step.started is None:
        return None
    return StepReport(step, Period(monday, min(sunday, today), today))


def review_card(report: StepReport | None, settings: Settings) -> dict[str, Any] | None:
    """The review's card of a step over its week: tonight's (forecast, plateau and stall
    included), or as it stood at a past week's end. Its status and end dates are tonight's:
    what became of the step."""
    if report is None:
        return None
    step, state, as_of = report.step, report.state, report.as_of
    assert step.started is not None
    checks = report.gate(settings)
    if report.tonight:
        when, level_off = forecast(step, as_of, settings), plateau(step, as_of)
        reason = stalling(step, as_of, settings)
    else:
        when, level_off, reason = None, None, None
    return {
        "id": step.id,
        "title": step.title,
        "cue": step.cue,
        "celebration": step.celebration,
        "schedule": step.schedule_on(as_of),
        "started": step.started.isoformat(),
        "as_of": as_of.isoformat(),
        "days_since_start": (as_of - step.started).days,  # -1: it starts tomorrow
        "streak": state.streak,
        "best_streak": state.best_streak,
        "strength": i18n.floored(state.strength, 4),
        "strength_goal": settings.strength_goal,
        "gate": {
            "strength_ok": checks.strength_ok,
            "selfcheck_ok": checks.selfcheck_ok,
            "selfcheck": (
                {"date": checks.selfcheck.date.isoformat(), "score": checks.selfcheck.score}
                if checks.selfcheck
                else None
            ),
            "srbai_goal": settings.srbai_goal,
        },
        "forecast": json_date(when),
        "forecast_beyond": when is BEYOND,
        "plateau": json_date(level_off.day) if level_off else None,
        "plateau_why": level_off.why if level_off else None,
        "plateau_beyond": False,  # a plateau is said two years ahead at most: kept for scripts
        "status": step.status,
        "automatic_on": json_date(step.automatic_on),
        "dropped_on": json_date(step.dropped_on),
        "stalled": reason is not None,
        "stall_reason": reason,
    }


def review_maintenance(store: Store, today: date) -> dict[str, list[dict[str, str]]]:
    """The review's maintenance: the steps slipping, and the steps whose check is due."""
    slipping = maintenance.slipping_steps(store)
    due = [name for name in maintenance.maintenance_due(store, today) if name not in slipping]
    titles = {step.id: step.title for step in store.steps}
    return {
        "slipping": [{"id": name, "title": titles[name]} for name in slipping],
        "due": [{"id": name, "title": titles[name]} for name in due],
    }


def _suggestions(store: Store) -> list[Any]:
    """Catalog steps not yet on the path, for a path that is complete."""
    if not store.path_complete():
        return []
    from petitspas.core.catalog import not_on_path

    return not_on_path(store)


def _heatmap(store: Store, monday: date, weeks: int, today: date) -> list[dict[str, Any]]:
    """The `weeks` weeks up to the one starting `monday`, none before the store's first
    week; each day's state and the id of the step it belonged to."""
    begins = first_day(store.steps)
    first = monday - timedelta(weeks=weeks - 1)
    if begins is not None:
        first = max(first, week_start(begins))
    rows = []
    while first <= monday:
        days = [first + timedelta(days=offset) for offset in range(7)]
        owners = [step_on(store.steps, day) for day in days]
        rows.append(
            {
                "week": first.isoformat(),
                "days": [
                    day_state(owner, day, today) for owner, day in zip(owners, days, strict=True)
                ],
                "steps": [owner.id if owner else None for owner in owners],
            }
        )
        first += timedelta(weeks=1)
    return rows


def _weekly_strength(step: Step, monday: date, weeks: int, today: date) -> list[dict[str, Any]]:
    """The step's strength at the end of each of its weeks, up to the week starting `monday`
    (this week: tonight's), the last `weeks` of them."""
    assert step.started is not None
    first = max(week_start(step.started), monday - timedelta(weeks=weeks - 1))
    last = min(monday + timedelta(days=6), step.ended or today)
    return [
        {"week": week.isoformat(), "strength": i18n.floored(strength, 4)}
        for week, strength in weekly_strength(step, first, last, today)
    ]


# --- check -----------------------------------------------------------------------------------


def check_data(checked: Checked, store: Store, today: date) -> dict[str, Any]:
    """`check --json`: the self-check recorded, its score, the gate, what it unlocked, and
    the plateau the self-checks point to (null, and why, when none is said)."""
    checks = gate(checked.step, today, store.settings)
    unlocked = checked.unlocked
    level_off = plateau(checked.step, today)
    return {
        "date": checked.record.date.isoformat(),
        "answers": list(checked.record.answers),
        "score": checked.record.score,
        "gate": {"strength_ok": checks.strength_ok, "selfcheck_ok": checks.selfcheck_ok},
        "automatic": unlocked is not None,
        "next": unlocked.next.id if unlocked and unlocked.next else None,
        "replaced": list(checked.replaced.answers) if checked.replaced else None,
        "plateau": json_date(level_off.day),
        "plateau_why": level_off.why,
    }


def maintenance_check_data(done: Maintained) -> dict[str, Any]:
    """`check STEP --json`: the maintenance check recorded, and where the step stands."""
    step = done.step
    answer = next(check.answer for check in step.maintenance if check.on == done.day)
    replaced = done.replaced.answer if isinstance(done.replaced, MaintenanceCheck) else None
    return {
        "step": step.id,
        "date": done.day.isoformat(),
        "answer": answer,
        "replaced": None if done.unchanged else replaced,
        "next_check": json_date(maintenance.next_check(step)),
        "slipping": maintenance.slipping(step),
    }


# --- settings and doctor ---------------------------------------------------------------------


def settings_data(store: Store, path: Path) -> dict[str, Any]:
    """`settings --json`: the store, the vision and its history, the settings."""
    from petitspas.core.settings import vision_history  # `settings` alone: not the prompt's

    history = [{"on": on.isoformat(), "vision": vision} for on, vision in vision_history(store)]
    return {
        "store": str(path),
        "vision": store.vision,
        "vision_history": history,
        **store.settings.to_dict(),
    }


def doctor_data(health: Health, path: Path, present: bool) -> tuple[dict[str, Any], int]:
    """`doctor --json`: the store's health and every backup, newest first, with the exit
    code: 0 when the store is healthy, else 3 (damaged, newer, or not there at all: doctor
    answers whether the store at that path is sound, and a missing one is not)."""
    from datetime import datetime

    store = health.store
    data: dict[str, Any] = {
        "store": {
            "path": str(path),
            "exists": present,
            "healthy": store is not None,
            "problem": health.problem if store is None else None,
            "newer": health.newer,
            "revision": store.revision if store else None,
            "steps": len(store.steps) if store else None,
            "marks": sum(len(step.marks) for step in store.steps) if store else None,
        },
        "backups": [
            {
                "name": backup.path.name,
                "revision": backup.revision,
                "written": datetime.fromtimestamp(backup.written)
                .astimezone()
                .isoformat(timespec="seconds"),
                "size": backup.size,
                "marks": backup.marks,
                "problem": backup.problem,
            }
            for backup in health.backups
        ],
        "newest_good": health.newest_good.name if health.newest_good else None,
    }
    return data, OK if store is not None else STORE
