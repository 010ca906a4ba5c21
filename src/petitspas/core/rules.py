"""Every rule of the journal, loaded: the state a journal gives (`replay`), and whether a
store holds it (`agrees`).

Importing a module of rules registers the operations it applies (`journal.register`): this
module is where all of them are loaded for a replay.
"""

from __future__ import annotations

from petitspas.core import checks, journal, logbook, maintenance, settings, steps, wins
from petitspas.core.model import Record, Settings, Store
from petitspas.errors import PetitspasError, StoreError

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    from petitspas.core.journal import Operation

# Each registers the operations it applies: a replay needs them all.
RULES = (checks, logbook, maintenance, settings, steps, wins)


class Replayed(Record):
    """A journal replayed: the state it gives, and each operation the rules refused at its
    place, with the reason."""

    __slots__ = ("store", "refused")

    def __init__(self, store: Store, refused: list[tuple[Operation, str]]) -> None:
        self.store = store
        self.refused = refused


def replay(
    operations: list[Operation], *, store_id: str, goals: Settings | None = None
) -> Replayed:
    """The state a journal gives: each operation, in (written_at, id) order, through the
    same functions the commands call. One the rules refuse stays in the journal and changes
    nothing; the reasons are said in the language chosen. `goals`: the strength and
    self-check goals, which no command changes (a hand edit of the store may)."""
    store = Store(store_id=store_id)
    if goals is not None:
        store.settings.strength_goal = goals.strength_goal
        store.settings.srbai_goal = goals.srbai_goal
    refused: list[tuple[Operation, str]] = []
    for op in sorted(operations, key=journal.order):
        try:
            journal.apply(store, op)
        except StoreError:
            raise
        except PetitspasError as error:
            refused.append((op, error.message))
        store.journal.append(op)
    store.not_applied = [op["id"] for op, _ in refused]
    return Replayed(store, refused)


def agrees(store: Store) -> bool:
    """Whether the store's state is what its journal gives (`doctor` checks it)."""
    replayed = replay(store.journal, store_id=store.store_id, goals=store.settings)
    return replayed.store.state() == store.state()
