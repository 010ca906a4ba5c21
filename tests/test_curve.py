"""Lally et al.'s automaticity curve: the fit recovers known parameters, the plateau date."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from petitspas.core.model import SelfCheck, Step
from petitspas.core.progress import Curve, fit_curve, plateau


@pytest.mark.parametrize(("a", "b", "c"), [(6.5, 5.0, 0.05), (5.8, 3.0, 0.12), (7.0, 6.0, 0.02)])
def test_fit_recovers_the_curve_that_made_the_points(a: float, b: float, c: float) -> None:
    points = [(t, a - b * math.exp(-c * t)) for t in (0, 7, 14, 28, 42, 60, 90)]
    curve = fit_curve(points)
    assert curve is not None
    assert curve.a == pytest.approx(a, rel=1e-6)
    assert curve.b == pytest.approx(b, rel=1e-6)
    assert curve.c == pytest.approx(c, rel=1e-6)


def test_plateau_days_is_95_percent_of_the_asymptote() -> None:
    # 6.5 − 5·e^(−0.05 t) = 0.95 · 6.5  ⇔  t = ln(5 / 0.325) / 0.05 = 54.667…
    assert Curve(6.5, 5.0, 0.05).plateau_days() == pytest.approx(54.667, abs=1e-3)
    assert Curve(6.5, 0.2, 0.05).plateau_days() == 0.0  # already within 95 %
    assert Curve(3.0, -1.0, 0.05).plateau_days() is None  # falling: no plateau to reach


def test_fewer_than_three_days_give_no_fit() -> None:
    assert fit_curve([(0, 3.0), (7, 4.0)]) is None
    assert fit_curve([(0, 3.0), (0, 4.0), (7, 5.0)]) is None


def _step_with_checks(days_and_scores: list[tuple[int, float]]) -> Step:
    started = date(2026, 1, 5)
    checks = []
    for days, score in days_and_scores:
        rating = round(score)
        checks.append(
            SelfCheck(started + timedelta(days=days), (rating,) * 4, "2026-01-05T21:00:00+01:00")
        )
    return Step(id="s", title="S", status="active", started=started, selfchecks=checks)


def test_plateau_date_from_self_checks() -> None:
    # Ratings 2, 4, 5, 6 at days 0, 14, 28, 56 fit a ≈ 6.407, b ≈ 4.397, c ≈ 0.0419; the
    # curve reaches 95 % of 6.407 after ln(4.397 / 0.3203) / 0.0419 ≈ 62.56 days → day 63.
    step = _step_with_checks([(0, 2), (14, 4), (28, 5), (56, 6)])
    curve = fit_curve([(0, 2.0), (14, 4.0), (28, 5.0), (56, 6.0)])
    assert curve is not None
    assert (round(curve.a, 3), round(curve.b, 3), round(curve.c, 4)) == (6.407, 4.397, 0.0419)
    day_63 = date(2026, 1, 5) + timedelta(days=63)
    on_day_56 = plateau(step, date(2026, 1, 5) + timedelta(days=56))
    assert (on_day_56.day, on_day_56.why) == (day_63, None)
    assert plateau(step, day_63).day == day_63  # today itself is still ahead enough
    after = plateau(step, day_63 + timedelta(days=1))  # a date already past is not said
    assert (after.day, after.why) == (None, "past")


def test_no_plateau_with_two_checks_or_falling_scores() -> None:
    today = date(2026, 3, 1)
    two = plateau(_step_with_checks([(0, 2), (7, 4)]), today)
    assert (two.day, two.why) == (None, "too_few")
    falling = plateau(_step_with_checks([(0, 6), (7, 5), (14, 3)]), today)
    assert (falling.day, falling.why) == (None, "not_rising")
    later = plateau(_step_with_checks([(0, 2), (14, 4), (28, 5), (56, 6)]), date(2026, 1, 20))
    assert (later.day, later.why) == (None, "too_few")  # checks after today do not count
