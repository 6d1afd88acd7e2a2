"""CSV import and export of the tag register, and CSV export of transactions.

Register columns (header row required, any order, case-insensitive; UTF-8, a BOM is accepted;
``,`` or ``;`` separated)::

    uid         required; upper-cased, whitespace and ``:``/``-`` between hex pairs removed
    label       printed label number (whole number >= 1, unique); blank: next free multiple of
                10 for a new tag (``assign_labels``), unchanged for an existing one
    name        custom name (<= 64 characters)
    account     account name (must exist unless ``create_accounts``); blank: no account
    allowed     true/false (also yes/no, 1/0); blank: true
    released    true/false; blank: false
    expires_at  ISO-8601 date-time (``2026-12-31T23:00:00Z``; without offset: UTC) or a date
                (valid through that day, UTC); blank: never
    colour      black, white, blue, red, green (or B, W, U, R, G); blank: black
    notes       free text (<= 2000 characters)

A column missing from the header leaves that field alone (or its default for a new tag); a blank
cell in a present column means the value given above. The original suite's headers ``rfid``,
``label_id``, ``custom_label``, ``color`` and ``expiry_date`` are read as ``uid``, ``label``,
``name``, ``colour`` and ``expires_at``.

Import never deletes a tag and never changes one silently: a row whose uid is registered with
different values is a *conflict* (reported, not applied) unless ``update_existing=True``. Bad rows
are reported with their line number and reason; the good rows are imported. A file that cannot
be read as a whole (no header, no ``uid`` column, broken quoting) is refused with the line number.
``dry_run=True`` returns the same report without writing anything.

Transaction export columns: id, charger_id, connector_id, id_tag (as presented), tag_uid (the
register uid it matched), tag_label, tag_name, account, start_time, stop_time (ISO-8601 UTC),
meter_start_wh, meter_stop_wh, energy_wh, stop_reason, auth_status, reservation_id, orphan.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from arthexis_desktop.core.errors import ArthexisError, InvalidCommandError
from arthexis_desktop.core.events import EventBus, TagRegisterChanged
from arthexis_desktop.core.model import Tag, TagColour, Transaction
from arthexis_desktop.core.rfid import reversed_uid
from arthexis_desktop.services.tag_import import ImportPlanner, ImportReport, ParsedRow
from arthexis_desktop.services.tags import MAX_NAME, MAX_NOTES, register_uid
from arthexis_desktop.storage import Storage

REGISTER_COLUMNS = (
    "uid",
    "label",
    "name",
    "account",
    "allowed",
    "released",
    "expires_at",
    "colour",
    "notes",
)
TRANSACTION_COLUMNS = (
    "id",
    "charger_id",
    "connector_id",
    "id_tag",
    "tag_uid",
    "tag_label",
    "tag_name",
    "account",
    "start_time",
    "stop_time",
    "meter_start_wh",
    "meter_stop_wh",
    "energy_wh",
    "stop_reason",
    "auth_status",
    "reservation_id",
    "orphan",
)
ALIASES = {
    "rfid": "uid",
    "label_id": "label",
    "custom_label": "name",
    "color": "colour",
    "expiry_date": "expires_at",
}
_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}
_COLOUR_CODES = {"B": "black", "W": "white", "U": "blue", "R": "red", "G": "green"}
EXPORT_LIMIT = 100_000_000


def iso(value: datetime | None) -> str:
    """ISO-8601 in UTC with ``Z`` (microseconds only when present)."""
    if value is None:
        return ""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _bool(text: str, *, default: bool) -> bool:
    value = text.strip().lower()
    if not value:
        return default
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"{text!r} is not true or false")


def _expiry(text: str) -> datetime | None:
    value = text.strip()
    if not value:
        return None
    try:
        if len(value) == 10:  # a date: valid through that day
            day = date.fromisoformat(value)
            return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)
        parsed = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value)
    except ValueError:
        raise ValueError(f"{text!r} is not an ISO-8601 date or date-time") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _colour(text: str) -> TagColour:
    value = text.strip()
    if not value:
        return TagColour.BLACK
    name = _COLOUR_CODES.get(value.upper(), value.lower())
    try:
        return TagColour(name)
    except ValueError:
        raise ValueError(f"{text!r} is not a colour (black, white, blue, red, green)") from None


def _label(text: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1 or len(value) > 9:
        raise ValueError(f"label {text!r} is not a whole number of 1 or more")
    return int(value)


def _text(text: str, *, name: str, max_len: int) -> str:
    value = text.strip()
    if len(value) > max_len:
        raise ValueError(f"{name} is longer than {max_len} characters")
    return value


def parse_row(line: int, cells: dict[str, str]) -> ParsedRow:
    """One data row -> the fields it gives (``ValueError`` naming the first bad cell)."""
    uid = register_uid(cells.get("uid", ""))
    given: dict[str, Any] = {}
    if "label" in cells:
        given["label_number"] = _label(cells["label"])
    if "name" in cells:
        given["label"] = _text(cells["name"], name="name", max_len=MAX_NAME)
    if "allowed" in cells:
        given["allowed"] = _bool(cells["allowed"], default=True)
    if "released" in cells:
        given["released"] = _bool(cells["released"], default=False)
    if "expires_at" in cells:
        given["expires_at"] = _expiry(cells["expires_at"])
    if "colour" in cells:
        given["colour"] = _colour(cells["colour"])
    if "notes" in cells:
        given["notes"] = _text(cells["notes"], name="notes", max_len=MAX_NOTES)
    account = cells["account"].strip() if "account" in cells else None
    return ParsedRow(line=line, uid=uid, given=given, account=account)


def read_rows(text: str) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The header (canonical names) and ``(line number, {column: cell})`` per non-blank row."""
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    # strict: broken quoting stops the import with its line number instead of silently swallowing
    # the following rows into one cell.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidCommandError("the file is empty") from None
    except csv.Error as exc:
        raise InvalidCommandError(f"line 1: {exc}") from None
    columns = [ALIASES.get(name.strip().lower(), name.strip().lower()) for name in header]
    if "uid" not in columns:
        raise InvalidCommandError("the header row has no 'uid' column")

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        line = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise InvalidCommandError(f"line {line}: {exc}") from None
            if any(cell.strip() for cell in cells):
                yield line, {name: cell for name, cell in zip(columns, cells, strict=False) if name}
            line = reader.line_num + 1

    return columns, rows()


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def _save(path: Path, text: str) -> None:
    """UTF-8 with a BOM, so that spreadsheets read accents right."""
    try:
        path.write_text(text, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InvalidCommandError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write(header: tuple[str, ...], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


class RegisterCsv:
    """CSV files of the register and of transactions."""

    def __init__(self, storage: Storage, bus: EventBus) -> None:
        self._storage = storage
        self._bus = bus

    async def export_register(self) -> str:
        """The whole register (``REGISTER_COLUMNS``), ordered by uid."""
        return _write(REGISTER_COLUMNS, await self._register_rows())

    async def _register_rows(self) -> list[list[Any]]:
        tags = await self._storage.list_tags()
        names = {a.id: a.name for a in await self._storage.list_accounts()}
        rows = [
            [
                tag.uid,
                tag.label_number if tag.label_number is not None else "",
                tag.label,
                names.get(tag.account_id, "") if tag.account_id is not None else "",
                "true" if tag.allowed else "false",
                "true" if tag.released else "false",
                iso(tag.expires_at),
                tag.colour.value,
                tag.notes,
            ]
            for tag in tags
        ]
        return rows

    async def import_register(
        self,
        text: str,
        *,
        update_existing: bool = False,
        dry_run: bool = False,
        create_accounts: bool = False,
        assign_labels: bool = True,
    ) -> ImportReport:
        """Check every row, then (unless ``dry_run``) write the good ones in one transaction.

        ``InvalidCommandError`` when the file as a whole cannot be read (no header, no uid
        column, broken quoting); bad rows are reported in the result instead."""
        columns, rows = read_rows(text)
        known = set(REGISTER_COLUMNS)
        warnings = tuple(
            f"column {name!r} is not known and was ignored" for name in columns if name not in known
        )
        planner = ImportPlanner(
            register=await self._storage.list_tags(),
            accounts=await self._storage.list_accounts(),
            next_label=await self._storage.next_label_number(),
            update_existing=update_existing,
            create_accounts=create_accounts,
            assign_labels=assign_labels,
        )
        for line, cells in rows:
            try:
                planner.add(parse_row(line, cells))
            except (ValueError, ArthexisError) as exc:
                planner.reject(line, cells.get("uid", "").strip(), str(exc))
        plan = planner.plan()
        applied = False
        if not dry_run and (plan.creates or plan.updates):
            await self._storage.apply_tag_import(plan)
            applied = True
            uids = [t.uid for t in plan.creates] + [after.uid for _, after in plan.updates]
            self._bus.publish(TagRegisterChanged(tuple(uids)))
        return planner.report(dry_run=dry_run, applied=applied, warnings=warnings)

    async def export_register_file(self, path: Path) -> int:
        """Write the register to ``path`` (UTF-8 with BOM, for spreadsheets); returns the rows."""
        rows = await self._register_rows()
        await asyncio.to_thread(_save, path, _write(REGISTER_COLUMNS, rows))
        return len(rows)

    async def import_register_file(self, path: Path, **options: bool) -> ImportReport:
        try:
            text = await asyncio.to_thread(path.read_text, encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidCommandError(f"cannot read {path}: {exc}") from exc
        return await self.import_register(text, **options)

    # ------------------------------------------------------------------ transactions

    async def export_transactions(
        self,
        *,
        charger_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        tag: str | None = None,
    ) -> str:
        """Transactions (``TRANSACTION_COLUMNS``) oldest first; ``since``/``until`` bound the
        start time; ``tag`` matches the register uid (or byte-reversed), else the normalised idTag."""
        rows = await self._transaction_rows(charger_id=charger_id, since=since, until=until, tag=tag)
        return _write(TRANSACTION_COLUMNS, rows)

    async def _transaction_rows(
        self, *, charger_id: str | None, since: datetime | None, until: datetime | None, tag: str | None
    ) -> list[list[Any]]:
        tag_uid = None
        if tag is not None:
            entry = await self._storage.tag(tag)
            tag_uid = entry.uid if entry is not None else register_uid(tag)
        found = await self._storage.list_transactions(
            charger_id=charger_id, since=since, until=until, tag_uid=tag_uid, limit=EXPORT_LIMIT
        )
        register = {t.uid: t for t in await self._storage.list_tags()}
        names = {a.id: a.name for a in await self._storage.list_accounts()}
        return [self._transaction_row(tx, register, names) for tx in reversed(found)]

    @staticmethod
    def _transaction_row(
        tx: Transaction, register: dict[str, Tag], names: dict[int | None, str]
    ) -> list[Any]:
        entry = register.get(tx.tag_uid or "") or register.get(reversed_uid(tx.tag_uid or ""))
        account = names.get(entry.account_id, "") if entry is not None else ""

        return [
            tx.id,
            tx.charger_id,
            tx.connector_id,
            tx.id_tag or "",
            tx.tag_uid or "",
            entry.label_number if entry is not None and entry.label_number is not None else "",
            entry.label if entry is not None else "",
            account,
            iso(tx.start_time),
            iso(tx.stop_time),
            _number(tx.meter_start_wh),
            _number(tx.meter_stop_wh),
            _number(tx.energy_wh),
            tx.stop_reason or "",
            tx.auth_status,
            tx.reservation_id if tx.reservation_id is not None else "",
            "true" if tx.orphan else "false",
        ]

    async def export_transactions_file(
        self,
        path: Path,
        *,
        charger_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        tag: str | None = None,
    ) -> int:
        """Write the export to ``path`` (UTF-8 with BOM); returns the number of transactions."""
        rows = await self._transaction_rows(charger_id=charger_id, since=since, until=until, tag=tag)
        await asyncio.to_thread(_save, path, _write(TRANSACTION_COLUMNS, rows))
        return len(rows)
