"""The data petitspas keeps: steps, day marks, self-checks and the store; no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

SCHEMA = 1
"""The store schema this version reads and writes."""

Mark = Literal["done", "missed", "skip"]
MARKS: tuple[Mark, ...] = ("done", "missed", "skip")

Status = Literal["locked", "active", "automatic", "dropped"]
STATUSES: tuple[Status, ...] = ("locked", "active", "automatic", "dropped")

LANGS = ("en", "fr")


@dataclass(slots=True)
class DayMark:
    """What the manager wrote for one day of one step."""

    mark: Mark
    note: str | None
    written_at: str
    """ISO 8601 local time with offset; decides which side wins in a merge."""

    def to_dict(self) -> dict[str, Any]:
        return {"mark": self.mark, "note": self.note, "written_at": self.written_at}


@dataclass(slots=True)
class SelfCheck:
    """One SRBAI self-check: four ratings from 1 (strongly disagree) to 7 (strongly agree)."""

    date: date
    answers: tuple[int, int, int, int]
    written_at: str

    @property
    def score(self) -> float:
        return sum(self.answers) / len(self.answers)

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "answers": list(self.answers),
            "written_at": self.written_at,
        }


@dataclass(slots=True)
class Step:
    """One petit pas: a tiny behaviour with its cue, schedule, status and history."""

    id: str
    title: str
    cue: str | None = None
    celebration: str | None = None
    schedule: str = "workdays"
    status: Status = "locked"
    catalog: str | None = None
    added_on: date | None = None
    started: date | None = None
    automatic_on: date | None = None
    dropped_on: date | None = None
    drop_reason: str | None = None
    marks: dict[date, DayMark] = field(default_factory=dict)
    selfchecks: list[SelfCheck] = field(default_factory=list)

    @property
    def ended(self) -> date | None:
        """The day the step stopped being active (graduated or dropped), if it did."""
        return self.automatic_on or self.dropped_on

    def to_dict(self) -> dict[str, Any]:
        def iso(day: date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "id": self.id,
            "title": self.title,
            "cue": self.cue,
            "celebration": self.celebration,
            "schedule": self.schedule,
            "status": self.status,
            "catalog": self.catalog,
            "added_on": iso(self.added_on),
            "started": iso(self.started),
            "automatic_on": iso(self.automatic_on),
            "dropped_on": iso(self.dropped_on),
            "drop_reason": self.drop_reason,
            "marks": {day.isoformat(): self.marks[day].to_dict() for day in sorted(self.marks)},
            "selfchecks": [check.to_dict() for check in self.selfchecks],
        }


@dataclass(slots=True)
class Settings:
    """The manager's choices, kept in the store."""

    lang: str | None = None
    day_starts_at: str = "04:00"
    strength_goal: float = 0.80
    srbai_goal: float = 5.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "day_starts_at": self.day_starts_at,
            "strength_goal": self.strength_goal,
            "srbai_goal": self.srbai_goal,
        }


@dataclass(slots=True)
class Store:
    """Everything petitspas knows: the vision, the settings and the path of steps."""

    vision: str | None = None
    settings: Settings = field(default_factory=Settings)
    steps: list[Step] = field(default_factory=list)
    revision: int = 0
    schema: int = SCHEMA

    def active_step(self) -> Step | None:
        return next((step for step in self.steps if step.status == "active"), None)

    def find(self, step_id: str) -> Step | None:
        return next((step for step in self.steps if step.id == step_id), None)

    def next_locked(self) -> Step | None:
        return next((step for step in self.steps if step.status == "locked"), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "revision": self.revision,
            "vision": self.vision,
            "settings": self.settings.to_dict(),
            "steps": [step.to_dict() for step in self.steps],
        }
