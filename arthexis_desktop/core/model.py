"""Domain values shared by every layer (frozen dataclasses and string enums)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ProtocolVersion(StrEnum):
    """OCPP versions a session can speak; the value is the WebSocket subprotocol token."""

    OCPP16 = "ocpp1.6"
    OCPP201 = "ocpp2.0.1"
    OCPP21 = "ocpp2.1"


class AdmissionPolicy(StrEnum):
    """What the broker does with a charger it has never seen before."""

    ACCEPT_ANY = "accept_any"  # admit and remember it
    ACCEPT_KNOWN = "accept_known"  # remember it as pending; the operator approves or rejects
    REJECT_UNKNOWN = "reject_unknown"  # answer Rejected; listed as rejected so it can be approved later


class AdmissionState(StrEnum):
    """Where a known charger stands; the operator can change it at any time."""

    ACCEPTED = "accepted"
    PENDING = "pending"
    REJECTED = "rejected"


class AuthorizationPolicy(StrEnum):
    """How idTags presented at a charger are judged."""

    OPEN = "open"  # any tag not explicitly blocked is accepted; unknown tags are recorded
    ALLOWLIST = "allowlist"  # only tags in the register with allowed=True
    STRICT = "strict"  # allowlist + tag released to an owner/account, no concurrent sessions


class AuthorizationStatus(StrEnum):
    """OCPP idTagInfo.status values."""

    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    CONCURRENT_TX = "ConcurrentTx"


class Direction(StrEnum):
    """Direction of a raw frame relative to the central system."""

    IN = "in"  # charger -> CSMS
    OUT = "out"  # CSMS -> charger


@dataclass(frozen=True, slots=True)
class BootInfo:
    """What a charger says about itself in BootNotification."""

    vendor: str
    model: str
    serial: str | None = None
    firmware: str | None = None
    box_serial: str | None = None
    iccid: str | None = None
    imsi: str | None = None
    meter_type: str | None = None
    meter_serial: str | None = None


@dataclass(frozen=True, slots=True)
class ChargerSettings:
    """Per-charger overrides; ``None`` means "use the broker default"."""

    authorization_policy: AuthorizationPolicy | None = None
    lenient_validation: bool = False
    # Unit assumed for energy samples that carry no unit (quirky firmware that sends kWh).
    default_energy_unit: str | None = None
    # Keep the charger's local authorization list in step with the register (SendLocalList).
    local_list: bool = False


@dataclass(frozen=True, slots=True)
class BootDecision:
    """Outcome of a BootNotification: the registration status to answer and the stored state."""

    status: str  # "Accepted" | "Pending" | "Rejected" (OCPP RegistrationStatus)
    state: AdmissionState | None  # None when the charger was not stored (rejected unknown)
    known_before: bool


@dataclass(frozen=True, slots=True)
class AuthDecision:
    """Result of judging one idTag."""

    status: AuthorizationStatus
    reason: str  # machine-readable reason, e.g. "allowlist_tag_authorized"
    tag_uid: str  # normalised uid that was judged
    known: bool  # the tag is in the register
    parent_id_tag: str | None = None
    expiry: datetime | None = None
    account_id: int | None = None  # the account of the tag, when it has one

    @property
    def accepted(self) -> bool:
        return self.status is AuthorizationStatus.ACCEPTED


class TagColour(StrEnum):
    """Colour of the physical card (the original's B/W/U/R/G)."""

    BLACK = "black"
    WHITE = "white"
    BLUE = "blue"
    RED = "red"
    GREEN = "green"


@dataclass(frozen=True, slots=True)
class Tag:
    """An RFID card / idTag in the register. ``label`` is its custom name ("Alice", "Van 3"),
    ``label_number`` the number printed on the card (unique), ``owner`` free text."""

    uid: str
    label: str = ""
    allowed: bool = True
    released: bool = False  # handed over to its holder
    owner: str = ""
    expires_at: datetime | None = None
    parent_uid: str | None = None
    created_at: datetime | None = None
    last_seen_at: datetime | None = None
    label_number: int | None = None
    account_id: int | None = None
    colour: TagColour = TagColour.BLACK
    notes: str = ""
    first_seen_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Account:
    """Who holds tags. ``credit_wh`` is ``None`` until the operator adds credit (not limited);
    then ``used_wh`` = energy of the finished sessions of its tags since the first credit
    (``credit_since``). A service account may charge whatever its balance."""

    id: int | None
    name: str
    contact: str = ""
    service_account: bool = False
    allow_concurrent: bool = False  # its tags may run several sessions at once (not under strict)
    credit_wh: float | None = None
    used_wh: float = 0.0
    credit_since: datetime | None = None
    created_at: datetime | None = None
    tag_count: int = 0

    @property
    def balance_wh(self) -> float | None:
        return None if self.credit_wh is None else self.credit_wh - self.used_wh

    @property
    def out_of_credit(self) -> bool:
        """Credit is tracked, nothing is left, and it is not a service account."""
        balance = self.balance_wh
        return balance is not None and balance <= 0 and not self.service_account


@dataclass(frozen=True, slots=True)
class AccountCredit:
    """Energy credit added to an account by the operator."""

    id: int | None
    account_id: int
    energy_wh: float
    added_at: datetime
    note: str = ""


class TagEventKind(StrEnum):
    SCAN = "scan"  # held to a reader
    AUTHORIZATION = "authorization"  # judged for a charger (Authorize / Start / Stop)


@dataclass(frozen=True, slots=True)
class TagEvent:
    """One line of a tag's history."""

    uid: str
    kind: TagEventKind
    at: datetime
    known: bool = True  # the tag was in the register at that moment
    charger_id: str | None = None
    reader: str | None = None
    purpose: str | None = None  # Authorize | StartTransaction | StopTransaction
    policy: str | None = None
    status: str | None = None  # idTagInfo status answered
    reason: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class LocalListEntry:
    """One entry of a charger's local authorization list (OCPP 1.6 AuthorizationData)."""

    uid: str
    status: AuthorizationStatus
    expires_at: datetime | None = None
    parent_uid: str | None = None


@dataclass(frozen=True, slots=True)
class LocalListState:
    """What we know of a charger's local list: the version it last accepted and its entries."""

    charger_id: str
    version: int = 0  # 0 = nothing accepted yet
    full_needed: bool = True  # the next update must be Full (never sent, mismatch, failure)
    synced_at: datetime | None = None
    last_status: str | None = None  # Accepted | Failed | NotSupported | VersionMismatch | error
    last_error: str | None = None
    checked_version: int | None = None  # last GetLocalListVersion answer
    checked_at: datetime | None = None
    entries: tuple[LocalListEntry, ...] = ()


class ReservationState(StrEnum):
    PENDING = "pending"  # stored, ReserveNow not answered yet
    ACCEPTED = "accepted"  # the charger holds the connector until expiry
    REFUSED = "refused"  # the charger answered Faulted / Occupied / Rejected / Unavailable
    FAILED = "failed"  # no answer (not connected, timeout, CALLERROR)
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # expiry passed before it was used
    USED = "used"  # a StartTransaction named it


@dataclass(frozen=True, slots=True)
class Reservation:
    """A ReserveNow for a tag on a connector (OCPP 1.6 has no start time: reserved until expiry)."""

    id: int
    charger_id: str
    connector_id: int
    id_tag: str
    expires_at: datetime
    state: ReservationState
    created_at: datetime
    parent_id_tag: str | None = None
    charger_status: str | None = None  # the charger's last answer (ReserveNow / CancelReservation)
    error: str | None = None
    transaction_id: int | None = None
    updated_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.state in (ReservationState.PENDING, ReservationState.ACCEPTED)


@dataclass(frozen=True, slots=True)
class UnknownTag:
    """A tag presented at a charger that is not in the register (listed for one-click enrolment)."""

    uid: str
    first_seen_at: datetime
    last_seen_at: datetime
    times_seen: int
    last_charger_id: str | None


@dataclass(frozen=True, slots=True)
class SampledValue:
    """One normalised OCPP sampledValue.

    ``value`` is converted to the base unit in ``unit`` (W, Wh, A, V, var, varh, VA, Hz, Celsius,
    Percent, ...); ``raw_value``/``raw_unit`` keep what the charger sent.
    """

    measurand: str
    value: float
    unit: str
    phase: str | None = None
    context: str = "Sample.Periodic"
    location: str = "Outlet"
    raw_value: str = ""
    raw_unit: str | None = None


@dataclass(frozen=True, slots=True)
class MeterReading:
    """All sampled values a charger reported for one timestamp."""

    timestamp: datetime
    values: tuple[SampledValue, ...]
    timestamp_replaced: bool = False  # the charger's timestamp was implausible; receive time used


@dataclass(frozen=True, slots=True)
class ConnectorStatus:
    """Last StatusNotification of one connector (connector 0 = the charger as a whole)."""

    charger_id: str
    connector_id: int
    status: str
    error_code: str = "NoError"
    info: str | None = None
    vendor_id: str | None = None
    vendor_error_code: str | None = None
    timestamp: datetime | None = None


@dataclass(frozen=True, slots=True)
class Transaction:
    """A charging session as stored."""

    id: int
    charger_id: str
    connector_id: int
    id_tag: str | None
    start_time: datetime | None
    meter_start_wh: float | None
    stop_time: datetime | None = None
    meter_stop_wh: float | None = None
    energy_wh: float | None = None
    stop_reason: str | None = None
    auth_status: str = AuthorizationStatus.ACCEPTED.value
    ocpp_id: str = ""
    orphan: bool = False  # created from a StopTransaction whose start we never saw
    tag_uid: str | None = None  # the register uid the idTag matched (else the normalised idTag)
    reservation_id: int | None = None

    @property
    def active(self) -> bool:
        return self.stop_time is None and not self.orphan


@dataclass(frozen=True, slots=True)
class ChargerRecord:
    """A charger as stored, with its connectors' last status."""

    charger_id: str
    admission: AdmissionState
    vendor: str = ""
    model: str = ""
    serial: str | None = None
    firmware: str | None = None
    protocol: str | None = None
    settings: ChargerSettings = field(default_factory=ChargerSettings)
    latitude: float | None = None
    longitude: float | None = None
    notes: str = ""
    first_seen_at: datetime | None = None
    last_seen_at: datetime | None = None
    last_boot_at: datetime | None = None
    connectors: tuple[ConnectorStatus, ...] = ()
    # Further BootNotification details and the current session (added for the storage layer).
    box_serial: str | None = None
    iccid: str | None = None
    imsi: str | None = None
    meter_type: str | None = None
    meter_serial: str | None = None
    remote_address: str | None = None
    connected: bool = False


@dataclass(frozen=True, slots=True)
class FrameRecord:
    """One raw OCPP frame as it crossed the wire."""

    charger_id: str
    direction: Direction
    text: str
    timestamp: datetime
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CommandRecord:
    """A CSMS -> charger command and what came of it."""

    id: int | None
    charger_id: str
    action: str
    request: dict[str, object]
    requested_at: datetime
    outcome: str = "pending"  # pending | ok | rejected | error | timeout
    response: dict[str, object] | None = None
    error: str | None = None
    completed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class NotificationRecord:
    """A stored DataTransfer / DiagnosticsStatusNotification / FirmwareStatusNotification."""

    charger_id: str
    action: str
    payload: dict[str, object]
    at: datetime
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A live WebSocket session of a charger, as the central system sees it."""

    charger_id: str
    protocol: str
    remote: str
    connected_at: datetime
    booted: bool  # BootNotification accepted on this session (or trusted after the grace period)
    admission: AdmissionState | None
