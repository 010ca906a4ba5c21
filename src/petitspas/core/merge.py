"""`merge`: the union of two copies' journals (a laptop and a desktop), replayed.

Nothing here decides what a step's status is, which mark wins or where a step stands: the
union of both journals is replayed from the start, in (written_at, id) order, through the
functions the commands call (`rules.replay`). So merging is commutative, associative and
idempotent by construction, and no rule a command enforces can be broken by a merge.
"""

from __future__ import annotations

from petitspas.core import rules
from petitspas.core.model import Record, Store

TYPE_CHECKING = False
if TYPE_CHECKING:
    from petitspas.core.journal import Operation


class Report(Record):
    """What a merge took from the other copy (its operations this copy lacked) and which
    operations the rules refused at their place in the merged order (with the reason)."""

    __slots__ = ("taken", "refused")

    def __init__(self, taken: list[Operation], refused: list[tuple[Operation, str]]) -> None:
        self.taken = taken
        self.refused = refused

    @property
    def changed(self) -> bool:
        return bool(self.taken)


def merge(ours: Store, theirs: Store) -> tuple[Store, Report]:
    """The state the union of both journals gives (this store's id kept), and what came
    from `theirs`. (The command refuses a copy of another store unless told otherwise.)"""
    known = {op["id"] for op in ours.journal}
    taken = [op for op in theirs.journal if op["id"] not in known]
    if not taken:  # a copy of this store, or an older one: nothing to do, nothing written
        return ours, Report([], [])
    replayed = rules.replay([*ours.journal, *taken], store_id=ours.store_id, goals=ours.settings)
    merged = replayed.store
    merged.revision = ours.revision
    before = set(ours.not_applied)
    refused = [(op, why) for op, why in replayed.refused if op["id"] not in before]
    return merged, Report(taken, refused)


def merge_into(store: Store, theirs: Store) -> Report:
    """`merge`: the union of `store` and `theirs`, written into `store`."""
    merged, report = merge(store, theirs)
    if report.changed:
        kept = ("revision", "schema", "store_id", "_journal", "journal_text", "pending")
        for name in Store.__slots__:  # every field of the state
            if name not in kept:
                setattr(store, name, getattr(merged, name))
        store.journal = merged.journal  # a new sequence: encoded whole
    return report
