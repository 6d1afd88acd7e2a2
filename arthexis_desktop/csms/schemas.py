"""Inline JSON-schema checks of OCPP payloads (never in an executor).

The schemas are the ``ocpp`` library's (``ocpp.messages.get_validator``, cached Draft4
validators). jsonschema stays the authority on *why* a payload is invalid, but walking a
7-sample MeterValues through it costs ~200 µs, so valid payloads take a fast path: each schema
is compiled once into nested closures that answer only "valid or not" for the Draft4 subset the
OCPP schemas use (type, properties, required, additionalProperties, enum, maxLength, minLength,
items, minItems, maxItems, format, local ``$ref``). A schema using anything else is validated by
jsonschema alone. ``tests/csms/test_schemas.py`` checks both agree on generated payloads.

``date-time`` formats are checked (jsonschema skips them without an optional package): the value
must be an ISO 8601 date and time that ``core.timestamps.parse_ocpp_datetime`` reads; a missing
offset is accepted and taken as UTC (as the core does), anything else is a violation.
"""

from __future__ import annotations

import decimal
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from jsonschema.exceptions import best_match
from ocpp.messages import get_validator

from arthexis_desktop.core.timestamps import parse_ocpp_datetime
from arthexis_desktop.csms.errors import ErrorKind, kind_for_schema_keyword
from arthexis_desktop.csms.framing import CALL, CALL_RESULT

log = logging.getLogger(__name__)

_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")
MAX_DESCRIPTION_CHARS = 200


def is_ocpp_date_time(value: object) -> bool:
    """The ``date-time`` format rule (non-strings pass: ``type`` reports those)."""
    if not isinstance(value, str):
        return True
    return _DATE_TIME.match(value) is not None and parse_ocpp_datetime(value) is not None


FORMAT_CHECKER = FormatChecker(formats=())
FORMAT_CHECKER.checks("date-time")(is_ocpp_date_time)

# 1.6 schemas with ``multipleOf: 0.1``: validated with Decimal floats, as the ocpp library does.
_DECIMAL_SCHEMAS = frozenset({(CALL, "SetChargingProfile"), (CALL, "RemoteStartTransaction")}) | {
    (CALL_RESULT, "GetCompositeSchedule")
}


@dataclass(frozen=True, slots=True)
class SchemaViolation:
    kind: ErrorKind
    description: str  # "<action>: <path>: <jsonschema message>", at most 200 characters


class _Entry:
    __slots__ = ("decimal", "fast", "validator")

    def __init__(self, validator: Draft4Validator, *, use_decimal: bool) -> None:
        self.validator = validator
        self.decimal = use_decimal
        self.fast = None if use_decimal else compile_schema(validator.schema)


_cache: dict[tuple[str, int, str], _Entry | None] = {}


def _entry(version: str, message_type: int, action: str) -> _Entry | None:
    key = (version, message_type, action)
    try:
        return _cache[key]
    except KeyError:
        pass
    use_decimal = version == "1.6" and (message_type, action) in _DECIMAL_SCHEMAS
    entry: _Entry | None
    try:
        base = get_validator(
            message_type, action, version, parse_float=decimal.Decimal if use_decimal else float
        )
    except (OSError, ValueError):
        entry = None
    else:
        # Not ``base.evolve``: it re-picks the class from "$schema" (draft-06 for the security
        # whitepaper schemas); the ocpp library validates everything as Draft4, and so do we.
        entry = _Entry(Draft4Validator(base.schema, format_checker=FORMAT_CHECKER), use_decimal=use_decimal)
    _cache[key] = entry
    return entry


def has_schema(version: str, message_type: int, action: str) -> bool:
    return _entry(version, message_type, action) is not None


def check(version: str, message_type: int, action: str, payload: object) -> SchemaViolation | None:
    """Validate ``payload`` of ``action`` (CALL or CALLRESULT); None when valid.

    An action without a schema is reported as a NOT_IMPLEMENTED violation.
    """
    entry = _entry(version, message_type, action)
    if entry is None:
        return SchemaViolation(ErrorKind.NOT_IMPLEMENTED, f"{action}: no schema in OCPP {version}")
    if entry.fast is not None and entry.fast(payload):
        return None
    instance = payload
    if entry.decimal:
        instance = json.loads(json.dumps(payload), parse_float=decimal.Decimal)
    error = best_match(entry.validator.iter_errors(instance))
    if error is None:
        if entry.fast is not None:
            log.warning("fast schema check disagreed with jsonschema on %s (valid)", action)
        return None
    path = "/".join(str(part) for part in error.absolute_path) or "(payload)"
    description = f"{action}: {path}: {error.message}"
    if len(description) > MAX_DESCRIPTION_CHARS:
        description = description[: MAX_DESCRIPTION_CHARS - 1] + "…"
    return SchemaViolation(kind_for_schema_keyword(error.validator), description)


# --------------------------------------------------------------------------------------------
# Fast path: a schema compiled into a predicate.

Check = Callable[[object], bool]

_IGNORED = frozenset(
    {"$schema", "$id", "id", "title", "description", "javaType", "definitions", "additionalItems"}
)
_TYPES: Mapping[str, Check] = {
    "string": lambda x: type(x) is str,
    "integer": lambda x: type(x) is int,
    "number": lambda x: type(x) in (int, float),
    "boolean": lambda x: type(x) is bool,
    "object": lambda x: type(x) is dict,
    "array": lambda x: type(x) is list,
    "null": lambda x: x is None,
}


class _UnsupportedError(Exception):
    pass


def compile_schema(root: Mapping[str, Any]) -> Check | None:
    """A predicate equivalent to Draft4 validation of ``root``, or None if it uses more."""
    try:
        return _compile(root, root, 0)
    except _UnsupportedError:
        return None


def _resolve(root: Mapping[str, Any], ref: str) -> Mapping[str, Any]:
    if not ref.startswith("#/"):
        raise _UnsupportedError(ref)
    node: Any = root
    for part in ref[2:].split("/"):
        if not isinstance(node, Mapping) or part not in node:
            raise _UnsupportedError(ref)
        node = node[part]
    if not isinstance(node, Mapping):
        raise _UnsupportedError(ref)
    return node


def _compile(schema: Mapping[str, Any], root: Mapping[str, Any], depth: int) -> Check:
    if depth > 32:
        raise _UnsupportedError("too deep")
    if "$ref" in schema:  # Draft4: $ref replaces its siblings
        return _compile(_resolve(root, schema["$ref"]), root, depth + 1)
    special = _specialised(schema, root, depth)
    if special is not None:
        return special
    checks: list[Check] = []
    for keyword, value in schema.items():
        if keyword in _IGNORED or keyword in ("properties", "required"):
            continue
        if keyword == "additionalProperties" and "properties" in schema:
            continue
        checks.append(_keyword(keyword, value, schema, root, depth))
    if "properties" in schema or "required" in schema:
        checks.append(_object(schema, root, depth))
    return _all(checks)


def _all(checks: list[Check]) -> Check:
    if not checks:
        return lambda x: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) and second(x)
    all_checks = tuple(checks)

    def check_all(x: object) -> bool:
        for check in all_checks:  # noqa: SIM110 - a plain loop: no generator frame per call
            if not check(x):
                return False
        return True

    return check_all


_NO_LIMIT = 1 << 62
_STRING_KEYWORDS = frozenset({"type", "enum", "maxLength", "minLength", "format", "additionalProperties"})


def _specialised(schema: Mapping[str, Any], root: Mapping[str, Any], depth: int) -> Check | None:
    """One closure for the common node shapes (a single type plus its own keywords)."""
    keys = schema.keys() - _IGNORED
    kind = schema.get("type")
    if kind == "string" and keys <= _STRING_KEYWORDS:
        # "additionalProperties" on a string node (as in the 1.6 enums) never applies to strings.
        if "enum" in keys:
            if keys - {"type", "enum", "additionalProperties"}:
                return None  # enum combined with length or format rules: generic path
            allowed = frozenset(schema["enum"])
            if not all(isinstance(v, str) for v in allowed):
                return None
            return lambda x: type(x) is str and x in allowed
        high = schema.get("maxLength", _NO_LIMIT)
        low = schema.get("minLength", 0)
        if type(high) is not int or type(low) is not int:
            return None
        if schema.get("format") == "date-time":
            return lambda x: type(x) is str and low <= len(x) <= high and is_ocpp_date_time(x)
        return lambda x: type(x) is str and low <= len(x) <= high
    if kind in ("integer", "number", "boolean") and keys <= {"type"}:
        return _TYPES[kind]
    if kind == "array" and keys <= {"type", "items", "minItems", "maxItems"}:
        items = schema.get("items", {})
        if not isinstance(items, Mapping):
            return None
        item = _compile(items, root, depth + 1)
        low, high = schema.get("minItems", 0), schema.get("maxItems")
        if type(low) is not int or (high is not None and type(high) is not int):
            return None

        def check_array(x: object) -> bool:
            if type(x) is not list or len(x) < low or (high is not None and len(x) > high):
                return False
            for element in x:  # noqa: SIM110 - a plain loop: no generator frame per call
                if not item(element):
                    return False
            return True

        return check_array
    if kind == "object" and keys <= {"type", "properties", "required", "additionalProperties"}:
        members = _object(schema, root, depth)
        return lambda x: type(x) is dict and members(x)
    return None


def _keyword(
    keyword: str, value: Any, schema: Mapping[str, Any], root: Mapping[str, Any], depth: int
) -> Check:
    if keyword == "type":
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or any(n not in _TYPES for n in names):
            raise _UnsupportedError(keyword)
        if len(names) == 1:
            return _TYPES[names[0]]
        type_checks = tuple(_TYPES[n] for n in names)
        return lambda x: any(c(x) for c in type_checks)
    if keyword == "enum":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _UnsupportedError(keyword)
        allowed = frozenset(value)
        return lambda x: type(x) is str and x in allowed
    if keyword in ("maxLength", "minLength", "maxItems", "minItems"):
        if type(value) is not int:
            raise _UnsupportedError(keyword)
        kind = str if keyword.endswith("Length") else list
        if keyword.startswith("max"):
            return lambda x: type(x) is not kind or len(x) <= value
        return lambda x: type(x) is not kind or len(x) >= value
    if keyword == "format":
        if value == "date-time":
            return is_ocpp_date_time
        return lambda x: True  # other formats are not checked by FORMAT_CHECKER either
    if keyword == "items":
        if not isinstance(value, Mapping):
            raise _UnsupportedError("items as a list")
        item = _compile(value, root, depth + 1)
        return lambda x: type(x) is not list or all(item(i) for i in x)
    if keyword == "additionalProperties":  # without "properties": every key is additional
        if value is True or value == {}:
            return lambda x: True
        if value is False:
            return lambda x: type(x) is not dict or not x
        extra = _compile(value, root, depth + 1)
        return lambda x: type(x) is not dict or all(extra(v) for v in x.values())
    raise _UnsupportedError(keyword)


def _object(schema: Mapping[str, Any], root: Mapping[str, Any], depth: int) -> Check:
    properties = schema.get("properties", {})
    required = schema.get("required", [])
    if not isinstance(properties, Mapping) or not isinstance(required, list):
        raise _UnsupportedError("properties")
    compiled = {name: _compile(sub, root, depth + 1) for name, sub in properties.items()}
    required_names = tuple(required)
    additional = schema.get("additionalProperties", True)
    if additional is True or additional == {}:
        extra: Check | None = None
        closed = False
    elif additional is False:
        extra, closed = None, True
    else:
        extra, closed = _compile(additional, root, depth + 1), False

    def check_object(x: object) -> bool:
        if type(x) is not dict:
            return True
        for name in required_names:
            if name not in x:
                return False
        for key, item in x.items():
            sub = compiled.get(key)
            if sub is not None:
                if not sub(item):
                    return False
            elif closed or (extra is not None and not extra(item)):
                return False
        return True

    return check_object
