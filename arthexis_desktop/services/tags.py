"""The tag register as use cases for the window and the CLI: enrol, edit, search, bulk changes,
accounts with credit, history, unknown tags, reader scans.

Every change publishes ``TagRegisterChanged`` (the local-list service resyncs chargers on it, the
window refreshes). Input is checked here and refused with ``InvalidCommandError``; a missing tag
or account is ``NotFoundError``. Energy is in Wh everywhere (the window shows kWh).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, TypeVar

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.events import EventBus, TagRegisterChanged, TagScanned
from arthexis_desktop.core.model import (
    Account,
    AccountCredit,
    Tag,
    TagColour,
    TagEvent,
    UnknownTag,
)
from arthexis_desktop.core.rfid import normalize_uid
from arthexis_desktop.core.timestamps import utc_now
from arthexis_desktop.csms.tasks import TaskSet
from arthexis_desktop.storage import Storage

log = logging.getLogger(__name__)

MAX_UID = 20  # an OCPP 1.6 idTag (CiString20): 4-, 7- and 10-byte UIDs in hex fit
MAX_NAME = 64
MAX_OWNER = 120
MAX_NOTES = 2000
MAX_CONTACT = 200
_SEPARATED_HEX = re.compile(r"^[0-9A-F]{2}(?:[:\-][0-9A-F]{2})+$")


class Keep(Enum):
    """Marks an argument of an update that leaves the field as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP
T = TypeVar("T")


def register_uid(raw: str) -> str:
    """The register form of a typed or imported uid: ``core.rfid.normalize_uid`` (upper-case, no
    whitespace), plus ``04:A1:B2:C3`` / ``04-A1-B2-C3`` joined; 1 to 20 printable characters."""
    uid = normalize_uid(raw)
    if _SEPARATED_HEX.match(uid):
        uid = uid.replace(":", "").replace("-", "")
    if not uid:
        raise InvalidCommandError("a tag needs a uid")
    if len(uid) > MAX_UID:
        raise InvalidCommandError(f"a tag uid has at most {MAX_UID} characters (OCPP idTag)")
    if not uid.isprintable():
        raise InvalidCommandError("a tag uid cannot hold control characters")
    return uid


def check_text(value: str, *, name: str, max_len: int) -> str:
    text = value.strip()
    if len(text) > max_len:
        raise InvalidCommandError(f"{name} is longer than {max_len} characters")
    return text


def check_expiry(value: datetime | None) -> datetime | None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise InvalidCommandError("an expiry date needs a time zone")
    return value


def check_label_number(value: int | None) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise InvalidCommandError("a label number is a whole number of 1 or more")
    return value


@dataclass(frozen=True, slots=True)
class Enrolment:
    """A card presented for enrolment: its entry and whether it was created just now."""

    tag: Tag
    created: bool


class TagService:
    def __init__(self, storage: Storage, bus: EventBus) -> None:
        self._storage = storage
        self._bus = bus
        self._tasks = TaskSet()
        self._unsubscribe: Callable[[], None] | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Record every reader scan (``TagScanned``) in the tags' history."""
        if self._unsubscribe is None:
            self._unsubscribe = self._bus.subscribe(TagScanned, self._on_scanned)

    async def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        await self._tasks.wait_all(timeout_s=5.0)

    def _on_scanned(self, event: TagScanned) -> None:
        self._tasks.spawn(self.record_scan(event.uid, reader=event.reader, at=event.at), name="tag-scan")

    def _changed(self, uids: Iterable[str] = ()) -> None:
        self._bus.publish(TagRegisterChanged(tuple(uids)))

    # ------------------------------------------------------------------ register

    async def tags(
        self,
        search: str = "",
        *,
        allowed: bool | None = None,
        released: bool | None = None,
        account_id: int | None = None,
        colour: TagColour | None = None,
        expired: bool | None = None,
    ) -> list[Tag]:
        """Search and filter the register (text: uid, reversed uid, name, owner, notes, account
        name, or exactly a label number), ordered by label number."""
        now = utc_now()
        found = await self._storage.search_tags(
            search,
            allowed=allowed,
            released=released,
            account_id=account_id,
            colour=TagColour(colour) if colour is not None else None,
            expired_at=now if expired else None,
        )
        if expired is False:
            found = [t for t in found if t.expires_at is None or t.expires_at > now]
        return found

    async def tag(self, uid: str) -> Tag:
        tag = await self._storage.tag(uid)
        if tag is None:
            raise NotFoundError(f"tag {uid!r} is not in the register")
        return tag

    async def next_label_number(self) -> int:
        return await self._storage.next_label_number()

    async def create(
        self,
        uid: str,
        *,
        label_number: int | None = None,
        name: str = "",
        account_id: int | None = None,
        owner: str = "",
        allowed: bool = True,
        released: bool = False,
        expires_at: datetime | None = None,
        colour: TagColour = TagColour.BLACK,
        notes: str = "",
        parent_uid: str | None = None,
    ) -> Tag:
        """Add a tag; without ``label_number`` it gets the next one (multiple of 10)."""
        tag = Tag(
            uid=register_uid(uid),
            label=check_text(name, name="name", max_len=MAX_NAME),
            allowed=allowed,
            released=released,
            owner=check_text(owner, name="owner", max_len=MAX_OWNER),
            expires_at=check_expiry(expires_at),
            parent_uid=register_uid(parent_uid) if parent_uid else None,
            label_number=check_label_number(label_number),
            account_id=account_id,
            colour=TagColour(colour),
            notes=check_text(notes, name="notes", max_len=MAX_NOTES),
        )
        created = await self._storage.create_tag(tag)
        self._changed([created.uid])
        return created

    async def enrol(self, uid: str, *, allowed: bool = True) -> Enrolment:
        """A card held to the reader in enrol mode: the existing entry, or a new one with the next
        label (allowed, not yet released)."""
        existing = await self._storage.tag(uid)
        if existing is not None:
            return Enrolment(existing, created=False)
        return Enrolment(await self.create(uid, allowed=allowed), created=True)

    async def update(
        self,
        uid: str,
        *,
        name: str | Keep = KEEP,
        label_number: int | Keep | None = KEEP,
        account_id: int | Keep | None = KEEP,
        owner: str | Keep = KEEP,
        allowed: bool | Keep = KEEP,
        released: bool | Keep = KEEP,
        expires_at: datetime | Keep | None = KEEP,
        colour: TagColour | Keep = KEEP,
        notes: str | Keep = KEEP,
        parent_uid: str | Keep | None = KEEP,
    ) -> Tag:
        """Change the given fields (``KEEP`` leaves one as it is)."""
        changes: dict[str, Any] = {}
        _put(changes, "label", name, lambda v: check_text(v, name="name", max_len=MAX_NAME))
        _put(changes, "label_number", label_number, check_label_number)
        _put(changes, "account_id", account_id, lambda v: v)
        _put(changes, "owner", owner, lambda v: check_text(v, name="owner", max_len=MAX_OWNER))
        _put(changes, "allowed", allowed, bool)
        _put(changes, "released", released, bool)
        _put(changes, "expires_at", expires_at, check_expiry)
        _put(changes, "colour", colour, TagColour)
        _put(changes, "notes", notes, lambda v: check_text(v, name="notes", max_len=MAX_NOTES))
        _put(changes, "parent_uid", parent_uid, lambda v: register_uid(v) if v else None)
        tag = await self._storage.update_tag(uid, changes)
        self._changed([tag.uid])
        return tag

    async def _set_flag(self, uids: Sequence[str], field: str, value: bool) -> list[Tag]:
        if not uids:
            return []
        tags = await self._storage.set_tags_flag(list(uids), field, value)
        self._changed(t.uid for t in tags)
        return tags

    async def allow(self, uids: Sequence[str]) -> list[Tag]:
        """Bulk allow (nothing changes if one uid is not registered: ``NotFoundError``)."""
        return await self._set_flag(uids, "allowed", True)

    async def block(self, uids: Sequence[str]) -> list[Tag]:
        return await self._set_flag(uids, "allowed", False)

    async def release(self, uids: Sequence[str], *, released: bool = True) -> list[Tag]:
        """Mark tags handed over (``released=False``: taken back)."""
        return await self._set_flag(uids, "released", released)

    async def delete(self, uid: str) -> None:
        """Remove a tag from the register (its history stays)."""
        tag = await self.tag(uid)
        await self._storage.delete_tag(tag.uid)
        self._changed([tag.uid])

    async def history(self, uid: str, *, limit: int = 200) -> list[TagEvent]:
        """Reader scans and authorization decisions of the tag, newest first."""
        return await self._storage.tag_history(register_uid(uid), limit=limit)

    async def record_scan(self, uid: str, *, reader: str, at: datetime | None = None) -> Tag | None:
        """A card held to a reader on this computer; returns its entry (``None``: unregistered)."""
        try:
            return await self._storage.record_scan(uid, reader=reader, at=at)
        except InvalidCommandError:
            log.warning("reader %s gave an empty uid", reader)
            return None

    # ------------------------------------------------------------------ unknown tags

    async def unknown_tags(self) -> list[UnknownTag]:
        """Tags presented at chargers that are not in the register, most recent first."""
        return await self._storage.list_unknown_tags()

    async def enrol_unknown(self, uid: str, *, name: str = "") -> Tag:
        """Add a tag seen at a charger to the register: allowed, next label number."""
        tag = await self._storage.enrol_unknown_tag(
            register_uid(uid), label=check_text(name, name="name", max_len=MAX_NAME), allowed=True
        )
        self._changed([tag.uid])
        return tag

    async def block_unknown(self, uid: str) -> Tag:
        """Register a tag seen at a charger as blocked (answered Blocked from now on; no label)."""
        tag = await self._storage.enrol_unknown_tag(register_uid(uid), allowed=False, auto_label=False)
        self._changed([tag.uid])
        return tag

    # ------------------------------------------------------------------ accounts

    async def accounts(self) -> list[Account]:
        return await self._storage.list_accounts()

    async def account(self, account_id: int) -> Account:
        found = await self._storage.account(account_id)
        if found is None:
            raise NotFoundError(f"account {account_id} does not exist")
        return found

    async def account_tags(self, account_id: int) -> list[Tag]:
        return await self.tags(account_id=account_id)

    async def create_account(
        self,
        name: str,
        *,
        contact: str = "",
        service_account: bool = False,
        allow_concurrent: bool = False,
    ) -> Account:
        account = await self._storage.create_account(
            name,
            contact=check_text(contact, name="contact", max_len=MAX_CONTACT),
            service_account=service_account,
            allow_concurrent=allow_concurrent,
        )
        self._changed()
        return account

    async def update_account(
        self,
        account_id: int,
        *,
        name: str | Keep = KEEP,
        contact: str | Keep = KEEP,
        service_account: bool | Keep = KEEP,
        allow_concurrent: bool | Keep = KEEP,
    ) -> Account:
        changes: dict[str, Any] = {}
        _put(changes, "name", name, str)
        _put(changes, "contact", contact, lambda v: check_text(v, name="contact", max_len=MAX_CONTACT))
        _put(changes, "service_account", service_account, bool)
        _put(changes, "allow_concurrent", allow_concurrent, bool)
        account = await self._storage.update_account(account_id, changes)
        self._changed()
        return account

    async def delete_account(self, account_id: int, *, detach_tags: bool = False) -> None:
        """Refused while tags belong to it, unless ``detach_tags`` (they stay, without account)."""
        uids = await self._storage.delete_account(account_id, detach_tags=detach_tags)
        self._changed(uids)

    async def add_credit(self, account_id: int, *, energy_wh: float, note: str = "") -> Account:
        """Top up (or, negative, correct) the account's energy credit; credit tracking starts with
        the first entry."""
        account = await self._storage.add_credit(
            account_id, energy_wh=energy_wh, note=check_text(note, name="note", max_len=MAX_NAME)
        )
        self._changed()
        return account

    async def credits(self, account_id: int) -> list[AccountCredit]:
        return await self._storage.account_credits(account_id)


def _put(changes: dict[str, Any], field: str, value: T | Keep, check: Callable[[T], Any]) -> None:
    if value is not KEEP:
        changes[field] = check(value)
