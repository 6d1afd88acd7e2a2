"""``Storage`` part: the tag register, accounts with credit, tag history and unknown tags."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from arthexis_desktop.core.model import Account, AccountCredit, Tag, TagColour, TagEvent, UnknownTag
from arthexis_desktop.core.timestamps import utc_now
from arthexis_desktop.storage.base import StorageBase
from arthexis_desktop.storage.repo import accounts, authorization, tag_import, tags


class RegisterQueries(StorageBase):
    # ------------------------------------------------------------------ register entries

    async def list_tags(self) -> list[Tag]:
        """Every register entry, by uid."""
        return await self._call(tags.list_tags)

    async def search_tags(
        self,
        text: str = "",
        *,
        allowed: bool | None = None,
        released: bool | None = None,
        account_id: int | None = None,
        colour: TagColour | None = None,
        expired_at: datetime | None = None,
        limit: int = 10_000,
    ) -> list[Tag]:
        """Entries matching every given filter (see ``repo.tags.search_tags``), by label number."""
        return await self._call(
            tags.search_tags,
            text=text,
            allowed=allowed,
            released=released,
            account_id=account_id,
            colour=colour,
            expired_at=expired_at,
            limit=limit,
        )

    async def tag(self, uid: str) -> Tag | None:
        """The register entry for ``uid`` (exact, then byte-reversed)."""
        return await self._call(tags.get_tag, uid)

    async def tags_by_uid(self, uids: Sequence[str]) -> dict[str, Tag]:
        """The entries of ``uids`` that are registered, keyed by the uid asked for."""
        return await self._call(tags.tags_by_uid, list(uids))

    async def upsert_tag(self, tag: Tag) -> Tag:
        """Create or replace a register entry (uid normalised); removes it from the unknown list."""
        return await self._call(tags.upsert_tag, tag, at=utc_now())

    async def create_tag(self, tag: Tag, *, auto_label: bool = True) -> Tag:
        """Add a new entry; without a label number (and ``auto_label``) it gets the next one.
        ``InvalidCommandError`` when the uid (or its byte-reversed form) is registered already."""
        return await self._call(tags.create_tag, tag, at=utc_now(), auto_label=auto_label)

    async def update_tag(self, uid: str, changes: Mapping[str, Any]) -> Tag:
        """Change the given fields (``repo.tags.TAG_FIELDS``) of a registered tag."""
        return await self._call(tags.update_tag, uid, dict(changes))

    async def set_tags_flag(self, uids: Sequence[str], field: str, value: bool) -> list[Tag]:
        """Bulk allowed/released; ``NotFoundError`` (nothing changed) if one uid is unknown."""
        return await self._call(tags.set_flag, list(uids), field, value)

    async def set_tag_allowed(self, uid: str, allowed: bool) -> Tag:
        return await self._call(tags.set_tag_allowed, uid, allowed)

    async def delete_tag(self, uid: str) -> None:
        await self._call(tags.delete_tag, uid)

    async def next_label_number(self) -> int:
        """The next free printed label: the next multiple of 10 above the highest."""
        return await self._call(tags.next_label)

    async def apply_tag_import(self, plan: tag_import.RegisterImport) -> list[Tag]:
        """Write a checked import in one transaction (``RegisterChangedError`` if the register
        changed since it was planned: nothing is written)."""
        return await self._call(tag_import.apply_import, plan, at=utc_now())

    # ------------------------------------------------------------------ sightings and history

    async def record_scan(self, uid: str, *, reader: str, at: datetime | None = None) -> Tag | None:
        """A card held to a reader here: history row, first/last seen. ``None`` if unregistered."""
        return await self._call(authorization.record_scan, uid, reader=reader, at=at or utc_now())

    async def tag_history(self, uid: str, *, limit: int = 200) -> list[TagEvent]:
        """Scans and authorization decisions of the tag, newest first."""
        return await self._call(authorization.tag_history, uid, limit=limit)

    async def list_unknown_tags(self) -> list[UnknownTag]:
        """Tags presented at chargers but not in the register, most recently seen first."""
        return await self._call(tags.list_unknown_tags)

    async def enrol_unknown_tag(
        self, uid: str, *, label: str = "", allowed: bool = True, auto_label: bool = True
    ) -> Tag:
        """Move a tag from the unknown list into the register (a new entry gets the next label)."""
        return await self._call(
            tags.enrol_unknown_tag, uid, label=label, allowed=allowed, at=utc_now(), auto_label=auto_label
        )

    # ------------------------------------------------------------------ accounts

    async def list_accounts(self) -> list[Account]:
        """Every account with its credit, consumption and tag count, by name."""
        return await self._call(accounts.list_accounts)

    async def account(self, account_id: int) -> Account | None:
        return await self._call(accounts.account, account_id)

    async def create_account(
        self,
        name: str,
        *,
        contact: str = "",
        service_account: bool = False,
        allow_concurrent: bool = False,
    ) -> Account:
        """``InvalidCommandError`` for an empty or (case-insensitively) duplicate name."""
        return await self._call(
            accounts.create_account,
            name,
            contact=contact,
            service_account=service_account,
            allow_concurrent=allow_concurrent,
            at=utc_now(),
        )

    async def update_account(self, account_id: int, changes: Mapping[str, Any]) -> Account:
        return await self._call(accounts.update_account, account_id, dict(changes))

    async def delete_account(self, account_id: int, *, detach_tags: bool = False) -> list[str]:
        """Delete it and its credit; returns the uids of the tags it held (left without account)."""
        return await self._call(accounts.delete_account, account_id, detach_tags=detach_tags)

    async def add_credit(self, account_id: int, *, energy_wh: float, note: str = "") -> Account:
        return await self._call(accounts.add_credit, account_id, energy_wh=energy_wh, note=note, at=utc_now())

    async def account_credits(self, account_id: int) -> list[AccountCredit]:
        """The credit entries, oldest first."""
        return await self._call(accounts.list_credits, account_id)
