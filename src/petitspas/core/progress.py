"""Streaks, habit strength, the automaticity gate and the forecast; pure, given `today`."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from petitspas.core.calendar import instant, is_due, schedule_days
from petitspas.core.model import Record, SelfCheck, Settings, Step

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the prompt's status
if TYPE_CHECKING:
    from collections.abc import Iterator

HALF_LIFE = 13
"""Loop Habit Tracker's half-life, in days of a habit due every day."""

LAST_DAY = date(9998, 12, 31)
"""The last day petitspas works with (calendar.LAST_YEAR)."""
BEYOND = date.max
"""A forecast that would fall after LAST_DAY: said in words, never computed."""

SELFCHECK_WINDOW = 7
"""A self-check counts for the gate while it is dated within the last 7 days."""

REBUILD_DAYS = 14
"""A reactivated step graduates again no sooner than 14 days after its reactivation: its
strength carried over across the days it was automatic (paused), so a fortnight of days
tracked again must show it (gate.evaluate_gate)."""

LOOKBACK = 7
"""The look-back of `log` and `remind`: a due day left unmarked stays *to log* while it is
one of the last 7 closed log days (today−7 … today−1); older, it counts as missed."""

# Strengths are compared with a little slack so that a goal typed as 0.8 is not missed by
# a rounding error in the last bit of a float.
_EPSILON = 1e-12


class Progress(Record):
    """Where a step stands on a given day."""

    __slots__ = ("streak", "best_streak", "strength")

    def __init__(self, streak: int, best_streak: int, strength: float) -> None:
        self.streak = streak
        self.best_streak = best_streak
        self.strength = strength


class Gate(Record):
    """The two conditions that make a step automatic, and the self-check considered."""

    __slots__ = ("strength_ok", "selfcheck_ok", "selfcheck")

    def __init__(self, strength_ok: bool, selfcheck_ok: bool, selfcheck: SelfCheck | None) -> None:
        self.strength_ok = strength_ok
        self.selfcheck_ok = selfcheck_ok
        self.selfcheck = selfcheck

    @property
    def passed(self) -> bool:
        return self.strength_ok and self.selfcheck_ok


def multiplier(schedule: str) -> float:
    """How much of the strength one due day of `schedule` keeps: `0.5 ** (1 / (13·√f))`.

    Loop Habit Tracker's multiplier per calendar day is `0.5 ** (√f / 13)` for a habit due
    a fraction f of days; one due day stands for 1/f calendar days, hence the power 1/f.
    Daily 0.948078 (31 done days reach 0.80), workdays 0.938861 (26), three days a week
    0.921782 (20), one day a week 0.868430 (12).
    """
    kept = _MULTIPLIERS.get(schedule)
    if kept is None:
        share = len(schedule_days(schedule)) / 7
        kept = _MULTIPLIERS[schedule] = 0.5 ** (1 / (HALF_LIFE * share**0.5))
    return kept


_MULTIPLIERS: dict[str, float] = {}


def horizon(step: Step, today: date) -> date | None:
    """The last day that counts: the last closed day, or `today` once it is marked.

    A step that graduated or was dropped counts up to the day it ended, by the same rule.
    """
    if step.started is None:
        return None
    end = step.ended or today
    return end if end in step.marks else end - timedelta(days=1)


def due_state(step: Step, day: date, today: date) -> str:
    """How a due day of `step` counts, seen from `today`: the one place that decides it.

    A mark counts as written: `done`, `missed` or `skip`. A due day without a mark is `open`
    tonight; `to_log` while it lies within the look-back (LOOKBACK days) of a step still
    running, the days `log` lists and can still fill in; `missed` only once it leaves that
    window, or once its step has ended (its days can no longer be logged).

    DESIGN, "Day mark": a forgotten evening is not a failure, a week of silence is. A day to
    log, like a pause, neither breaks nor extends the streak and freezes the strength until
    it is logged (`progress`); stalling passes over it as over a pause, so forgetting to type
    a command never reads as a stall. Lally et al. (2010): one missed day did not materially
    affect habit formation; so an evening not yet written down is not counted as one.
    A held day (`Step.held_on`) counts as a pause, whatever mark it holds.
    """
    if step.holds and step.held_on(day):  # on hold, or automatic before a rebuild: paused
        return "skip"
    mark = step.marks.get(day)
    if mark is not None:
        return mark.mark
    if day >= today:
        return "open"
    if step.ended is None and day >= today - timedelta(days=LOOKBACK):
        return "to_log"
    return "missed"


def progress(
    step: Step, today: date, *, through: date | None = None, to_log_done: bool = False
) -> Progress:
    """Current streak, best streak and strength over the step's due, non-skipped days.

    Unscheduled days are neutral, a skip freezes the streak, and so does a due day still
    to log (`due_state`); an older due day without a mark counts as missed, and today not yet
    logged does not break anything. Each day is judged by the schedule in force that day,
    with that schedule's multiplier. `through`, a closed day (a past week's end), counts
    every day up to it instead, or up to the step's end; its days are still seen from
    `today` (a day of that week that is still to log is not missed). `to_log_done` counts
    the days still to log as done instead: the forecast's "if every due day is done".
    """
    last = _last_counted(step, today, through)
    if step.started is None or last is None or last < step.started:
        return Progress(0, 0, 0.0)
    *_, (_, run, best, strength) = _days(step, today, last, to_log_done)  # the last day's
    return Progress(run, best, strength)


def _last_counted(step: Step, today: date, through: date | None) -> date | None:
    """The last day `progress` counts: the horizon tonight, or `through` (within the step)."""
    if through is None:
        return horizon(step, today)
    return through if step.ended is None or through < step.ended else horizon(step, through)


def _days(
    step: Step, today: date, last: date, to_log_done: bool
) -> Iterator[tuple[date, int, int, float]]:
    """The one formula: streak, best streak and strength at the end of each day from the
    step's start to `last`."""
    assert step.started is not None
    run = best = 0
    strength = 0.0
    schedule = ""
    due: frozenset[int] = frozenset()
    kept = 1.0
    day = step.started
    one_day = timedelta(days=1)
    while day <= last:
        in_force = step.schedule_on(day)
        if in_force != schedule:  # an edit changed the due days, and the multiplier with them
            schedule, due, kept = in_force, schedule_days(in_force), multiplier(in_force)
        if day.weekday() in due:
            kind = due_state(step, day, today)
            if kind == "done" or (to_log_done and kind == "to_log"):
                run += 1
                best = max(best, run)
                strength = strength * kept + (1 - kept)
            elif kind == "missed":
                run = 0
                strength *= kept
        yield day, run, best, strength
        day += one_day


def unlogged_days(step: Step, today: date) -> list[date]:
    """The days still to log: due days of the last LOOKBACK closed days with no mark, of a
    step still running (`due_state`), oldest first."""
    if step.started is None or step.ended is not None:
        return []
    first = max(step.started, today - timedelta(days=LOOKBACK))
    days = (first + timedelta(days=offset) for offset in range((today - first).days))
    return [
        day
        for day in days
        if is_due(step.schedule_on(day), day) and due_state(step, day, today) == "to_log"
    ]


def next_due(step: Step, today: date) -> date:
    """The first due day after `today` that is still open: a day already marked (a pause
    planned ahead) is passed over. A schedule has at least one day a week, and a pause at
    most 90 days, so the search ends."""
    day = today + timedelta(days=1)
    while day in step.marks or not is_due(step.schedule_on(day), day):
        day += timedelta(days=1)
    return day


def check_order(check: SelfCheck) -> tuple[date, datetime]:
    """Self-checks in the order they were made: by day, then by the instant written."""
    return check.date, instant(check.written_at)


def latest_selfcheck(step: Step, today: date) -> SelfCheck | None:
    """The most recent self-check dated within the gate's window (today−6 … today)."""
    first = today - timedelta(days=SELFCHECK_WINDOW - 1)
    recent = [check for check in step.selfchecks if first <= check.date <= today]
    return max(recent, key=check_order, default=None)


def gate(step: Step, today: date, settings: Settings, strength: float | None = None) -> Gate:
    """Whether the step is automatic yet: strength and a recent self-check both at their goals."""
    if strength is None:
        strength = progress(step, today).strength
    check = latest_selfcheck(step, today)
    return Gate(
        strength_ok=strength + _EPSILON >= settings.strength_goal,
        selfcheck_ok=check is not None and check.score + _EPSILON >= settings.srbai_goal,
        selfcheck=check,
    )


def done_days_needed(strength: float, goal: float, kept: float) -> int:
    """How many more done due days, each keeping `kept` of the strength (`multiplier`), lift
    `strength` to `goal` (0 if it is there already).

    Closed form: after k done days s_k = 1 − (1 − s)·m^k, so k = ⌈log((1 − goal)/(1 − s)) / log m⌉.
    The result is then checked by replaying the exact update the strength uses, so a float
    rounding at the boundary can never make the forecast disagree with the real strength.
    """
    if strength + _EPSILON >= goal:
        return 0
    import math

    needed = max(1, math.ceil(math.log((1 - goal) / (1 - strength)) / math.log(kept)))
    while _replay(strength, needed - 1, kept) + _EPSILON >= goal and needed > 1:
        needed -= 1
    while _replay(strength, needed, kept) + _EPSILON < goal:
        needed += 1
    return needed


def _replay(strength: float, done_days: int, kept: float) -> float:
    for _ in range(done_days):
        strength = strength * kept + (1 - kept)
    return strength


def forecast(step: Step, today: date, settings: Settings) -> date | None:
    """The earliest day the strength goal can be reached if every due day from now is done.

    Counts today when it is due and not yet marked, and the days still to log as done (they
    are due days too); today itself when logging those done reaches the goal. None when the
    step is not active or the strength goal is already reached; BEYOND when it would fall
    after 9998.

    The closed form gives how many done due days the schedule in force needs; they are then
    counted on its calendar. Should the schedule in force change on the way (a day judged
    by another schedule), the count starts again from the strength reached that day, with
    the new schedule's multiplier.
    """
    if step.status != "active" or step.started is None:
        return None
    strength, goal = progress(step, today).strength, settings.strength_goal
    if strength + _EPSILON >= goal:
        return None
    if unlogged_days(step, today):
        strength = progress(step, today, to_log_done=True).strength
        if strength + _EPSILON >= goal:
            return today  # reached as soon as the days to log are logged done
    schedule = ""
    due: frozenset[int] = frozenset()
    kept, needed = 1.0, 1
    day = max(today if today not in step.marks else today + timedelta(days=1), step.started)
    while day <= LAST_DAY:
        in_force = step.schedule_on(day)
        if in_force != schedule:
            schedule, due, kept = in_force, schedule_days(in_force), multiplier(in_force)
            needed = done_days_needed(strength, goal, kept)
        if day.weekday() in due and day not in step.marks:  # a planned pause is not done
            strength = strength * kept + (1 - kept)
            needed -= 1
            if needed == 0:
                return day
        day += timedelta(days=1)
    return BEYOND


STALL_GRACE = 14
"""Nothing stalls in a step's first 14 days: a new behaviour is allowed a shaky start."""

STALL_MISSES = 2
"""A flat strength is a stall only with this many due days missed (or left unlogged past the
look-back) in its 14 days: never after a single miss."""

STALL_REASONS = ("missed_twice", "strength_flat", "low_plateau")
"""Why a step stalls, in the order they are looked for (docs/design.md, Stalling)."""


def stalling(step: Step, today: date, settings: Settings) -> str | None:
    """Why the active step stalls (one of STALL_REASONS), or None when it does not.

    After its first 14 days, a step stalls when the last two due days it counts were missed
    (a pause or a day still to log between them is neutral, as for the streak); or when its
    strength is under the goal and no higher than 14 days before, over days that held at
    least two due days missed or left unlogged past the look-back (a two-week holiday
    freezes the strength, and is not a stall; and one miss does not materially affect habit
    formation, Lally et al. 2010: a weekly step's 14 days hold only two due days, one miss
    among them must not read as a stall); or when three or more self-checks fit a Lally
    curve whose plateau is under the self-check goal.
    """
    if step.status != "active" or step.started is None:
        return None
    grace_over = step.started + timedelta(days=STALL_GRACE)
    if today < grace_over:
        return None
    if _missed_twice(step, today, grace_over):
        return "missed_twice"
    if _strength_flat(step, today, settings):
        return "strength_flat"
    if _low_plateau(step, today, settings):
        return "low_plateau"
    return None


def _counted(step: Step, day: date, today: date) -> str | None:
    """How `day` counts for the strength: done, missed (also unmarked and past the look-back)
    or None (not due, paused, or still to log)."""
    if not is_due(step.schedule_on(day), day):
        return None
    kind = due_state(step, day, today)
    return kind if kind in ("done", "missed") else None


def _missed_twice(step: Step, today: date, first: date) -> bool:
    """The last two due days counted up to the horizon, both on or after `first`, missed."""
    day, misses = horizon(step, today), 0
    while day is not None and day >= first:
        kind = _counted(step, day, today)
        if kind == "done":
            return False
        if kind == "missed":
            misses += 1
            if misses == 2:
                return True
        day -= timedelta(days=1)
    return False


def _strength_flat(step: Step, today: date, settings: Settings) -> bool:
    now = progress(step, today).strength
    if now + _EPSILON >= settings.strength_goal:
        return False
    before = today - timedelta(days=STALL_GRACE)
    first, last = horizon(step, before), horizon(step, today)
    assert first is not None and last is not None  # the step has started
    # The strength then, as known tonight (its days are all past the look-back by now).
    if now > progress(step, today, through=first).strength + _EPSILON:
        return False
    days = (first + timedelta(days=offset) for offset in range(1, (last - first).days + 1))
    return sum(_counted(step, day, today) == "missed" for day in days) >= STALL_MISSES


def _low_plateau(step: Step, today: date, settings: Settings) -> bool:
    assert step.started is not None
    started = step.started
    points: list[tuple[float, float]] = [
        ((check.date - started).days, check.score)
        for check in step.selfchecks
        if check.date <= today
    ]
    if len(points) < 3:
        return False
    curve = fit_curve(points)
    return curve is not None and curve.a + _EPSILON < settings.srbai_goal


class Curve(Record):
    """Lally et al. (2010)'s automaticity curve `a − b·e^(−c·t)`, t in days since the start."""

    __slots__ = ("a", "b", "c")

    def __init__(self, a: float, b: float, c: float) -> None:
        self.a = a
        self.b = b
        self.c = c

    def at(self, days: float) -> float:
        import math

        return self.a - self.b * math.exp(-self.c * days)

    def plateau_days(self, share: float = 0.95) -> float | None:
        """Days until the curve reaches `share` of its asymptote; None if it never rises there."""
        import math

        if self.a <= 0 or self.b <= 0 or self.c <= 0:
            return None
        gap = (1 - share) * self.a
        return max(0.0, math.log(self.b / gap) / self.c)


def fit_curve(points: list[tuple[float, float]]) -> Curve | None:
    """Least-squares fit of `a − b·e^(−c·t)` to (t, score) points; None below 3 distinct days.

    For a fixed c the model is linear in a and b, so they have a closed form; c is found by
    a log-spaced scan then a golden-section refinement of the squared error. Pure Python:
    a handful of self-checks does not justify NumPy/SciPy.
    """
    return _fit(tuple(points))


@lru_cache(maxsize=16)
def _fit(points: tuple[tuple[float, float], ...]) -> Curve | None:
    # Kept: `log` asks whether the step stalls before and after its mark, and the review's
    # card asks for the plateau and the stall, each a fit of the same self-checks (~3 ms
    # with ten of them); one ten-year demo simulation went from 2.6 s to 1.3 s. The curve
    # is read, never changed.
    import math

    if len({t for t, _ in points}) < 3:
        return None

    def solve(c: float) -> tuple[float, Curve]:
        # y = a + b' · u with u = e^(−c·t) and b' = −b: ordinary least squares in (a, b').
        us = [math.exp(-c * t) for t, _ in points]
        ys = [y for _, y in points]
        n = len(points)
        mean_u, mean_y = sum(us) / n, sum(ys) / n
        var_u = sum((u - mean_u) ** 2 for u in us)
        if var_u < 1e-15:
            return math.inf, Curve(mean_y, 0.0, c)
        slope = sum((u - mean_u) * (y - mean_y) for u, y in zip(us, ys, strict=True)) / var_u
        a = mean_y - slope * mean_u
        curve = Curve(a, -slope, c)
        error = sum((curve.at(t) - y) ** 2 for t, y in points)
        return error, curve

    scan = [10 ** (-3 + 4 * step / 120) for step in range(121)]  # c from 0.001 to 10 per day
    best = min(range(len(scan)), key=lambda index: solve(scan[index])[0])
    low = math.log(scan[max(best - 1, 0)])
    high = math.log(scan[min(best + 1, len(scan) - 1)])
    ratio = (math.sqrt(5) - 1) / 2
    for _ in range(60):
        left, right = high - ratio * (high - low), low + ratio * (high - low)
        if solve(math.exp(left))[0] <= solve(math.exp(right))[0]:
            high = right
        else:
            low = left
    error, curve = solve(math.exp((low + high) / 2))
    return curve if math.isfinite(error) else None


PLATEAU_SHARE = 0.95
"""Lally et al. (2010) date the plateau at 95 % of the fitted asymptote."""

PLATEAU_YEARS = 2
"""A plateau is said only when it falls between today and this many years ahead (DESIGN,
Forecast): a date already past, or a decade away, is a wrong number, not a forecast."""

PLATEAU_WHY = ("too_few", "not_rising", "past", "too_far")
"""Why no plateau is said: fewer than three self-checks on three days; a fit that does not
rise (b ≤ 0 or c ≤ 0, or a plateau at or under 0); its date already past; more than two
years ahead."""


class Plateau(Record):
    """The plateau of automaticity the self-checks point to: its day, or why none is said."""

    __slots__ = ("day", "why")

    def __init__(self, day: date | None, why: str | None) -> None:
        self.day = day
        self.why = why


def plateau(step: Step, today: date) -> Plateau:
    """With three or more self-checks up to `today`, the day Lally et al.'s fitted curve
    reaches 95 % of its asymptote, said only when the fit rises (a, b, c > 0) and that day
    lies between `today` and two years ahead; otherwise no day, and why (PLATEAU_WHY)."""
    started = step.started
    checks = [check for check in step.selfchecks if check.date <= today]
    if started is None or len(checks) < 3:
        return Plateau(None, "too_few")
    curve = fit_curve([((check.date - started).days, check.score) for check in checks])
    if curve is None:
        return Plateau(None, "too_few")
    days = curve.plateau_days(PLATEAU_SHARE)
    if days is None:
        return Plateau(None, "not_rising")
    import math

    latest = _years_after(today, PLATEAU_YEARS)
    if days > (latest - started).days:  # also keeps a huge float from overflowing a date
        return Plateau(None, "too_far")
    day = started + timedelta(days=math.ceil(days))
    if day < today:
        return Plateau(None, "past")
    if day > latest:
        return Plateau(None, "too_far")
    return Plateau(day, None)


def _years_after(day: date, years: int) -> date:
    """The same day `years` later (29 February: the 28th), at most LAST_DAY."""
    if day.year + years > LAST_DAY.year:
        return LAST_DAY
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


DayState = str
"""One of: done, missed, skip (a mark), not_due, open (today, not logged yet), to_log (an
earlier due day still to log: `due_state`), future, none."""


def step_on(steps: list[Step], day: date) -> Step | None:
    """The step that was active on `day`: started on or before it and not ended before it."""
    for step in steps:
        if step.started is None or step.started > day or step.held_on(day):
            continue
        if step.ended is None or day <= step.ended:
            return step
    return None


def first_day(steps: list[Step]) -> date | None:
    """The first day of a history: the day its first step started (None before any did)."""
    return min((step.started for step in steps if step.started), default=None)


def day_state(step: Step | None, day: date, today: date) -> DayState:
    """How a day looks for a step, the way streaks and strength count it."""
    if day > today:
        return "future"
    if step is None:
        return "none"
    if step.holds and step.held_on(day):  # paused: on hold, or automatic before a rebuild
        return "skip" if is_due(step.schedule_on(day), day) else "not_due"
    mark = step.marks.get(day)
    if mark is not None:
        return mark.mark
    if not is_due(step.schedule_on(day), day):
        return "not_due"
    if step.ended is not None and day >= step.ended:
        return "none"  # the evening it ended, unlogged: not counted (`horizon`), not to log
    return due_state(step, day, today)


def weekly_strength(step: Step, first: date, last: date, today: date) -> list[tuple[date, float]]:
    """The step's strength at the end of each week, from `first`'s week to `last`'s, the last
    one at `last` (tonight's when `last` is today): what `progress` says at each week's end,
    read from one walk through the days (asking `progress` afresh each week walked a
    ten-year step's days 520 times: the ten-year HTML export took 0.8 s instead of 0.15 s).
    The review's chart and the HTML export's both read it."""
    ends = []  # each week's Monday and the last day its strength counts
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        sunday = monday + timedelta(days=6)
        if sunday >= last:
            ends.append((monday, _last_counted(step, today, None if last >= today else last)))
        else:
            ends.append((monday, _last_counted(step, today, sunday)))
        monday += timedelta(days=7)
    started = step.started
    wanted = {end for _, end in ends if started is not None and end is not None and end >= started}
    strengths: dict[date, float] = {}
    if wanted:
        for day, _, _, strength in _days(step, today, max(wanted), False):
            if day in wanted:
                strengths[day] = strength
    return [(monday, strengths.get(end, 0.0) if end else 0.0) for monday, end in ends]
