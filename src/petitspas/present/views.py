"""The data a command shows: what `status`, `path`, `review` and `check` print with --json,
the status line, and the lines `log`, `check` and `drop` say back. Pure: given `today`."""

from __future__ import annotations

import json
from datetime import date, timedelta

from petitspas import i18n
from petitspas.core import maintenance
from petitspas.core.calendar import day_words, is_due, schedule_label, week_start, weekday_name
from petitspas.core.model import MaintenanceCheck
from petitspas.core.progress import (
    BEYOND,
    REBUILD_DAYS,
    Progress,
    day_state,
    first_day,
    forecast,
    gate,
    next_due,
    plateau,
    progress,
    stalling,
    step_on,
    unlogged_days,
    weekly_strength,
)
from petitspas.errors import OK, STORE
from petitspas.i18n import t, tn
from petitspas.present.report import Period, StepReport

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~5 ms
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from petitspas.core.checks import Checked
    from petitspas.core.gate import Unlocked
    from petitspas.core.logbook import Logged, Paused
    from petitspas.core.maintenance import Maintained, Reactivated
    from petitspas.core.merge import Report
    from petitspas.core.model import DayMark, Revision, SelfCheck, Settings, Step, Store, Win
    from petitspas.core.steps import Edited
    from petitspas.core.wins import WinChanged
    from petitspas.storage.store import Health

REVIEW_WEEKS = 12
"""The weeks `review`'s heatmap shows unless told `--weeks`."""


# --- status --------------------------------------------------------------------------------


def status_text(store: Store, today: date, as_json: bool) -> str:
    """The one line for a shell prompt, or the JSON object of docs/design.md (no final newline)."""
    if as_json:
        return json.dumps(status_data(store, today), ensure_ascii=False, indent=2)
    step = store.active_step()
    if step is None:
        return t("status.complete" if store.path_complete() else "status.none")
    state = progress(step, today)
    tonight = _today(step, today)
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


def _today(step: Step, today: date) -> str:
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
        "forecast": _iso(when),
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


def maintenance_data(step: Step) -> dict[str, Any] | None:
    """`path --json`'s maintenance of a step: null for a step never automatic."""
    if not maintenance.was_automatic(step):
        return None
    return {
        "checks": [{"on": c.on.isoformat(), "score": c.answer} for c in step.maintenance],
        "slips": [day.isoformat() for day in sorted(step.slips)],
        "next_check": _iso(maintenance.next_check(step)),
        "slipping": maintenance.slipping(step),
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


def slipping_block(step_id: str, title: str) -> tuple[str, list[str]]:
    """The review's block for a slipping step: about the situation, never the person (a
    lapse is not a relapse: Marlatt); what changed, and the command that rebuilds it."""
    return t("slipping.head", title=title), [
        t("slipping.changed"),
        t("slipping.reactivate", step=step_id),
    ]


def reminder(store: Store, today: date) -> str | None:
    """`remind`'s nudge: the step and its cue when the log day is due and not logged yet;
    None when it is logged, not due, not started, or nothing is active."""
    step = store.active_step()
    if step is None or step.started is None or step.started > today or today in step.marks:
        return None
    if not is_due(step.schedule_on(today), today):
        return None
    if step.cue:
        return t("remind.line", title=step.title, cue=step.cue)
    return t("remind.line_no_cue", title=step.title)


# --- path and review -----------------------------------------------------------


def _iso(day: date | None) -> str | None:
    """A date for --json: ISO, or null (a forecast beyond 9998 is null there too)."""
    return day.isoformat() if day and day is not BEYOND else None


def day_text(day: date) -> str:
    """A forecast or plateau for people: ISO, or "beyond 9998"."""
    return t("date.beyond") if day is BEYOND else day.isoformat()


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
        "path": path_data(store, today)["steps"],
        "maintenance": review_maintenance(store, today),
    }


def _week_report(step: Step | None, monday: date, sunday: date, today: date) -> StepReport | None:
    """The reviewed step over its week: up to tonight for this week, else to its Sunday."""
    if step is None or step.started is None:
        return None
    return StepReport(step, Period(monday, min(sunday, today), today))


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
                "strength": i18n.floored(state.strength, 4),
                "revisions": [
                    {"on": r.on.isoformat(), "field": r.field, "old": r.old, "new": r.new}
                    for r in step.revisions
                ],
                "maintenance": maintenance_data(step),
            }
        )
    return {"vision": store.vision, "steps": steps, "path_complete": store.path_complete()}


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
        "forecast": _iso(when),
        "forecast_beyond": when is BEYOND,
        "plateau": _iso(level_off.day) if level_off else None,
        "plateau_why": level_off.why if level_off else None,
        "plateau_beyond": False,  # a plateau is said two years ahead at most: kept for scripts
        "status": step.status,
        "automatic_on": _iso(step.automatic_on),
        "dropped_on": _iso(step.dropped_on),
        "stalled": reason is not None,
        "stall_reason": reason,
    }


def path_rows(store: Store, today: date) -> list[tuple[Step, Progress]]:
    """Every step with where it stands today: what `path` draws."""
    return [(step, progress(step, today)) for step in store.steps]


def outlook(store: Store, today: date) -> tuple[date | None, date | None]:
    """The active step's forecast and Lally plateau (when one is said), for `path`'s last
    lines."""
    active = store.active_step()
    if active is None:
        return None, None
    return forecast(active, today, store.settings), plateau(active, today).day


# --- what add, log, check and drop say back -----------------------------------------------


def added_line(step: Step, store: Store, today: date) -> str:
    """What `add` says: the step added, and when to log it first. "Tonight" only when
    tonight is a due day of it; else its first due day, named (a step added on a Sunday,
    or starting tomorrow, is first logged on its first due day)."""
    if step.status != "active":
        active = store.active_step()
        assert active is not None
        return t("add.locked", title=step.title, id=step.id, active=active.title)
    assert step.started is not None
    first = next_due(step, step.started - timedelta(days=1))
    values = {"title": step.title, "id": step.id, "day": step.started.isoformat()}
    if first == today:
        return t("add.active", **values)
    return t("add.active_from", first=day_words(first), **values)


def log_lines(logged: Logged, store: Store, today: date) -> list[str]:
    """What `log` says: what was written, the streak, what it means (a gate passed, the
    days left unlogged, an invitation to the self-check)."""
    instead = "log.instead_note" if logged.note_only else "log.instead"
    lines = [] if logged.instead_of is None else [
        t(instead, today=weekday_name(logged.instead_of), day=day_words(logged.day))
    ]  # fmt: skip
    lines += _written_lines(logged)
    if logged.replaced_note is not None:
        lines.append(t("log.note_replaced", old=logged.replaced_note))
    state = progress(logged.step, today)
    if logged.step.status != "active" and logged.unlocked is None:  # a step that is over:
        return lines if logged.note_only else [*lines, progress_line(state)]  # no rule to say
    lines.append(progress_line(state))
    if logged.stalled is not None:  # the mark that made it stall: help instead of a rule
        head, items = stall_block(logged.stalled, logged.step.cue, store.settings.srbai_goal)
        lines += [head, *items]
    elif logged.mark.mark == "missed":
        again = _missed_before(logged.step, logged.day)
        lines.append(_after_a_miss(logged.step, logged.day, today, again))
    gaps = unlogged_days(logged.step, today)
    if gaps:
        lines.append(to_log_hint(gaps, today))
    if logged.unlocked is not None:
        lines += unlocked_lines(logged.unlocked)
    elif gate(logged.step, today, store.settings, state.strength).strength_ok:
        lines.append(t("gate.invite_check"))
    return lines


def to_log_hint(gaps: list[date], today: date) -> str:
    """What `log` says of the days still to log: "Monday is still to log: `petitspas log
    --done --date 2026-12-07`", or the days named and the command for the first."""
    first = gaps[0]
    if len(gaps) == 1:
        name = to_log_name(first, today)
        return t("log.to_log.one", day=name[:1].upper() + name[1:], date=first.isoformat())
    names = ", ".join(to_log_name(day, today) for day in gaps)
    return tn("log.to_log", len(gaps), days=names, date=first.isoformat())


def _after_a_miss(step: Step, day: date, today: date, again: bool) -> str:
    """The words after a miss, "never miss twice" (or "missed again"), naming the next due
    day still open unless it is tomorrow: a weekly step's is a week away, and a miss caught
    up with --date has no "tomorrow" of its own (the next open day may be tonight)."""
    coming = next_due(step, today - timedelta(days=1) if day < today else today)
    if day == today and coming == today + timedelta(days=1):
        return t("log.missed_again" if again else "log.never_miss_twice")
    return t("log.missed_again_on" if again else "log.never_miss_twice_on", day=day_words(coming))


def _missed_before(step: Step, day: date) -> bool:
    """Whether the last due day logged before `day` was a miss too. Days left unlogged are
    passed over (perhaps done, not written down), and so are pauses."""
    back = day - timedelta(days=1)
    while step.started is not None and back >= max(step.started, day - timedelta(days=31)):
        mark = step.marks.get(back)
        if mark is not None and mark.mark != "skip" and is_due(step.schedule_on(back), back):
            return mark.mark == "missed"
        back -= timedelta(days=1)
    return False


def stall_block(reason: str, cue: str | None, srbai_goal: float) -> tuple[str, list[str]]:
    """The help for a stalling step, in Tiny Habits' order: why it stalls, then the prompt
    (the cue), the ability (a smaller step), the motivation, and dropping it as the honest
    last resort; each with the command that acts on it."""
    why = t(f"stall.reason.{reason}", goal=i18n.decimal(srbai_goal))
    prompt = t("stall.prompt", cue=cue) if cue else t("stall.prompt_no_cue")
    items = [prompt, t("stall.ability"), t("stall.motivation"), t("stall.drop")]
    return t("stall.head", reason=why), items


def _written_lines(logged: Logged) -> list[str]:
    day = logged.day.isoformat()
    mark = t(f"mark.{logged.mark.mark}")
    if logged.note_only:
        lines = [t("log.note_same" if logged.unchanged else "log.note_changed", day=day)]
    elif logged.previous is not None and logged.previous.mark != logged.mark.mark:
        lines = [t("log.replaced", day=day, mark=mark, was=t(f"mark.{logged.previous.mark}"))]
    elif logged.unchanged:
        lines = [t("log.again", day=day, mark=mark)]
    elif logged.previous is not None:
        lines = [t("log.note_changed", day=day)]
    else:
        lines = [t("log.written", day=day, mark=mark, title=logged.step.title)]
    if not logged.due:
        lines.append(t("log.not_due", day=day))
    return lines


def cleared_lines(
    step: Step, day: date, removed: DayMark, today: date, note_only: bool = False
) -> list[str]:
    """What `log --clear` says (the mark removed and the streak without it), or `log
    --clear-note` (the note removed)."""
    if note_only:
        return [t("log.note_cleared", day=day.isoformat(), old=removed.note)]
    back = step.marks.get(day)  # a mark logged over a planned pause: the pause is back
    return [
        t("log.cleared", day=day.isoformat(), mark=t(f"mark.{removed.mark}")),
        *([t("log.pause_back", note=back.note or "")] if back is not None else []),
        progress_line(progress(step, today)),
    ]


def paused_lines(paused: Paused, today: date) -> list[str]:
    """What `log --skip --from --to` says: the days paused, the days left as they were."""
    ends = {"first": paused.first.isoformat(), "last": paused.last.isoformat()}
    if not paused.paused:
        lines = [t("pause.nothing", **ends)]
    else:
        lines = [tn("pause.done", len(paused.paused), **ends)]
    if paused.kept:
        days = ", ".join(day.isoformat() for day in paused.kept)
        lines.append(tn("pause.kept", len(paused.kept), days=days))
    if paused.paused and paused.paused[-1] > today:
        lines.append(t("pause.future"))
    if paused.unlocked is not None:
        lines += unlocked_lines(paused.unlocked)
    return lines


def revision_words(revision: Revision, capital: bool = False) -> str:
    """One change `edit` made, as a person reads it: `title: “old” → “new”`."""
    old, new = revision.old, revision.new
    if revision.field == "schedule":
        old, new = schedule_label(old or ""), schedule_label(new or "")
    field = t(f"revision.{revision.field}")
    return t(
        "edit.changed", field=field.capitalize() if capital else field,
        old=old or t("edit.none"), new=new or t("edit.none"),
    )  # fmt: skip


def edited_lines(edited: Edited) -> list[str]:
    """What `edit` says: each change, and from when a new schedule counts."""
    if not edited.revisions:
        return [t("edit.same", title=edited.step.title)]
    lines = []
    for revision in edited.revisions:
        lines.append(revision_words(revision, capital=True))
        if revision.field == "schedule" and edited.step.started is not None:
            label = schedule_label(revision.new or "")
            lines.append(t("edit.schedule_from", day=revision.on.isoformat(), schedule=label))
    return lines


def progress_line(state: Progress) -> str:
    return t(
        "log.progress",
        streak=state.streak,
        best=state.best_streak,
        strength=i18n.percent(state.strength),
    )


def unlocked_lines(unlocked: Unlocked) -> list[str]:
    """A graduation: the step that became automatic, then what comes next."""
    return [t("gate.passed", title=unlocked.ended.title), *next_lines(unlocked)]


def called_off_lines(days: list[date]) -> list[str]:
    """Planned pauses that no step is left to carry."""
    if not days:
        return []
    return [tn("gate.pauses_called_off", len(days), days=", ".join(d.isoformat() for d in days))]


def next_lines(unlocked: Unlocked) -> list[str]:
    """The step that starts next, or the catalog steps to add when none is waiting."""
    following = unlocked.next
    if following is not None and following.holds and following.holds[-1].kind == "on_hold":
        resumed = following.holds[-1].last
        assert resumed is not None
        day = (resumed + timedelta(days=1)).isoformat()
        return [t("gate.resumes", title=following.title, day=day)]
    if following is not None:
        assert following.started is not None
        return [t("gate.next", title=following.title, day=following.started.isoformat())]
    complete = unlocked.ended.status == "automatic"  # with none waiting: the path is complete
    lines = called_off_lines(unlocked.called_off)
    lines.append(t("gate.path_complete" if complete else "gate.no_next"))
    for entry in unlocked.suggestions:
        title = entry.text(i18n.language()).title
        lines.append(f"  petitspas add --from-catalog {entry.key}   # {title}")
    return lines


def dropped_lines(unlocked: Unlocked, today: date) -> list[str]:
    """What `drop` says: the step let go, then what comes next."""
    return [
        t("drop.done", title=unlocked.ended.title, day=today.isoformat()),
        *next_lines(unlocked),
    ]


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
        "plateau": _iso(level_off.day),
        "plateau_why": level_off.why,
    }


def check_lines(checked: Checked, store: Store, today: date) -> list[str]:
    """What `check` says: the score against the goal, then a graduation or what is missing."""
    record: SelfCheck = checked.record
    lines = [
        t(
            "check.recorded",
            day=record.date.isoformat(),
            score=i18n.decimal(record.score),
            goal=i18n.decimal(store.settings.srbai_goal),
        )
    ]
    replaced = checked.replaced
    if checked.unchanged:
        lines.append(t("check.same", day=record.date.isoformat()))
    elif replaced is not None:
        answers = ",".join(str(answer) for answer in replaced.answers)
        if replaced.date == today:
            lines.append(t("check.replaces_today", answers=answers))
        else:
            lines.append(t("check.replaces", day=replaced.date.isoformat(), answers=answers))
    if checked.unlocked is not None:
        return lines + unlocked_lines(checked.unlocked)
    step = checked.step
    state = progress(step, today)
    checks = gate(step, today, store.settings, state.strength)
    when = forecast(step, today, store.settings)
    if not checks.strength_ok and when is not None:
        lines.append(
            t(
                "gate.missing_strength",
                strength=i18n.percent(state.strength),
                goal=i18n.percent(store.settings.strength_goal),
                day=day_text(when),
            )
        )
    if not checks.selfcheck_ok:
        lines.append(t("gate.missing_selfcheck", goal=i18n.decimal(store.settings.srbai_goal)))
    level_off = plateau(step, today).day
    if level_off is not None:
        lines.append(t("path.plateau", day=level_off.isoformat()))
    return lines


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
        "next_check": _iso(maintenance.next_check(step)),
        "slipping": maintenance.slipping(step),
    }


def maintenance_check_lines(done: Maintained) -> list[str]:
    """What `check STEP` says: the answer, what it replaced, then the next check or the
    situation (slipping) with the command that rebuilds the step."""
    data = maintenance_check_data(done)
    lines = [
        t("maintenance.recorded", title=done.step.title, day=data["date"], answer=data["answer"])
    ]
    if done.unchanged:
        lines.append(t("check.same", day=data["date"]))
    elif data["replaced"] is not None:
        lines.append(t("maintenance.replaces", answer=data["replaced"]))
    if data["slipping"]:
        return [*lines, t("maintenance.slipping", step=done.step.id)]
    if data["next_check"] is not None:
        lines.append(t("maintenance.next", day=data["next_check"]))
    return lines


def slip_lines(done: Maintained) -> list[str]:
    """What `log --slip` says: the lapse noted, and, when it makes two within four weeks,
    the situation and the command that rebuilds the step."""
    day = done.day.isoformat()
    lines = [t("slip.same" if done.unchanged else "slip.recorded", title=done.step.title, day=day)]
    if maintenance.slipping(done.step):
        lines.append(t("maintenance.slipping", step=done.step.id))
    else:
        lines.append(t("slip.not_a_relapse"))
    return lines


def reactivated_lines(done: Reactivated) -> list[str]:
    """What `reactivate` says: the step tracked again, and the step set aside, if any."""
    lines = [t("reactivate.done", title=done.step.title, days=REBUILD_DAYS)]
    if done.held is not None:
        lines.append(t("reactivate.held", title=done.held.title))
    return lines


# --- doctor and merge ----------------------------------------------------------------------


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


def created_lines(path: Path, added: str | None, store: Store) -> list[str]:
    """What `init` says of the store it made: where, the step added (or how to add one), and
    that a vision is best found with the team when none was given."""
    lines = [t("init.created", path=path), added or t("init.next")]
    return lines if store.vision else [*lines, t("init.vision_kept")]


def vision_changed_line(before: str | None, after: str | None) -> str:
    """What a changed vision says: the old one beside the new one, kept in the history."""
    if before is None:
        return t("settings.changed.vision")
    return t("settings.vision_replaced", old=before, new=after or t("settings.vision_unset"))


def settings_lines(
    store: Store, path: Path, changed: list[str], old_vision: str | None = None
) -> list[str]:
    """What `settings` shows: each setting, the changed ones said first (a changed vision
    beside the one it replaced), and the vision's history when it changed."""
    lines = [
        vision_changed_line(old_vision, store.vision)
        if name == "vision"
        else t(f"settings.changed.{name}")
        for name in changed
    ]
    settings = store.settings
    lines += [
        t("settings.lang", lang=settings.lang or t("settings.lang_unset")),
        t("settings.day_starts_at", time=settings.day_starts_at),
        t("settings.vision", vision=store.vision or t("settings.vision_unset")),
        t("settings.goals", strength=i18n.percent(settings.strength_goal),
          srbai=i18n.decimal(settings.srbai_goal)),
        t("settings.store", path=path),
    ]  # fmt: skip
    from petitspas.core.settings import vision_history  # `settings` alone: not the prompt's

    history = vision_history(store)
    if len(history) > 1:
        lines.append(t("settings.vision_history"))
        lines += [
            f"  {on.isoformat()}  {vision if vision else t('settings.vision_removed')}"
            for on, vision in history
        ]
    return lines


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


def doctor_lines(data: dict[str, Any], folder: Path) -> list[tuple[bool, str]]:
    """What `doctor` says of `doctor_data`, each line with whether it goes to stderr."""
    store, backups = data["store"], data["backups"]
    lines: list[tuple[bool, str]] = []
    if store["healthy"]:
        steps, marks = tn("count.steps", store["steps"]), tn("count.marks", store["marks"])
        ok = t(
            "doctor.ok", path=store["path"], revision=store["revision"], steps=steps, marks=marks
        )
        lines.append((False, ok))
    elif store["newer"] or not store["exists"]:
        lines.append((True, store["problem"] or ""))
        if not store["exists"] and not backups:  # nothing at all: the one line says it
            return lines
    else:
        lines.append((True, t("doctor.bad", path=store["path"], why=store["problem"])))
    bad = [backup for backup in backups if backup["problem"] is not None]
    good = len(backups) - len(bad)
    counts = {"good": tn("count.good", good), "bad": tn("count.damaged", len(bad))}
    lines.append((False, t("doctor.backups", folder=folder, **counts)))
    for backup in backups:
        if backup["problem"] is not None:
            line = t("doctor.backup_bad", backup=backup["name"], why=backup["problem"])
        else:
            written = backup["written"][:16].replace("T", " ")
            line = t(
                "doctor.backup",
                name=backup["name"],
                revision=backup["revision"],
                written=written,
                size=backup["size"],
                marks=tn("count.marks", backup["marks"]),
            )
        lines.append((False, "  " + line))
    if store["healthy"] or store["newer"]:
        return lines
    newest = data["newest_good"]
    if newest is not None:
        lines.append((True, t("doctor.newest_good", backup=folder / newest, name=newest)))
    elif store["exists"]:  # a missing store has no file to fix: its line said what to do
        lines.append((True, t("doctor.no_good")))
    return lines


def merge_lines(report: Report, merged: Store, other: Path, saved_to: Path | None) -> list[str]:
    """What `merge` says: what it took from the other copy, each operation the rules refused
    at its place in the merged order, and where it saved (None: a dry run)."""
    if not report.changed:
        return [t("merge.nothing", path=other)]
    kinds = [op["op"] for op in report.taken]
    marks, checks, added = kinds.count("mark"), kinds.count("check"), kinds.count("add")
    lines = [
        t(
            "merge.took",
            path=other,
            marks=tn("count.marks", marks),
            checks=tn("count.checks", checks),
            steps=tn("count.new_steps", added),
            others=tn("count.other_changes", len(kinds) - marks - checks - added),
        )
    ]
    new_steps = [op["step"] for op in report.taken if op["op"] == "add"]
    if new_steps:
        lines.append(t("merge.new_steps", ids=", ".join(new_steps)))
    for op, why in report.refused:
        lines.append(t("merge.not_applied", what=operation_words(op, merged),
                       written=op["written_at"][:16].replace("T", " "), why=why))  # fmt: skip
    lines.append(t("merge.saved", path=saved_to) if saved_to else t("merge.dry_run"))
    return lines


def win_added_lines(store: Store, win: Win) -> list[str]:
    """What `win TEXT` says: the win, its number in its week's list, the week's count."""
    from petitspas.core.wins import week_wins

    wins = week_wins(store, win.on)
    number = wins.index(win) + 1
    return [
        t("win.added", n=number, day=day_words(win.on), text=win.text),
        tn("win.week_count", len(wins), week=week_start(win.on).isoformat()),
    ]


def wins_noted_lines(wins: list[Win]) -> list[str]:
    """What `log --done` says of the wins it asked for (the petit pas of noting wins)."""
    if not wins:
        return []
    return [tn("log.wins_noted", len(wins), texts="; ".join(f"“{win.text}”" for win in wins))]


def win_changed_line(changed: WinChanged, number: int) -> str:
    """What `win --edit N` or `win --remove N` says."""
    before, after = changed.before, changed.after
    if after is None:
        return t("win.removed", n=number, text=before.text)
    if changed.unchanged:
        return t("win.same", n=number)
    return t("win.edited", n=number, old=before.text, new=after.text)


def operation_words(op: dict[str, Any], store: Store) -> str:
    """An operation of the journal in a few words: "the drop of “Step one”"."""
    step = store.find(op["step"]) if isinstance(op.get("step"), str) else None
    title = step.title if step is not None else op.get("title") or op.get("step", "")
    values = {name: op.get(name, "") for name in ("day", "first", "last")}
    return t(f"journal.op.{op['op']}", step=title, **values)


def demo_lines(store: Store, target: Path, weeks: int) -> list[str]:
    """What `demo` says below the review: what it built, and commands to explore it."""
    import shlex

    marks = sum(len(step.marks) for step in store.steps)
    lines = [
        t(
            "demo.built",
            path=target,
            weeks=tn("count.weeks", weeks),
            steps=tn("count.steps", len(store.steps)),
            marks=tn("count.marks", marks),
        ),
        t("demo.explore", path=target),
    ]
    for command in ("review", "review --week -7", "path", "export", "log --done"):
        lines.append(f"  petitspas --store {shlex.quote(str(target))} {command}")
    return lines
