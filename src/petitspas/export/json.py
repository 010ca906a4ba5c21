"""The JSON export: the whole store in its file's own shape and bytes (docs/export-json.md)."""

from __future__ import annotations

from datetime import date

from petitspas.core.model import Store

TYPE_CHECKING = False
if TYPE_CHECKING:
    from petitspas.present.report import Period


def to_json(store: Store, today: date | None = None, period: Period | None = None) -> str:
    """The whole store in its file's own shape and bytes (see `docs/export-json.md`)."""
    from petitspas.storage.schema import serialize

    return serialize(store).decode("utf-8")
