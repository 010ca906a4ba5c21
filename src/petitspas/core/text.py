"""The text a manager types: trimmed, on one line, with nothing invisible that turns it
around; the ids made from titles."""

from __future__ import annotations

import re
import unicodedata

from petitspas.core.model import title_key
from petitspas.errors import UsageError
from petitspas.i18n import t

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""A step's id: lowercase letters and digits, words joined by hyphens."""
# Characters no text of a store may hold: the command line refuses them too, and printed
# raw they would let a hand-edited store send escape codes to the terminal.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

MAX_TITLE = 200
MAX_NOTE = 2000
MAX_ID = 48
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LINE_BREAK = re.compile(r"[\n\r\v\f\x85\u2028\u2029]")
# Invisible characters that reverse the direction of the text after them: a title could
# show one thing and hold another (U+202A-U+202E embeddings, U+2066-U+2069 isolates).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def _said(key: str, what: str, **values: object) -> str:
    """A refusal of a text, its field named first: "The title contains…"."""
    message = t(f"text.{key}", what=t(what), **values)
    return message[:1].upper() + message[1:]


def clean_text(value: str | None, what: str, limit: int) -> str | None:
    """A user's text in NFC with outer spaces trimmed; refused if too long, on several
    lines, holding control characters or ones that turn the text around, or holding nothing
    visible (spaces and format characters alone, Unicode category Cf).

    An empty text becomes None (the caller decides whether that is allowed).
    """
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).strip()
    if _SURROGATE.search(value):  # bytes the terminal's encoding could not decode
        raise UsageError(_said("undecodable", what))
    if _LINE_BREAK.search(value):
        raise UsageError(_said("line_break", what))
    if _BIDI.search(value):
        raise UsageError(_said("bidi", what))
    if CONTROL.search(value):
        raise UsageError(_said("control", what))
    if value and all(char.isspace() or unicodedata.category(char) == "Cf" for char in value):
        raise UsageError(_said("invisible", what))  # U+200B, U+00AD, U+FEFF...
    if len(value) > limit:
        raise UsageError(_said("too_long", what, limit=limit, length=len(value)))
    return value or None


def slugify(title: str) -> str:
    """A step id from its title: ASCII, lower case, its first three words joined by
    hyphens, short enough to type (words of one or two letters, "à", "to", "l'", are
    passed over while longer ones remain); never digits alone (`pas-2` for a title "2"),
    which STEP would read as a number in `path`."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = "-".join(([w for w in words if len(w) > 2 or w.isdigit()] or words)[:3])
    if slug.isdigit():  # STEP would read digits alone as a number in `path`
        slug = f"pas-{slug}"
    return slug[:MAX_ID].rstrip("-") or "pas"


def same_title(a: str, b: str) -> bool:
    return title_key(a) == title_key(b)
