"""A realistic, deterministic sample store, built through the same actions as real use."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, tzinfo

from petitspas.core import checks, journal, logbook, maintenance, steps, wins
from petitspas.core.calendar import (
    days_between,
    is_due,
    just_after,
    log_day,
    parse_day_start,
    week_start,
)
from petitspas.core.catalog import CATALOG
from petitspas.core.model import Mark, Settings, Step, Store
from petitspas.core.progress import progress
from petitspas.errors import RuleError
from petitspas.i18n import t

SEED = 2026
NOTES = 12
WIN_TEXTS = 10
LONG = 26
"""Weeks from which the demo tells wins and a relapse too: a shorter one stays the ten-week
demo it always was."""
HARD_WEEK = 9
"""Weeks before today of the long demo's hard week (DESIGN "Maintenance and relapse"): recent
enough for `review --weeks 12` to show the rebuild, early enough for it to be over."""
SLIP_NOTES = 2
EXTRA_STEPS = 6


def _plan(lang: str) -> Iterator[dict[str, str | None]]:
    """The steps the sample manager takes on, in order; after the catalog and a few steps of
    their own, they go round again on the ones that matter most to them."""
    for entry in CATALOG:
        yield {"catalog": entry.key, "title": None, "cue": None, "schedule": entry.schedule}
    for index in range(EXTRA_STEPS):
        yield {
            "catalog": None,
            "title": t(f"demo.extra.{index}.title"),
            "cue": t(f"demo.extra.{index}.cue"),
            "schedule": "workdays",
        }
    rounds = 2
    while True:
        for entry in CATALOG[:3]:
            text = entry.text(lang)
            yield {
                "catalog": None,
                "title": f"{text.title} ({t('demo.round', n=rounds)})",
                "cue": text.cue,
                "schedule": entry.schedule,
            }
        rounds += 1


def sample(now: datetime, weeks: int, lang: str) -> tuple[Store, date]:
    """`demo`: the sample store of `weeks` weeks ending on the log day `now` falls in, and
    that day; refused when it would begin before 1900."""
    today = log_day(now, parse_day_start(Settings().day_starts_at))
    if today - timedelta(weeks=weeks) < date(1900, 1, 1):  # every date written from 1900 on
        raise RuleError(t("demo.too_early", weeks=weeks, day=today.isoformat()))
    return build(today, weeks, lang, now.tzinfo), today


def build(today: date, weeks: int, lang: str, zone: tzinfo | None) -> Store:
    """`weeks` weeks of history ending on `today`, chosen to show well on `today`.

    The sample manager's luck (the seed) is tried in a fixed order until the active step
    has two to five weeks behind it and an earlier one is automatic, so a newcomer's first
    review has something to read whatever the day; or, in a long story, until its relapse is
    over (the step rebuilt, automatic again, the held step resumed): that is what it shows.
    The same day gives the same store.
    """
    store = _simulate(today, weeks, lang, zone, SEED)
    for seed in range(SEED + 1, SEED + 40):
        if _shows_well(store, today):
            break
        store = _simulate(today, weeks, lang, zone, seed)
    return store


def _shows_well(store: Store, today: date) -> bool:
    active = store.active_step()
    if active is None or active.started is None:
        return False
    if not any(step.status == "automatic" for step in store.steps):
        return False
    if any(hold.kind == "on_hold" for hold in active.holds):  # active again: resumed
        # The held step resumed: the long story's relapse is over (a 26-week story's held
        # step, Friday-only, could never show two to five weeks of its own: 40 stories were
        # simulated for nothing, 1.6 s).
        return True
    counted = sum(not active.held_on(day) for day in days_between(active.started, today))
    return 15 <= counted <= 36  # its own days, the day it began included


def _simulate(today: date, weeks: int, lang: str, zone: tzinfo | None, seed: int) -> Store:
    """One run of the sample manager's evenings; today is left unlogged, for `log` to try."""
    rng = random.Random(seed)
    # The wins' and the watch's own draws: adding them left the evenings before the hard
    # week as they were.
    luck, watch = random.Random(-seed), random.Random(f"watch-{seed}")
    first = today - timedelta(weeks=weeks) + timedelta(days=1)
    # The same day gives the same store, id included (a sample: no copy of it to merge).
    store = Store(store_id=journal.operation_id("demo", today.isoformat(), lang, {"weeks": weeks}))
    at_dawn = datetime.combine(first, time(8), tzinfo=zone).isoformat(timespec="seconds")
    journal.record(store, "settings", first, at_dawn, lang=lang, vision=t("demo.vision"))
    plan = _plan(lang)
    holidays = {week for week in range(weeks) if week % 17 == 11}
    hard = week_start(today - timedelta(weeks=HARD_WEEK)) if weeks >= LONG else None

    def queue(day: date) -> None:
        morning = datetime.combine(day, time(8), tzinfo=zone).isoformat(timespec="seconds")
        while store.next_locked() is None or store.active_step() is None:
            spec = next(plan)
            entry = next((e for e in CATALOG if e.key == spec["catalog"]), None)
            if entry is not None:
                steps.add_from_catalog(store, entry, lang, today=day, written_at=morning)
            else:
                steps.add_step(
                    store,
                    title=spec["title"],
                    cue=spec["cue"],
                    schedule=spec["schedule"] or "workdays",
                    today=day,
                    written_at=morning,
                )

    def written(day: date) -> str:
        moment = datetime.combine(day, time(21, rng.randrange(60)), tzinfo=zone)
        return moment.isoformat(timespec="seconds")

    queue(first)
    for day in days_between(first, today):
        step = store.active_step()
        if step is None or step.started is None or day < step.started or day == today:
            continue
        week = (day - first).days // 7
        if is_due(step.schedule, day):
            mark: Mark
            if week in holidays:
                mark = "skip"
            elif rng.random() < _keeps_it(step, day):
                mark = "done"
            else:
                mark = "missed"
            note = (
                t(f"demo.note.{rng.randrange(NOTES)}")
                if mark == "done" and rng.random() < 0.3
                else None
            )
            at = written(day)
            logbook.log(store, day=day, mark=mark, note=note, today=day, written_at=at)
            if weeks >= LONG and mark == "done":  # a longer story holds wins too
                _wins(store, step, day, luck, at)
        if step.status != "active":  # the evening's log made it automatic
            pass
        elif day.weekday() == 4 and (day - step.started).days >= 6 and week not in holidays:
            _self_check(store, step, day, rng, written(day))
        if step.status == "active" and _gives_up(step, day):
            at = written(day)
            steps.drop_step(store, reason=t("demo.drop_reason"), today=day, written_at=at)
        if weeks >= LONG:
            late = datetime.combine(day, time(22, watch.randrange(60)), tzinfo=zone)
            _watch(store, day, week_start(day) == hard, watch, late.isoformat(timespec="seconds"))
        queue(day + timedelta(days=1))
    return store


def _watch(store: Store, day: date, hard: bool, rng: random.Random, written_at: str) -> None:
    """The automatic steps watched: each maintenance check answered on the Friday it falls
    due or the one after, 5 to 7. In the hard week (a reorg announced) the first step to have become
    automatic lapses on Tuesday and Thursday; slipping by Friday, it is rebuilt that evening,
    the active step on hold until it is automatic again. A story of 26 weeks or more."""
    first = min(
        (step for step in store.steps if step.automatic_on is not None),
        key=lambda step: step.automatic_on or day,
        default=None,
    )
    for step in store.steps if day.weekday() == 4 else ():  # Friday evening's review
        if maintenance.check_due(step, day):
            answer = 3 if hard and step is first else rng.choice((5, 6, 6, 7))
            maintenance.check(store, step.id, answer=answer, day=day, today=day,
                              written_at=written_at)  # fmt: skip
    active = store.active_step()
    if not hard or first is None or (active is not None and active.rebuilt_on is not None):
        return
    if day.weekday() in (1, 3):
        note = t(f"demo.slip.{day.weekday() // 2}")
        maintenance.slip(store, first.id, note=note, day=day, today=day, written_at=written_at)
    elif day.weekday() == 4 and maintenance.slipping(first):
        maintenance.reactivate(store, first.id, today=day, written_at=written_at)
        # The evening it is rebuilt, the step is done again: its first day counts.
        at = just_after(written_at)
        logbook.log(store, day=day, mark="done", note=None, today=day, written_at=at)


def _keeps_it(step: Step, day: date) -> float:
    """How likely the sample manager does the step on a due day: less in its first days, more
    while rebuilding one that slipped (they watch it)."""
    if step.rebuilt_on is not None:
        return 0.95
    assert step.started is not None
    return 0.80 if (day - step.started).days < 10 else 0.91


def _wins(store: Store, step: Step, day: date, rng: random.Random, written_at: str) -> None:
    """The evening's wins: one to three when the petit pas is noting them, else now and then."""
    collects = step.catalog in wins.WIN_STEPS
    count = rng.randint(1, wins.WINS_ASKED) if collects else int(rng.random() < 0.12)
    for _ in range(count):
        text = t(f"demo.win.{rng.randrange(WIN_TEXTS)}")
        with contextlib.suppress(RuleError):  # the same win twice in one evening is no story
            wins.add_win(store, text=text, day=day, today=day, written_at=written_at)


def _self_check(store: Store, step: Step, day: date, rng: random.Random, written_at: str) -> None:
    """A weekly self-check whose answers rise with the habit's strength."""
    strength = progress(step, day).strength
    base = 1.4 + 5.4 * strength
    answers = [max(1, min(7, round(base + rng.uniform(-0.7, 0.7)))) for _ in range(4)]
    checks.check(
        store,
        answers=(answers[0], answers[1], answers[2], answers[3]),
        day=day,
        today=day,
        written_at=written_at,
    )


def _gives_up(step: Step, day: date) -> bool:
    """The sample manager honestly drops the Monday-only step after six weeks: too rare."""
    return (
        step.catalog == "reunion-utile"
        and step.started is not None
        and (day - step.started).days >= 42
    )
