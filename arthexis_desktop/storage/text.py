"""Small helpers for values that come from chargers."""

from __future__ import annotations

from typing import overload


@overload
def clean(text: str) -> str: ...
@overload
def clean(text: None) -> None: ...
def clean(text: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL characters; keep them visible instead of failing."""
    if text is None or "\x00" not in text:
        return text
    return text.replace("\x00", "\\u0000")
