"""OCPP-J error kinds, their code names per protocol version, and the schema-error mapping.

The central system reasons in *kinds* (what went wrong) and spells the CALLERROR code for the
negotiated version at the last moment: OCPP 1.6 says ``FormationViolation`` and
``OccurenceConstraintViolation`` (sic), 2.0.1/2.1 say ``FormatViolation`` and
``OccurrenceConstraintViolation`` and add ``RpcFrameworkError``/``MessageTypeNotSupported`` for
frames that are not valid RPC at all.

jsonschema keyword -> kind (same for every version):

================================================  =========================================
keyword of the failing schema rule                kind (1.6 code)
================================================  =========================================
type, maxLength, minLength, format                TYPE_CONSTRAINT (TypeConstraintViolation)
enum, minimum, maximum, exclusive*, pattern,      PROPERTY_CONSTRAINT
multipleOf                                        (PropertyConstraintViolation)
required                                          PROTOCOL (ProtocolError)
minItems, maxItems, uniqueItems                   OCCURRENCE_CONSTRAINT
                                                  (OccurenceConstraintViolation)
additionalProperties and anything else            PAYLOAD_FORMAT (FormationViolation)
================================================  =========================================
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from arthexis_desktop.core.model import ProtocolVersion


class ErrorKind(Enum):
    """What went wrong, independent of the version's spelling."""

    MALFORMED_FRAME = "malformed_frame"  # not JSON / not an RPC array / wrong element types
    UNKNOWN_MESSAGE_TYPE = "unknown_message_type"  # [5, ...] and friends
    FRAME_TOO_LARGE = "frame_too_large"
    BINARY_FRAME = "binary_frame"
    MESSAGE_ID_REUSED = "message_id_reused"
    NOT_IMPLEMENTED = "not_implemented"  # action unknown to the version
    NOT_SUPPORTED = "not_supported"  # action known but not handled here (CSMS-only, ...)
    SECURITY = "security"  # charger not admitted
    PAYLOAD_FORMAT = "payload_format"
    TYPE_CONSTRAINT = "type_constraint"
    PROPERTY_CONSTRAINT = "property_constraint"
    OCCURRENCE_CONSTRAINT = "occurrence_constraint"
    PROTOCOL = "protocol"
    INTERNAL = "internal"
    GENERIC = "generic"


_COMMON: Mapping[ErrorKind, str] = {
    ErrorKind.NOT_IMPLEMENTED: "NotImplemented",
    ErrorKind.NOT_SUPPORTED: "NotSupported",
    ErrorKind.SECURITY: "SecurityError",
    ErrorKind.TYPE_CONSTRAINT: "TypeConstraintViolation",
    ErrorKind.PROPERTY_CONSTRAINT: "PropertyConstraintViolation",
    ErrorKind.PROTOCOL: "ProtocolError",
    ErrorKind.INTERNAL: "InternalError",
    ErrorKind.GENERIC: "GenericError",
}

_V16: Mapping[ErrorKind, str] = {
    **_COMMON,
    ErrorKind.MALFORMED_FRAME: "FormationViolation",
    ErrorKind.UNKNOWN_MESSAGE_TYPE: "FormationViolation",
    ErrorKind.FRAME_TOO_LARGE: "FormationViolation",
    ErrorKind.BINARY_FRAME: "FormationViolation",
    ErrorKind.MESSAGE_ID_REUSED: "FormationViolation",
    ErrorKind.PAYLOAD_FORMAT: "FormationViolation",
    ErrorKind.OCCURRENCE_CONSTRAINT: "OccurenceConstraintViolation",
}

_V2X: Mapping[ErrorKind, str] = {
    **_COMMON,
    ErrorKind.MALFORMED_FRAME: "RpcFrameworkError",
    ErrorKind.UNKNOWN_MESSAGE_TYPE: "MessageTypeNotSupported",
    ErrorKind.FRAME_TOO_LARGE: "FormatViolation",
    ErrorKind.BINARY_FRAME: "RpcFrameworkError",
    ErrorKind.MESSAGE_ID_REUSED: "RpcFrameworkError",
    ErrorKind.PAYLOAD_FORMAT: "FormatViolation",
    ErrorKind.OCCURRENCE_CONSTRAINT: "OccurrenceConstraintViolation",
}

ERROR_CODES: Mapping[ProtocolVersion, Mapping[ErrorKind, str]] = {
    ProtocolVersion.OCPP16: _V16,
    ProtocolVersion.OCPP201: _V2X,
    ProtocolVersion.OCPP21: _V2X,
}


def error_code(kind: ErrorKind, version: ProtocolVersion) -> str:
    """The CALLERROR ``errorCode`` for ``kind`` in ``version``."""
    return ERROR_CODES[version][kind]


_SCHEMA_KINDS: Mapping[str, ErrorKind] = {
    "type": ErrorKind.TYPE_CONSTRAINT,
    "maxLength": ErrorKind.TYPE_CONSTRAINT,
    "minLength": ErrorKind.TYPE_CONSTRAINT,
    "format": ErrorKind.TYPE_CONSTRAINT,
    "enum": ErrorKind.PROPERTY_CONSTRAINT,
    "minimum": ErrorKind.PROPERTY_CONSTRAINT,
    "maximum": ErrorKind.PROPERTY_CONSTRAINT,
    "exclusiveMinimum": ErrorKind.PROPERTY_CONSTRAINT,
    "exclusiveMaximum": ErrorKind.PROPERTY_CONSTRAINT,
    "pattern": ErrorKind.PROPERTY_CONSTRAINT,
    "multipleOf": ErrorKind.PROPERTY_CONSTRAINT,
    "required": ErrorKind.PROTOCOL,
    "minItems": ErrorKind.OCCURRENCE_CONSTRAINT,
    "maxItems": ErrorKind.OCCURRENCE_CONSTRAINT,
    "uniqueItems": ErrorKind.OCCURRENCE_CONSTRAINT,
}


def kind_for_schema_keyword(keyword: object) -> ErrorKind:
    """Map the jsonschema keyword that failed (``ValidationError.validator``) to an error kind."""
    return _SCHEMA_KINDS.get(str(keyword), ErrorKind.PAYLOAD_FORMAT)


class OcppError(Exception):
    """Raised inside the dispatcher or a handler to answer a CALL with a CALLERROR."""

    def __init__(self, kind: ErrorKind, description: str = "") -> None:
        super().__init__(description or kind.value)
        self.kind = kind
        self.description = description
