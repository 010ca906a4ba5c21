"""The sentences the commands say back: what `add`, `log`, `check`, `drop`, `edit`,
`reactivate`, `remind`, `init`, `settings`, `doctor`, `merge`, `win` and `demo` print, and the
blocks the review shows (a stall, a slip). Pure: given `today`."""

from __future__ import annotations

from datetime import date, timedelta

from petitspas import i18n
from petitspas.core import maintenance
from petitspas.core.calendar import day_words, is_due, schedule_label, week_start, weekday_name
from petitspas.core.progress import (
    BEYOND,
    REBUILD_DAYS,
    Progress,
    forecast,
    gate,
    next_due,
    plateau,
    progress,
    unlogged_days,
)
from petitspas.i18n import t, tn
from petitspas.present.data import maintenance_check_data
from petitspas.present.status import to_log_name

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs ~5 ms
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from petitspas.core.checks import Checked
    from petitspas.core.gate import Unlocked
    from petitspas.core.logbook import Logged, Paused
    from petitspas.core.maintenance import Maintained, Reactivated
    from petitspas.core.merge import Report
    from petitspas.core.model import DayMark, Revision, SelfCheck, Step, Store, Win
    from petitspas.core.steps import Edited
    from petitspas.core.wins import WinChanged


# --- what add, log, check, drop and reactivate say back --------------------------------------


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


# --- remind, path and review -----------------------------------------------------------------


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


def day_text(day: date) -> str:
    """A forecast or plateau for people: ISO, or "beyond 9998"."""
    return t("date.beyond") if day is BEYOND else day.isoformat()


def slipping_block(step_id: str, title: str) -> tuple[str, list[str]]:
    """The review's block for a slipping step: about the situation, never the person (a
    lapse is not a relapse: Marlatt); what changed, and the command that rebuilds it."""
    return t("slipping.head", title=title), [
        t("slipping.changed"),
        t("slipping.reactivate", step=step_id),
    ]


# --- init, settings, doctor and merge --------------------------------------------------------


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


def operation_words(op: dict[str, Any], store: Store) -> str:
    """An operation of the journal in a few words: "the drop of “Step one”"."""
    step = store.find(op["step"]) if isinstance(op.get("step"), str) else None
    title = step.title if step is not None else op.get("title") or op.get("step", "")
    values = {name: op.get(name, "") for name in ("day", "first", "last")}
    return t(f"journal.op.{op['op']}", step=title, **values)


# --- wins and demo ---------------------------------------------------------------------------


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
    store_option = f"--store {shlex.quote(str(target))}"
    for command in ("review", "review --week -7", "path", "export", "log --done"):
        lines.append(f"  petitspas {store_option} {command}")
    rebuilt = [reactivated for step in store.steps for _, reactivated in step.rebuilds()]
    if rebuilt:  # a demo of 26 weeks or more: its hard week
        lines.append(t("demo.hard_week"))
        lines.append(f"  petitspas {store_option} review --week {min(rebuilt).isoformat()}")
    return lines
