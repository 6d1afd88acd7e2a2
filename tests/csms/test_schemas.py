"""The fast schema path agrees with jsonschema (the authority) on generated payloads, for every
OCPP 1.6 schema it compiles; violations are classified as the error table says."""

from __future__ import annotations

import decimal
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ocpp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arthexis_desktop.csms import schemas
from arthexis_desktop.csms.errors import ErrorKind
from arthexis_desktop.csms.framing import CALL, CALL_RESULT

pytestmark = pytest.mark.timeout(60)

SCHEMA_DIR = Path(ocpp.__file__).parent / "v16" / "schemas"
NAMES = sorted(path.stem for path in SCHEMA_DIR.glob("*.json"))

DATE_TIMES = [
    "2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00.123+02:00",
    "2024-05-01T10:00:00",  # no offset: taken as UTC
    "2024-05-01 10:00:00Z",
    "2024-05-01",  # a date alone is not a date-time
    "yesterday",
    "2024-13-01T00:00:00Z",
    "",
]
NOISE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=False),
    st.text(max_size=3),
    st.just([]),
    st.just({}),
)


def entry(name: str) -> tuple[int, str]:
    if name.endswith("Response"):
        return CALL_RESULT, name[: -len("Response")]
    return CALL, name


def strategy(schema: Mapping[str, Any], root: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Half well-formed payloads, half with wrong values sprinkled in at any depth."""
    return _strategy(schema, root, 0, noisy=False) | _strategy(schema, root, 0, noisy=True)


def _strategy(
    schema: Mapping[str, Any], root: Mapping[str, Any], depth: int, *, noisy: bool
) -> st.SearchStrategy[Any]:
    if "$ref" in schema:
        node: Any = root
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        return _strategy(node, root, depth, noisy=noisy)
    kind = schema.get("type")
    if "enum" in schema:
        main: st.SearchStrategy[Any] = st.sampled_from([*schema["enum"], *(["NotInEnum"] if noisy else [])])
    elif kind == "string" and schema.get("format") == "date-time":
        main = st.sampled_from(DATE_TIMES if noisy else DATE_TIMES[:4])
    elif kind == "string":
        main = st.text(max_size=int(schema.get("maxLength", 20)) + (2 if noisy else 0))
    elif kind == "integer":
        main = st.integers(-2, 5)
    elif kind == "number":
        main = st.integers(0, 5) | st.floats(0, 100, allow_nan=False)
    elif kind == "boolean":
        main = st.booleans()
    elif kind == "array" and depth < 6:
        item = _strategy(schema.get("items", {}), root, depth + 1, noisy=noisy)
        main = st.lists(item, min_size=0 if noisy else int(schema.get("minItems", 0)), max_size=3)
    elif kind == "object" and depth < 6:
        properties = {
            k: _strategy(v, root, depth + 1, noisy=noisy) for k, v in schema.get("properties", {}).items()
        }
        required = {k: properties[k] for k in schema.get("required", []) if k in properties}
        others = {k: v for k, v in properties.items() if k not in required}
        main = st.fixed_dictionaries(required, optional=others)
        if noisy:
            main |= st.fixed_dictionaries({}, optional=properties)
            main = st.tuples(main, st.dictionaries(st.just("unexpectedKey"), NOISE, max_size=1)).map(
                lambda parts: {**parts[0], **parts[1]}
            )
    else:
        return NOISE if noisy else st.just({})
    return st.one_of(main, main, main, main, NOISE) if noisy else main


COMPILED = [name for name in NAMES if schemas._entry("1.6", *entry(name)).fast is not None]  # type: ignore[union-attr]


def test_almost_every_16_schema_has_a_fast_path() -> None:
    assert set(NAMES) - set(COMPILED) == {
        "GetCompositeScheduleResponse",
        "RemoteStartTransaction",
        "SetChargingProfile",
    }


@pytest.mark.parametrize("name", COMPILED)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fast_path_agrees_with_jsonschema(name: str, data: st.DataObject) -> None:
    found = schemas._entry("1.6", *entry(name))
    assert found is not None and found.fast is not None
    payload = data.draw(strategy(found.validator.schema, found.validator.schema))
    assert found.fast(payload) == found.validator.is_valid(payload), payload


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("SignedFirmwareStatusNotification", {"status": "Downloaded", "requestId": 0.0}),  # draft-06 schema
        ("StatusNotification", {"connectorId": 1.0, "errorCode": "NoError", "status": "Available"}),
        ("MeterValues", {"connectorId": True, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z"}]}),
    ],
)
def test_every_schema_is_validated_as_draft4(name: str, payload: dict[str, Any]) -> None:
    """As the ocpp library does: a float is never an integer, whatever "$schema" says."""
    found = schemas._entry("1.6", *entry(name))
    assert found is not None and found.fast is not None
    assert type(found.validator).__name__ == "Draft4Validator"
    assert found.fast(payload) is False and found.validator.is_valid(payload) is False


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_fast_path_agrees_on_meter_values(data: st.DataObject) -> None:
    found = schemas._entry("1.6", CALL, "MeterValues")
    assert found is not None and found.fast is not None
    payload = data.draw(strategy(found.validator.schema, found.validator.schema))
    assert found.fast(payload) == found.validator.is_valid(payload), payload


@pytest.mark.parametrize(
    ("value", "valid"),
    [(text, text not in ("2024-05-01", "yesterday", "2024-13-01T00:00:00Z", "")) for text in DATE_TIMES],
)
def test_date_time_format(value: str, valid: bool) -> None:
    assert schemas.is_ocpp_date_time(value) is valid


def test_check_classifies_and_describes() -> None:
    violation = schemas.check(
        "1.6", CALL, "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "X"}
    )
    assert violation is not None and violation.kind is ErrorKind.PROPERTY_CONSTRAINT
    assert violation.description.startswith("StatusNotification: status: 'X' is not one of")
    assert schemas.check("1.6", CALL, "Nope", {}) == schemas.SchemaViolation(
        ErrorKind.NOT_IMPLEMENTED, "Nope: no schema in OCPP 1.6"
    )
    long = schemas.check("1.6", CALL, "DataTransfer", {"vendorId": "v", "data": "x", "k" * 500: 1})
    assert long is not None and len(long.description) == schemas.MAX_DESCRIPTION_CHARS


def test_decimal_schemas_accept_one_decimal_floats() -> None:
    schedule = {"chargingRateUnit": "W", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 21.4}]}
    profile = {
        "chargingProfileId": 1,
        "stackLevel": 0,
        "chargingProfilePurpose": "TxProfile",
        "chargingProfileKind": "Absolute",
        "chargingSchedule": schedule,
    }
    assert (
        schemas.check("1.6", CALL, "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": profile})
        is None
    )
    schedule["chargingSchedulePeriod"][0]["limit"] = 21.45  # type: ignore[index]
    violation = schemas.check(
        "1.6", CALL, "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": profile}
    )
    assert violation is not None and violation.kind is ErrorKind.PROPERTY_CONSTRAINT  # multipleOf
    # the ocpp library's validators stay as it expects (Decimal-parsed schema for these actions)
    assert isinstance(json.loads("21.4", parse_float=decimal.Decimal), decimal.Decimal)
