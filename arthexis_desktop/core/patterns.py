"""Clipboard text patterns (arthexis-behaviour §4.2) and the built-in patterns of this domain.

Mask syntax: literal text with ``[name]`` placeholders. ``\\[``, ``\\]`` and ``\\\\`` stand for a
literal bracket or backslash; any other backslash is literal. A mask compiles to a regular
expression in which the literal text is escaped, every placeholder is lazy ``(.*?)`` except the
last one, which is greedy ``(.*)``; it is *searched* (not anchored) with DOTALL, case-sensitive.
The result of a match is the mask with each placeholder replaced by its captured text, together
with the ``{name: text}`` substitutions. Masks are checked when compiled: unbalanced brackets,
nested, empty or duplicate placeholder names raise :class:`PatternError` naming the position.

Examples (from the original suite)::

    "This is [not] good"   in "Indeed, This is very good."  -> "This is very good"
    "Hello [first] [last]" in "Well, Hello John Doe!"       -> "Hello John Doe!"  (last is greedy)

:func:`scan` tries patterns by priority (highest first), then ``pattern_id`` (lowest first) and
returns the first match. :func:`render` fills a template of the same syntax with captured values,
for the "copy a formatted text back" action.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Protocol
from urllib.parse import unquote

from arthexis_desktop.core.errors import ArthexisError


class PatternError(ArthexisError, ValueError):
    """A mask or template is malformed, or a template names a value that is not there.

    ``code`` is stable for translation: unclosed_bracket, unmatched_bracket, nested_bracket,
    empty_name, duplicate_name, empty_mask, unknown_name, missing_value.
    """

    def __init__(self, code: str, message: str, *, position: int | None = None, name: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.position = position
        self.name = name


class PatternAction(StrEnum):
    """What the GUI may offer when a pattern matches; the argument is its rendered template."""

    NONE = "none"
    OPEN_CHARGER = "open_charger"
    FIND_RFID = "find_rfid"
    SEARCH_TRANSACTIONS = "search_transactions"
    COPY_TEXT = "copy_text"


@dataclass(frozen=True)
class Placeholder:
    name: str
    position: int  # index of "[" in the mask


Part = str | Placeholder


def parse_template(text: str, *, allow_duplicates: bool = False) -> tuple[Part, ...]:
    """Split ``text`` into literal strings and placeholders; raises :class:`PatternError`."""
    parts: list[Part] = []
    literal: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] in "[]\\":
            literal.append(text[i + 1])
            i += 2
            continue
        if char == "]":
            raise PatternError("unmatched_bracket", f"']' at position {i} has no opening '['", position=i)
        if char != "[":
            literal.append(char)
            i += 1
            continue
        close = text.find("]", i + 1)
        if close < 0:
            raise PatternError("unclosed_bracket", f"'[' at position {i} is never closed", position=i)
        name = text[i + 1 : close]
        if "[" in name:
            raise PatternError("nested_bracket", f"'[' at position {i} contains another '['", position=i)
        if not name.strip():
            raise PatternError("empty_name", f"placeholder at position {i} has no name", position=i)
        if name in seen and not allow_duplicates:
            raise PatternError(
                "duplicate_name", f"placeholder [{name}] is used twice (position {i})", position=i, name=name
            )
        seen.add(name)
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(Placeholder(name, i))
        i = close + 1
    if literal:
        parts.append("".join(literal))
    return tuple(parts)


def placeholder_names(text: str, *, allow_duplicates: bool = False) -> tuple[str, ...]:
    """Names of the placeholders of a mask or template, in order (duplicates once)."""
    parts = parse_template(text, allow_duplicates=allow_duplicates)
    return tuple(dict.fromkeys(p.name for p in parts if isinstance(p, Placeholder)))


@functools.lru_cache(maxsize=512)
def compile_mask(mask: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The search regex of ``mask`` and its placeholder names in group order."""
    if not mask:
        raise PatternError("empty_mask", "the mask is empty")
    parts = parse_template(mask)
    placeholders = [p for p in parts if isinstance(p, Placeholder)]
    pieces: list[str] = []
    for part in parts:
        if isinstance(part, str):
            pieces.append(re.escape(part))
        else:
            pieces.append("(.*)" if part is placeholders[-1] else "(.*?)")
    return re.compile("".join(pieces), re.DOTALL), tuple(p.name for p in placeholders)


def render(template: str, values: Mapping[str, str]) -> str:
    """Fill ``[name]`` placeholders of ``template`` (names may repeat); a name without a value
    raises :class:`PatternError` listing every missing name."""
    parts = parse_template(template, allow_duplicates=True)
    missing = [p.name for p in parts if isinstance(p, Placeholder) and p.name not in values]
    if missing:
        names = ", ".join(f"[{name}]" for name in dict.fromkeys(missing))
        raise PatternError("missing_value", f"no value for {names}", name=missing[0])
    return "".join(p if isinstance(p, str) else values[p.name] for p in parts)


@dataclass(frozen=True)
class PatternMatch:
    """A pattern found in a text: the substitutions and the mask filled with them."""

    pattern: Pattern
    values: Mapping[str, str]
    text: str  # the mask with each placeholder replaced (= the matched text for masks)
    start: int
    end: int

    @property
    def action(self) -> PatternAction:
        return self.pattern.action

    @property
    def action_argument(self) -> str:
        """The pattern's action template filled with the captured values ("" without action)."""
        if self.pattern.action is PatternAction.NONE or not self.pattern.action_template:
            return ""
        return render(self.pattern.action_template, self.values)


class Pattern(Protocol):
    """What :func:`scan` needs of a pattern (user masks and built-ins alike)."""

    @property
    def mask(self) -> str: ...
    @property
    def priority(self) -> int: ...
    @property
    def pattern_id(self) -> int: ...
    @property
    def action(self) -> PatternAction: ...
    @property
    def action_template(self) -> str: ...

    def search(self, text: str) -> PatternMatch | None: ...


@dataclass(frozen=True, kw_only=True)
class TextPattern:
    """A user's pattern; ``pattern_id`` is the storage id (ties of priority go to the lowest)."""

    mask: str
    priority: int = 0
    pattern_id: int = 0
    label: str = ""
    action: PatternAction = PatternAction.NONE
    action_template: str = ""  # e.g. "[charger]" or "Charger [charger]: [code]"

    def check(self) -> None:
        """Raise :class:`PatternError` unless the mask compiles and the action template uses
        only names the mask captures. Call before saving."""
        _, names = compile_mask(self.mask)
        if self.action_template:
            for name in placeholder_names(self.action_template, allow_duplicates=True):
                if name not in names:
                    raise PatternError(
                        "unknown_name",
                        f"the action uses [{name}], which the mask does not capture",
                        name=name,
                    )

    def search(self, text: str) -> PatternMatch | None:
        regex, names = compile_mask(self.mask)
        found = regex.search(text)
        if found is None:
            return None
        values = dict(zip(names, found.groups(), strict=True))
        filled = render(self.mask, values)
        return PatternMatch(self, MappingProxyType(values), filled, found.start(), found.end())


def _order(pattern: Pattern) -> tuple[int, int]:
    return (-pattern.priority, pattern.pattern_id)


def scan(patterns: Iterable[Pattern], text: str) -> PatternMatch | None:
    """First match by priority (highest first), then ``pattern_id``; None when nothing matches."""
    for pattern in sorted(patterns, key=_order):
        found = pattern.search(text)
        if found is not None:
            return found
    return None


def match_each(patterns: Sequence[Pattern], text: str) -> list[tuple[Pattern, PatternMatch | None]]:
    """For "Test against clipboard": every given pattern with its match (or None), in the given order."""
    return [(pattern, pattern.search(text)) for pattern in patterns]


# ------------------------------------------------------------------------------------------------
# Built-in patterns of the EV-charging domain
# ------------------------------------------------------------------------------------------------

Extractor = Callable[[re.Match[str]], dict[str, str] | None]


@dataclass(frozen=True, kw_only=True)
class BuiltinPattern:
    """A domain pattern with a hand-written regex; ``mask`` is for display only."""

    key: str
    label: str
    mask: str
    priority: int
    regex: re.Pattern[str]
    extract: Extractor
    action: PatternAction = PatternAction.NONE
    action_template: str = ""
    pattern_id: int = field(default=0)

    def search(self, text: str) -> PatternMatch | None:
        for found in self.regex.finditer(text):
            values = self.extract(found)
            if values is not None:
                return PatternMatch(
                    self, MappingProxyType(values), found.group(0), found.start(), found.end()
                )
        return None


MAX_CHARGER_ID_CHARS = 128  # as the CSMS handshake (csms/server.py)
_URL = re.compile(
    r"(?<![A-Za-z])(?i:wss?)://(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%-]+)(?::(?P<port>\d{1,5}))?"
    # the path stops before trailing sentence punctuation: "... ws://h/ocpp/CP1." -> CP1
    r"(?P<path>/[^\s?#\"'<>]*?)(?=[.,;:!?)\]}]*(?:[\s?#\"'<>]|$))"
)


def _charger_from_url(found: re.Match[str]) -> dict[str, str] | None:
    """Charger id = last non-empty path segment, URL-decoded (the CSMS handshake rule)."""
    segments = [segment for segment in found.group("path").split("/") if segment]
    if not segments:
        return None
    charger = unquote(segments[-1])
    if not charger.strip() or len(charger) > MAX_CHARGER_ID_CHARS:
        return None
    if any(unicodedata.category(char) == "Cc" for char in charger):
        return None
    return {"charger": charger, "host": found.group("host"), "port": found.group("port") or ""}


RFID_UID_HEX_LENGTHS = (8, 14, 20)  # 4-, 7- and 10-byte ISO 14443 UIDs
_RFID = re.compile(r"(?<![0-9A-Za-z_])[0-9A-Fa-f]{2}(?:[:\- ]?[0-9A-Fa-f]{2})*+(?![0-9A-Za-z_])")


def _rfid_uid(found: re.Match[str]) -> dict[str, str] | None:
    """8/14/20 hex digits, optionally separated per byte by ':', '-' or ' '. At least one A–F
    letter is required so that dates and phone numbers are not offered as tags."""
    uid = re.sub(r"[:\- ]", "", found.group(0)).upper()
    if len(uid) not in RFID_UID_HEX_LENGTHS or uid.isdigit():
        return None
    return {"uid": uid}


_VIN = re.compile(r"(?<![A-Za-z0-9])[A-HJ-NPR-Za-hj-npr-z0-9]{17}(?![A-Za-z0-9])")


def _vin(found: re.Match[str]) -> dict[str, str] | None:
    """17 characters without I, O, Q, with at least one letter and one digit (ISO 3779)."""
    vin = found.group(0).upper()
    if vin.isdigit() or vin.isalpha():
        return None
    return {"vin": vin}


# OCPP 1.6 ChargePointErrorCode, without NoError (present in every StatusNotification).
OCPP16_ERROR_CODES: tuple[str, ...] = (
    "ConnectorLockFailure",
    "EVCommunicationError",
    "GroundFailure",
    "HighTemperature",
    "InternalError",
    "LocalListConflict",
    "OtherError",
    "OverCurrentFailure",
    "OverVoltage",
    "PowerMeterFailure",
    "PowerSwitchFailure",
    "ReaderFailure",
    "ResetFailure",
    "UnderVoltage",
    "WeakSignal",
)
_OCPP_ERROR = re.compile(r"\b(?:" + "|".join(OCPP16_ERROR_CODES) + r")\b")


def _ocpp_error(found: re.Match[str]) -> dict[str, str] | None:
    return {"error_code": found.group(0)}


BUILTIN_PATTERNS: tuple[BuiltinPattern, ...] = (
    BuiltinPattern(
        key="ocpp_url",
        label="Charger id in an OCPP URL",
        mask="ws(s)://host[:port]/…/[charger]",
        priority=-10,
        regex=_URL,
        extract=_charger_from_url,
        action=PatternAction.OPEN_CHARGER,
        action_template="[charger]",
    ),
    BuiltinPattern(
        key="ocpp_error_code",
        label="OCPP 1.6 error code",
        mask="[error_code]",
        priority=-20,
        regex=_OCPP_ERROR,
        extract=_ocpp_error,
    ),
    BuiltinPattern(
        key="vin",
        label="Vehicle identification number (VIN)",
        mask="[vin]",
        priority=-30,
        regex=_VIN,
        extract=_vin,
    ),
    BuiltinPattern(
        key="rfid_uid",
        label="RFID UID",
        mask="[uid]",
        priority=-40,
        regex=_RFID,
        extract=_rfid_uid,
        action=PatternAction.FIND_RFID,
        action_template="[uid]",
    ),
)
BUILTIN_BY_KEY: Mapping[str, BuiltinPattern] = {pattern.key: pattern for pattern in BUILTIN_PATTERNS}
