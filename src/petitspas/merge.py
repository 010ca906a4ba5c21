"""Union of two diverged copies of a store (a laptop and a desktop); pure, given `today`.

The result does not depend on which copy is merged into which: every choice is made by a
rule that treats both sides alike (latest `written_at`, then a fixed order; earliest date;
path order with a stable tie-break). Statuses are not trusted blindly where the sides
disagree: the merged history is replayed through the same gate that `log` and `check` use.
"""

from __future__ import annotations

import heapq
import itertools
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from petitspas.calendar import instant
from petitspas.model import REVISED_FIELDS, DayMark, Revision, SelfCheck, Settings, Step, Store
from petitspas.progress import gate

# On a tie of `written_at`, this order decides (DESIGN: done, skip, missed, then the note).
_MARK_RANK = {"done": 2, "skip": 1, "missed": 0}


@dataclass(slots=True)
class Report:
    """What the merge took from each side, for the user to read."""

    marks_from_other: int = 0
    marks_kept_ours: int = 0
    selfchecks_from_other: int = 0
    steps_from_other: list[str] = field(default_factory=list)
    revisions_from_other: list[tuple[str, Revision]] = field(default_factory=list)
    """(step id, revision) for each change `edit` made on the other copy only."""
    conflicts: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    """(message key, values): status disagreements and how they were settled."""

    changed: bool = False
    """Whether the merged store differs from ours (anything but the revision)."""


def _mark_key(mark: DayMark) -> tuple[object, ...]:
    # The raw text last: the same instant written with two offsets still has one winner.
    return (instant(mark.written_at), _MARK_RANK[mark.mark], mark.note or "", mark.written_at)


def _check_key(check: SelfCheck) -> tuple[object, ...]:
    return (check.date, instant(check.written_at), check.answers, check.written_at)


def _union_checks(first: list[SelfCheck], second: list[SelfCheck]) -> list[SelfCheck]:
    """Both lists' self-checks, one a day: the one written last, as a second `check` the
    same day replaces the first (and as a day's marks are merged); in date order."""
    latest: dict[date, SelfCheck] = {}
    for check in [*first, *second]:
        kept = latest.get(check.date)
        if kept is None or _check_key(check) > _check_key(kept):
            latest[check.date] = check
    return [latest[day] for day in sorted(latest)]


def _revision_key(revision: Revision) -> tuple[object, ...]:
    return (revision.on, instant(revision.written_at), revision.written_at, revision.field,
            revision.old or "", revision.new or "")  # fmt: skip


def _union_revisions(first: list[Revision], second: list[Revision]) -> list[Revision]:
    """Both sides' revisions, each once, in the order they were made."""
    revisions = {_revision_key(revision): revision for revision in [*first, *second]}
    return [revisions[key] for key in sorted(revisions)]


def _pick(a: object, b: object) -> object:
    """A side-independent choice between two values that should be equal but are not.

    A value beats a missing one (null): a merge never erases what one side wrote.
    """
    if a is None or b is None:
        return b if a is None else a
    return max(a, b, key=lambda value: json.dumps(value, sort_keys=True, default=str))


def _pick_fields(
    mine: dict[str, Any], other: dict[str, Any], what: str, report: Report
) -> dict[str, Any]:
    """`_pick` field by field; where both sides hold different values, say which was kept."""
    chosen = {}
    for name, value in mine.items():
        chosen[name] = _pick(value, other[name])
        if value is not None and other[name] is not None and value != other[name]:
            report.conflicts.append(
                ("merge.differ", {"what": f"{what}{name}", "kept": str(chosen[name])})
            )
    return chosen


def _order(ours: list[Step], theirs: list[Step]) -> list[str]:
    """Step ids in path order: each side's order kept, one-sided steps where they stood.

    A topological merge of both sequences; ties go to the step added first, then by id,
    so the order is the same whichever side is "ours".
    """
    added: dict[str, date] = {}
    for step in [*ours, *theirs]:
        added[step.id] = min(step.added_on or date.min, added.get(step.id, date.max))
    after: dict[str, set[str]] = {step_id: set() for step_id in added}
    before_count = dict.fromkeys(added, 0)
    for side in (ours, theirs):
        for first, second in itertools.pairwise(side):
            if second.id not in after[first.id]:
                after[first.id].add(second.id)
                before_count[second.id] += 1
    ready = [(added[step_id], step_id) for step_id, count in before_count.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, step_id = heapq.heappop(ready)
        order.append(step_id)
        for following in sorted(after[step_id]):
            before_count[following] -= 1
            if before_count[following] == 0:
                heapq.heappush(ready, (added[following], following))
    if len(order) < len(added):  # the sides ordered common steps differently: fall back
        order = sorted(added, key=lambda step_id: (added[step_id], step_id))
    return order


def _merge_step(mine: Step | None, other: Step | None, report: Report) -> Step:
    """One step's union: texts, marks (latest written wins) and self-checks."""
    if mine is None or other is None:
        only = mine or other
        assert only is not None
        if mine is None:
            report.steps_from_other.append(only.id)
            report.marks_from_other += len(only.marks)
            report.selfchecks_from_other += len(only.selfchecks)
        return only.replace(
            marks=dict(only.marks),
            selfchecks=_union_checks(only.selfchecks, []),
            cleared=dict(only.cleared),
            revisions=list(only.revisions),
        )
    revisions = _union_revisions(mine.revisions, other.revisions)
    known = {_revision_key(revision) for revision in mine.revisions}
    report.revisions_from_other += [
        (mine.id, revision) for revision in revisions if _revision_key(revision) not in known
    ]
    # A field `edit` changed takes the value of its latest revision on either side; the
    # others, which only a hand edit could make differ, are picked by `_pick`.
    edited = {revision.field: revision.new for revision in revisions}
    texts = [name for name in ("catalog", "drop_reason", *REVISED_FIELDS) if name not in edited]
    chosen = {
        **edited,
        **_pick_fields(
            {name: getattr(mine, name) for name in texts},
            {name: getattr(other, name) for name in texts},
            f"{mine.id}.",
            report,
        ),
    }
    marks, cleared = _merge_days(mine, other, report)
    checks = _union_checks(mine.selfchecks, other.selfchecks)
    known = {_check_key(check) for check in mine.selfchecks}
    report.selfchecks_from_other += sum(_check_key(check) not in known for check in checks)
    added = [day for day in (mine.added_on, other.added_on) if day is not None]
    return Step(
        id=mine.id,
        **chosen,
        status=mine.status,
        added_on=min(added) if added else None,
        started=mine.started,
        automatic_on=mine.automatic_on,
        dropped_on=mine.dropped_on,
        marks=marks,
        selfchecks=checks,
        cleared=cleared,
        revisions=revisions,
    )


def _merge_days(
    mine: Step, other: Step, report: Report
) -> tuple[dict[date, DayMark], dict[date, str]]:
    """Each day's mark: the one written last wins, unless a clearing (tombstone) written
    later than it removed it; a tie between a mark and a clearing keeps the mark."""
    marks: dict[date, DayMark] = {}
    cleared: dict[date, str] = {}
    days = set(mine.marks) | set(other.marks) | set(mine.cleared) | set(other.cleared)
    for day in sorted(days):
        candidates = [mark for mark in (mine.marks.get(day), other.marks.get(day)) if mark]
        mark = max(candidates, key=_mark_key) if candidates else None
        stamps = [stamp for stamp in (mine.cleared.get(day), other.cleared.get(day)) if stamp]
        stamp = max(stamps, key=lambda text: (instant(text), text)) if stamps else None
        if stamp is not None and (mark is None or instant(stamp) > instant(mark.written_at)):
            cleared[day] = stamp
        elif mark is not None:
            marks[day] = mark
        merged = (marks.get(day), cleared.get(day))
        if merged != (mine.marks.get(day), mine.cleared.get(day)):
            report.marks_from_other += 1  # what this copy did not hold came from the other
        elif (other.marks.get(day) or other.cleared.get(day)) and merged != (
            other.marks.get(day),
            other.cleared.get(day),
        ):
            report.marks_kept_ours += 1  # both copies wrote the day; this one's is newer
    return marks, cleared


def merge(ours: Store, theirs: Store, today: date) -> tuple[Store, Report]:
    """The union of two copies; `today` bounds the gate's replay where statuses disagree."""
    report = Report()
    mine = {step.id: step for step in ours.steps}
    other = {step.id: step for step in theirs.steps}
    steps = [
        _merge_step(mine.get(step_id), other.get(step_id), report)
        for step_id in _order(ours.steps, theirs.steps)
    ]
    sides = {
        step_id: [side for side in (mine.get(step_id), other.get(step_id)) if side]
        for step_id in mine | other
    }
    settings = Settings(
        **_pick_fields(ours.settings.to_dict(), theirs.settings.to_dict(), "settings.", report)
    )
    vision = _pick_fields({"vision": ours.vision}, {"vision": theirs.vision}, "", report)["vision"]
    merged = Store(
        vision=vision if isinstance(vision, str) else None,
        settings=settings,
        steps=steps,
        revision=max(ours.revision, theirs.revision),
    )
    _replay_statuses(merged, sides, today, report)
    ours_shape, merged_shape = ours.to_dict(), merged.to_dict()
    ours_shape.pop("revision")
    merged_shape.pop("revision")
    report.changed = ours_shape != merged_shape
    return merged, report


def merge_into(store: Store, theirs: Store, today: date) -> Report:
    """`merge`: the union of `store` and `theirs`, written into `store` (a new revision
    only if anything changed)."""
    merged, report = merge(store, theirs, today)
    store.vision, store.settings, store.steps = merged.vision, merged.settings, merged.steps
    if report.changed:
        store.revision = merged.revision
    return report


def _replay_statuses(
    store: Store, sides: dict[str, list[Step]], today: date, report: Report
) -> None:
    """Settle statuses: one active step at most, the gate respected, the first-activated kept.

    A drop on either side stands (a person decided it), with its earliest date. An
    `automatic` both sides agree on is kept; where they disagree it is re-derived: the
    earliest day the merged history passes the gate, or not automatic at all. Of the steps
    still open that either side had started, the one started first (then the first in path
    order) is active and the others are locked again. Dates are the earliest either side
    recorded, so merging the result again with either copy changes nothing.
    """
    open_steps: list[Step] = []
    last_end: date | None = None
    for step in store.steps:
        versions = sides[step.id]
        starts = [version.started for version in versions if version.started is not None]
        step.started = min(starts) if starts else None
        step.status, step.automatic_on, step.dropped_on = "locked", None, None
        end = _settle(step, versions, today, store, report)
        if end is None:
            open_steps.append(step)
        else:
            last_end = max(end, last_end) if last_end else end
    started = [step for step in open_steps if step.started is not None]
    if started:
        active = min(started, key=lambda step: (step.started or date.max, open_steps.index(step)))
        for rival in started:
            if rival is not active:
                rival.started = None
                report.conflicts.append(
                    ("merge.rival", {"kept": active.title, "locked": rival.title})
                )
    elif open_steps and last_end is not None:
        # Every step either side started has ended here: the next one starts the day after.
        active = open_steps[0]
    else:
        return
    assert active.started is not None or last_end is not None
    if last_end is not None and (active.started is None or active.started <= last_end):
        # Never two steps on one day: the day an earlier step ended (a graduation the
        # merged history moved later) still belongs to it.
        active.started = last_end + timedelta(days=1)
    active.status = "active"


def _settle(
    step: Step, versions: list[Step], today: date, store: Store, report: Report
) -> date | None:
    """Set how `step` ended (dropped or automatic) and return that day; None if still open."""
    drops = [v for v in versions if v.status == "dropped" and v.dropped_on is not None]
    if drops:
        first = min(drops, key=lambda v: (v.dropped_on or date.max, v.drop_reason or ""))
        step.status, step.dropped_on = "dropped", first.dropped_on
        step.drop_reason = first.drop_reason
        return first.dropped_on
    if step.started is None:
        return None
    automatic = [v for v in versions if v.status == "automatic" and v.automatic_on is not None]
    agreed = {v.automatic_on for v in automatic}
    if automatic and len(automatic) == len(versions) and len(agreed) == 1:
        step.status, step.automatic_on = "automatic", automatic[0].automatic_on
        return step.automatic_on
    # The copies disagree, or neither graduated it: one may hold the strength and the
    # other the self-check. The step graduates on the first log day both held on the
    # merged history, as log and check would have seen it there.
    passed = _first_passing_day(step, today, store)
    if passed is None:
        if automatic:
            report.conflicts.append(("merge.gate_kept_active", {"title": step.title}))
        return None
    step.status, step.automatic_on = "automatic", passed
    report.conflicts.append(
        ("merge.gate_rederived", {"title": step.title, "day": passed.isoformat()})
    )
    return passed


def _first_passing_day(step: Step, today: date, store: Store) -> date | None:
    assert step.started is not None
    probe = step.replace(status="active", automatic_on=None, dropped_on=None)
    day = step.started
    while day <= today:
        if gate(probe, day, store.settings).passed:
            return day
        day += timedelta(days=1)
    return None
